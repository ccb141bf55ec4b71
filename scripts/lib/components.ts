/**
 * The components this repository builds (the list in webpack.config.js), the `--component` flag
 * every script that serves one of them takes, and "build it only when a source is newer".
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..", "..");

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack's config is CommonJS
export const COMPONENTS: readonly string[] = require(join(ROOT, "webpack.config.js")).COMPONENTS;

/** A usage error: the script prints the message and exits with `code`. */
export class ScriptError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

/**
 * Takes `--component <name>` (or `--component=<name>`) out of `argv`; the default is the first
 * component. The remaining arguments keep their order.
 */
export function takeComponent(argv: string[]): { component: string; rest: string[] } {
  const rest: string[] = [];
  let component: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg !== "--component" && !arg.startsWith("--component=")) {
      rest.push(arg);
      continue;
    }
    const value = arg === "--component" ? argv[++i] : arg.slice("--component=".length);
    if (!value || value.startsWith("--"))
      throw new ScriptError(`--component needs a name: ${COMPONENTS.join(" or ")}.`);
    component = value;
  }
  return { component: checkComponent(component ?? COMPONENTS[0]), rest };
}

/** `name` when it is built here; otherwise an error that says which names are. */
export function checkComponent(name: string): string {
  if (COMPONENTS.includes(name)) return name;
  throw new ScriptError(
    `Unknown component "${name}": expected ${COMPONENTS.join(", ")} (--component).`,
  );
}

/** Where a component's bundle lands: `dist/<name>/`, the folder that gets published. */
export const distDir = (component: string) => join(ROOT, "dist", component);
export const bundlePath = (component: string) => join(distDir(component), "index.js");

/** Files whose change changes a component's bundle (never another component's sources). */
function inputsOf(component: string, root: string): string[] {
  const walk = (path: string): string[] => {
    if (!existsSync(path)) return [];
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).flatMap((name) => walk(join(path, name)));
  };
  return [
    join("src", "core"),
    join("src", component),
    join("assets", component),
    join("scripts", "bundle"),
    "webpack.config.js",
    "tsconfig.json",
    "package.json",
    "package-lock.json",
  ].flatMap((p) => walk(join(root, p)));
}

/**
 * Why the bundle must be (re)built, or null when it is newer than every file it is made from
 * (`root` is the repository; tests pass a scratch copy).
 */
export function staleReason(component: string, root = ROOT): string | null {
  const bundle = join(root, "dist", component, "index.js");
  if (!existsSync(bundle)) return `${relative(root, bundle)} is missing`;
  const built = statSync(bundle).mtimeMs;
  const newer = inputsOf(component, root).find((file) => statSync(file).mtimeMs >= built);
  return newer ? `${relative(root, newer)} changed` : null;
}

/**
 * Builds the component's bundle when it is stale, or always with `force` (`--build`). Webpack's
 * output goes to stderr so a script's stdout stays its own.
 */
export function ensureBuilt(component: string, force = false): void {
  const reason = force ? "--build" : staleReason(component);
  if (!reason) return;
  process.stderr.write(`Building dist/${component} (${reason})…\n`);
  const run = spawnSync(
    join(ROOT, "node_modules", ".bin", "webpack"),
    ["--env", `component=${component}`],
    { cwd: ROOT, stdio: ["ignore", process.stderr, process.stderr] },
  );
  if (run.status !== 0) throw new ScriptError(`Building dist/${component} failed.`, 1);
}

/** The built component, exactly what `prism components:publish` uploads. */
export function loadBuilt<T>(component: string): T {
  const path = bundlePath(component);
  if (!existsSync(path))
    throw new ScriptError(`${relative(ROOT, path)} is missing: run \`npm run build\` first.`, 1);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is commonjs2 by design
  return require(path).default as T;
}

/** Runs a script's main and turns a ScriptError into its message and exit code. */
export function runScript(main: () => Promise<number | void> | number | void): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code ?? 0;
      },
      (error: unknown) => {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = error instanceof ScriptError ? error.code : 1;
      },
    );
}
