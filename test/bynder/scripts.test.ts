import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** The invoke command runs the built bundle (npm test builds it first). */
const root = join(__dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const invoke = (...args: string[]) =>
  spawnSync(tsx, ["scripts/invoke.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, BYNDER_TOKEN_URL: "" },
    timeout: 60_000,
  });

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
