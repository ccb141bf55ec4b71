/**
 * `npm run invoke -- [--component bynder] [--build] <actionKey> key=value …` runs one action of
 * the BUILT component through spectral's harness, against an embedded simulator (default) or a
 * real portal (BYNDER_TOKEN_URL, BYNDER_CLIENT_ID, BYNDER_CLIENT_SECRET), and prints the result as
 * JSON. The bundle is rebuilt first only when a source is newer than it (or with --build).
 * `--component brandfolder` runs against BRANDFOLDER_API_KEY's Brandfolder (scripts/lib/environment.ts).
 * Values that look like JSON arrays or objects (key/value lists, value lists) are parsed.
 */
import { ensureBuilt, runScript, ScriptError, takeComponent } from "./lib/components";
import { harnessFor, loadBuiltComponent, openTarget } from "./lib/environment";

function fail(message: string): never {
  throw new ScriptError(message, 2);
}

function parseValue(raw: string): unknown {
  const t = raw.trim();
  if ((t.startsWith("[") && t.endsWith("]")) || (t.startsWith("{") && t.endsWith("}"))) {
    try {
      return JSON.parse(t);
    } catch {
      return raw;
    }
  }
  return raw;
}

function printable(value: unknown): unknown {
  if (Buffer.isBuffer(value))
    return {
      binary: true,
      bytes: value.length,
      base64Start: value.subarray(0, 48).toString("base64"),
    };
  if (value && typeof value === "object" && (value as { type?: string }).type === "Buffer")
    return printable(Buffer.from((value as { data: number[] }).data));
  return value;
}

async function main() {
  const { component: name, rest } = takeComponent(process.argv.slice(2));
  const build = rest.includes("--build");
  const [actionKey, ...pairs] = rest.filter((arg) => arg !== "--build");
  ensureBuilt(name, build);
  const component = loadBuiltComponent(name);
  const keys = Object.keys(component.actions).sort();
  if (!actionKey || actionKey === "--help")
    fail(
      `Usage: npm run invoke -- [--component ${name}] [--build] <actionKey> key=value …\nActions: ${keys.join(", ")}`,
    );
  const action = component.actions[actionKey];
  if (!action) fail(`Unknown action "${actionKey}". Valid actions: ${keys.join(", ")}`);
  const inputKeys = action.inputs.map((i) => i.key).filter((k) => k !== "connection");
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) fail(`Expected key=value, got "${pair}".`);
    const key = pair.slice(0, eq);
    if (!inputKeys.includes(key))
      fail(
        `Unknown input "${key}" for ${actionKey}. Valid inputs: ${inputKeys.join(", ") || "(none)"}`,
      );
    params[key] = parseValue(pair.slice(eq + 1));
  }
  const target = await openTarget({ seedAssets: Number(process.env.SIM_SEED_ASSETS ?? 25) }, name);
  try {
    const result = (await harnessFor(component).action(actionKey, {
      connection: target.connection,
      ...params,
    })) as { data?: unknown; contentType?: string } | undefined;
    process.stdout.write(
      `${JSON.stringify({ ...result, data: printable(result?.data) }, null, 2)}\n`,
    );
  } finally {
    await target.close();
  }
}

runScript(main);
