import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

/** Spawns the simulator CLI; resolves with its first stdout line, or its exit if it ends first. */
async function run(args: string[]): Promise<{
  child: ChildProcess;
  line: string;
  stderr: () => string;
  closed: Promise<unknown[]>;
}> {
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "simulator/cli.ts", ...args],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = once(child, "exit");
  // "close" comes after stderr is drained, unlike "exit".
  const closed = once(child, "close");
  while (!stdout.includes("\n") && child.exitCode === null) {
    await Promise.race([once(child.stdout!, "data"), exited]);
  }
  return { child, line: stdout, stderr: () => stderr, closed };
}

describe("npm run simulator -- --component brandfolder", () => {
  let child: ChildProcess | undefined;
  // SIGTERM: tsx relays it to the node process that runs the server.
  afterEach(async () => {
    if (child && child.exitCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
  });

  it("prints one JSON line with its URL and API keys, and serves the seeded library", async () => {
    const cli = await run([
      "--component",
      "brandfolder",
      "--port",
      "0",
      "--seed-assets",
      "5",
      "--latency-ms",
      "1",
    ]);
    child = cli.child;
    const info = JSON.parse(cli.line) as Record<string, string>;
    expect(Object.keys(info).sort()).toEqual(["apiKey", "guestApiKey", "url"]);
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const headers = { authorization: `Bearer ${info.apiKey}`, accept: "application/json" };
    const bfs = (await (await fetch(`${info.url}/api/v4/brandfolders`, { headers })).json()) as {
      data: { id: string }[];
    };
    const assets = await fetch(`${info.url}/api/v4/brandfolders/${bfs.data[0].id}/assets`, {
      headers,
    });
    expect(((await assets.json()) as { meta: { total_count: number } }).meta.total_count).toBe(5);
  }, 20_000);

  it("refuses a Bynder-only option by name, and exits non-zero", async () => {
    const cli = await run(["--component=brandfolder", "--processing-ms", "5"]);
    child = cli.child;
    const [code] =
      child.exitCode === null ? ((await once(child, "exit")) as [number]) : [child.exitCode];
    expect(code).toBe(2);
    expect(cli.line).toBe("");
    expect(cli.stderr()).toBe("simulator: the brandfolder simulator does not take: processingMs\n");
  }, 20_000);
});
