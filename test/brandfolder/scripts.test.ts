import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { actionsMarkdown } from "../../scripts/lib/actionsTable";

const root = join(__dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const env = (extra: Record<string, string>) => ({
  ...process.env,
  BRANDFOLDER_API_KEY: "",
  BRANDFOLDER_API_HOST: "",
  ...extra,
});
const invoke = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(tsx, ["scripts/invoke.ts", "--component", "brandfolder", ...args], {
    cwd: root,
    encoding: "utf8",
    env: env(extra),
    timeout: 60_000,
  });

describe("npm run invoke -- --component brandfolder", () => {
  it("lists Brandfolder's actions when the key is unknown", () => {
    const run = invoke(["nope"]);
    expect(run.status).toBe(2);
    // The list grows with every action, so only its start and a known key are pinned.
    expect(run.stderr).toContain('Unknown action "nope". Valid actions: addTagsToAsset,');
    expect(run.stderr).toContain("createCustomFieldKeys,");
    expect(run.stderr).toContain("setCustomFieldValue");
    // Bynder's actions are not offered (both components have a List Assets now).
    expect(run.stderr).not.toContain("searchAssets");
  });

  it("runs against an embedded Brandfolder simulator when no API key is set", () => {
    const run = invoke(["listOrganizations"]);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as { data: { data: { type: string; id: string }[] } };
    expect(printed.data.data.length).toBeGreaterThan(0);
    expect(printed.data.data.every((o) => o.type === "organizations" && o.id)).toBe(true);
  });

  it("runs an action against BRANDFOLDER_API_HOST with BRANDFOLDER_API_KEY and prints its result", async () => {
    const seen: { url?: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: [{ id: "org-1", type: "organizations", attributes: {} }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Asynchronous: the server above answers from this process.
    const child = spawn(
      tsx,
      ["scripts/invoke.ts", "--component", "brandfolder", "listOrganizations", "per=5"],
      {
        cwd: root,
        env: env({ BRANDFOLDER_API_KEY: "bf-invoke-key-1234", BRANDFOLDER_API_HOST: host }),
      },
    );
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    server.close();
    expect(status).toBe(0);
    expect(JSON.parse(stdout).data.data[0].id).toBe("org-1");
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe("/api/v4/organizations?per=5");
    expect(seen[0].headers).toMatchObject({
      authorization: "Bearer bf-invoke-key-1234",
      accept: "application/json",
      "content-type": "application/json",
    });
  }, 60_000);
});

describe("docs/brandfolder/actions.md", () => {
  it("lists every action as the built component defines them (run `npm run docs -- --component brandfolder`)", () => {
    const onDisk = readFileSync(join(root, "docs", "brandfolder", "actions.md"), "utf8");
    expect(onDisk).toBe(actionsMarkdown("brandfolder"));
  });
});
