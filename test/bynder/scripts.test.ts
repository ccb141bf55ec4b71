import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { staleReason } from "../../scripts/lib/components";

/** The invoke command runs the built bundle (npm test builds it first). */
const root = join(__dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const script = (name: string, ...args: string[]) =>
  spawnSync(tsx, [`scripts/${name}.ts`, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, BYNDER_TOKEN_URL: "" },
    timeout: 60_000,
  });
const invoke = (...args: string[]) => script("invoke", ...args);

describe("npm run invoke", () => {
  it("runs an action against the simulator and prints its result as JSON", () => {
    const run = invoke("listAssets", "fetchAll=false", "limit=3");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { data: { media: unknown[]; total: { count: number } } };
    expect(out.data.media).toHaveLength(3);
    expect(out.data.total.count).toBeGreaterThanOrEqual(3);
  });

  it("lists the valid actions when the action key is unknown", () => {
    const run = invoke("listAsets");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown action "listAsets". Valid actions:');
    expect(run.stderr).toContain("listAssets");
  });

  it("lists the valid inputs when an input key is unknown", () => {
    const run = invoke("getAsset", "assetId=1");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'Unknown input "assetId" for getAsset. Valid inputs: id, versions, stats',
    );
  });

  it("shows the action's own error for bad input", () => {
    const run = invoke("listAssets", "limit=5000", "fetchAll=false");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Input "Limit" must be at most 1000');
  });
});

describe("--component", () => {
  it("runs the default component when it is named", () => {
    const run = invoke("--component", "bynder", "getAsset", "assetId=1");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown input "assetId" for getAsset.');
  });

  it("names the components it knows when the name is unknown or missing", () => {
    const unknown = invoke("--component", "bynderr", "listAssets");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown component "bynderr": expected bynder');
    const missing = invoke("listAssets", "--component");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--component needs a name: bynder or brandfolder.");
  });
});

describe("npm run invoke on a fresh bundle", () => {
  it("does not rebuild it", () => {
    // npm test builds first, so the bundle is newer than every source here.
    expect(staleReason("bynder")).toBeNull();
    const run = invoke("getAccountInformation");
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain("Building");
  });
});
