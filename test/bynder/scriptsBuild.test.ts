import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { COMPONENTS, ROOT, staleReason } from "../../scripts/lib/components";

describe("a bundle is rebuilt only when a file it is made from is newer", () => {
  let repo: string;
  const at = (file: string, seconds: number) => {
    const path = join(repo, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file);
    utimesSync(path, seconds, seconds);
  };
  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), "stale-"));
    for (const file of [
      "src/core/http/client.ts",
      "src/bynder/index.ts",
      "assets/bynder/icon.png",
      "webpack.config.js",
      "package-lock.json",
    ])
      at(file, 1_000);
    at("dist/bynder/index.js", 2_000);
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it("keeps a bundle newer than every source", () => {
    expect(staleReason("bynder", repo)).toBeNull();
  });

  it.each([
    "src/core/http/client.ts",
    "src/bynder/actions/assets/getAsset.ts",
    "assets/bynder/icon.png",
    "webpack.config.js",
    "package-lock.json",
  ])("rebuilds when %s is newer", (file) => {
    at(file, 3_000);
    expect(staleReason("bynder", repo)).toBe(`${file} changed`);
  });

  it("ignores another component's sources and a missing bundle is stale", () => {
    at("src/brandfolder/index.ts", 3_000);
    at("assets/brandfolder/icon.png", 3_000);
    expect(staleReason("bynder", repo)).toBeNull();
    rmSync(join(repo, "dist"), { recursive: true });
    expect(staleReason("bynder", repo)).toBe("dist/bynder/index.js is missing");
  });
});

describe("the component list", () => {
  it("is webpack's, and each bundle of the build lands in dist/<name>/", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack's config is CommonJS
    const configs = require(join(ROOT, "webpack.config.js"))({}) as {
      entry: string;
      output: { path: string; compareBeforeEmit?: boolean };
    }[];
    expect(COMPONENTS).toEqual(["bynder", "brandfolder"]);
    expect(configs.map((c) => [c.entry, c.output.path])).toEqual(
      COMPONENTS.map((name) => [`./src/${name}/index.ts`, join(ROOT, "dist", name)]),
    );
    // An unchanged bundle is still written, so a build leaves it newer than its sources.
    expect(configs.map((c) => c.output.compareBeforeEmit)).toEqual(COMPONENTS.map(() => false));
  });
});

describe("npm run manifest without --output-dir", () => {
  it("writes inside the repository, in a gitignored folder", () => {
    const run = spawnSync(
      join(ROOT, "node_modules", ".bin", "tsx"),
      ["scripts/manifest.ts", "--dry-run"],
      { cwd: ROOT, encoding: "utf8", timeout: 90_000 },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`to ${join(ROOT, "manifests", "bynder", "src", "index.ts")}`);
    const ignored = spawnSync("git", ["check-ignore", "-q", "manifests/bynder/src/index.ts"], {
      cwd: ROOT,
    });
    expect(ignored.status).toBe(0);
  }, 90_000);
});

describe("npm run", () => {
  it("lists the scripts and shows npm's own errors (no silent log level in the repository)", () => {
    // Only the repository's settings count: drop what an outer `npm test -s` passes down.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)),
    );
    const list = spawnSync("npm", ["run"], { cwd: ROOT, encoding: "utf8", env });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain("invoke\n    tsx scripts/invoke.ts");
    const missing = spawnSync("npm", ["run", "no-such-script"], {
      cwd: ROOT,
      encoding: "utf8",
      env,
    });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('Missing script: "no-such-script"');
  });
});
