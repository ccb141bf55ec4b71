import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { bundlePath, distDir, ROOT } from "./components";

export { ROOT };
const BIN = join(ROOT, "node_modules", ".bin");

/** Where `npm run manifest` writes without --output-dir: inside the repository, gitignored. */
export const defaultOutputDir = (component: string) => join(ROOT, "manifests", component);

/** Where spectral's own `component-manifest` bin lives (it is run as is, never reimplemented). */
function generatorBin(): string {
  const pkgPath = require.resolve("@prismatic-io/spectral/package.json", { paths: [ROOT] });
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { bin: Record<string, string> };
  return join(dirname(pkgPath), pkg.bin["component-manifest"]);
}

export interface GenerateResult {
  status: number;
  output: string;
}

/**
 * Runs spectral's `component-manifest` generator on the built `dist/<component>/index.js`,
 * offline: with `--skip-signature-verify`, `prism components:signature` hashes the bundle's
 * folder locally instead of asking Prismatic, so no login is needed. `prism` (a dev dependency) is
 * put first on the PATH, and its update check is turned off so nothing is fetched. Without
 * --output-dir the package goes to `manifests/<component>/`.
 */
export function runGenerator(component: string, args: string[]): GenerateResult {
  if (!existsSync(bundlePath(component))) {
    return {
      status: 1,
      output: `${relative(ROOT, bundlePath(component))} is missing: run \`npm run build\` first.`,
    };
  }
  if (!existsSync(join(BIN, process.platform === "win32" ? "prism.cmd" : "prism"))) {
    return {
      status: 1,
      output:
        "The prism CLI is missing from node_modules/.bin: run `npm ci` (it is a dev dependency).",
    };
  }
  const hasOutput = args.some((a) => ["--output-dir", "-o"].includes(a.split("=")[0]));
  const output = hasOutput ? [] : ["--output-dir", defaultOutputDir(component)];
  // Both tools look for `<cwd>/dist/index.js` (one package, one bundle): a stand-in package
  // whose `dist` is this component's folder, so the signature covers exactly what is published.
  const stage = mkdtempSync(join(tmpdir(), `${component}-manifest-stage-`));
  try {
    writeFileSync(join(stage, "package.json"), JSON.stringify({ name: component, private: true }));
    symlinkSync(distDir(component), join(stage, "dist"), "dir");
    const run = spawnSync(
      process.execPath,
      [generatorBin(), "--skip-signature-verify", ...output, ...args],
      {
        cwd: stage,
        encoding: "utf8",
        env: {
          ...process.env,
          PATH: `${BIN}${delimiter}${process.env.PATH ?? ""}`,
          PRISM_SKIP_NEW_VERSION_CHECK: "true",
        },
        timeout: 120_000,
      },
    );
    return {
      status: run.status ?? 1,
      output: `${run.stdout ?? ""}${run.stderr ?? ""}${run.error ? String(run.error) : ""}`,
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** One entry of the generated manifest: its key and its inputs as spectral wrote them. */
export interface ManifestEntry {
  key: string;
  inputs: Record<
    string,
    { inputType: string; required?: boolean; default?: unknown; collection?: string }
  >;
  dataSourceType?: string;
}

export interface Manifest {
  key: string;
  public: boolean;
  signature: string;
  actions: Record<string, ManifestEntry>;
  triggers: Record<string, ManifestEntry>;
  connections: Record<string, ManifestEntry>;
  dataSources: Record<string, ManifestEntry>;
}

/**
 * Loads the generated TypeScript package (`<dir>/src/index.ts`) by transpiling each file with the
 * TypeScript compiler; its spectral imports resolve from this repository's node_modules.
 */
export function loadManifest(dir: string): Manifest {
  const fromRoot = createRequire(join(ROOT, "package.json"));
  const cache = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const hit = cache.get(file);
    if (hit) return hit.exports;
    const mod = { exports: {} as unknown };
    cache.set(file, mod);
    const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
      fileName: file,
    });
    const localRequire = (spec: string): unknown => {
      if (!spec.startsWith(".")) return fromRoot(spec);
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, "index.ts")].find((f) => existsSync(f));
      if (!target) throw new Error(`Manifest import ${spec} from ${file} not found.`);
      return load(target);
    };
    new Function("exports", "require", "module", outputText)(mod.exports, localRequire, mod);
    return mod.exports;
  };
  const index = load(join(dir, "src", "index.ts")) as { default: Manifest };
  return index.default;
}
