import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

/** Spawns the CLI and resolves with its one JSON line; the child is killed by the caller. */
async function startCli(args: string[]): Promise<{ child: ChildProcess; stdout: () => string }> {
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "simulator/cli.ts", ...args],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  child.stdout?.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  while (!stdout.includes("\n")) {
    await Promise.race([
      once(child.stdout!, "data"),
      once(child, "exit").then(() => {
        throw new Error("CLI exited early");
      }),
    ]);
  }
  return { child, stdout: () => stdout };
}

/** Runs the CLI to its exit and returns its exit code and what it wrote. */
async function runCli(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "simulator/cli.ts", ...args],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

describe("simulator CLI", () => {
  let child: ChildProcess | undefined;
  // SIGTERM, not SIGKILL: tsx relays it to the node process that actually runs the server.
  afterEach(async () => {
    if (child && child.exitCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
  });

  it("prints exactly one JSON line, serves requests and exits 0 on SIGTERM", async () => {
    const cli = await startCli(["--port", "0", "--seed-assets", "3"]);
    child = cli.child;
    const info = JSON.parse(cli.stdout().trim()) as Record<string, string>;
    expect(Object.keys(info).sort()).toEqual([
      "authorizeUrl",
      "clientId",
      "clientSecret",
      "permanentToken",
      "publicUrl",
      "tokenUrl",
      "url",
    ]);
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.publicUrl).toBe(info.url);
    const res = await fetch(`${info.url}/api/v4/media/`, {
      headers: { authorization: `Bearer ${info.permanentToken}` },
    });
    expect(((await res.json()) as unknown[]).length).toBe(3);
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
    expect(cli.stdout().trim().split("\n")).toHaveLength(1);
  }, 20_000);

  it("builds absolute URLs on --public-url and advertises it", async () => {
    const cli = await startCli(["--port", "0", "--public-url", "https://dam.example.com"]);
    child = cli.child;
    const info = JSON.parse(cli.stdout().trim()) as Record<string, string>;
    expect(info.publicUrl).toBe("https://dam.example.com");
    expect(info.tokenUrl).toBe("https://dam.example.com/v6/authentication/oauth2/token");
    const res = await fetch(`${info.url}/api/upload/endpoint/`, {
      headers: { authorization: `Bearer ${info.permanentToken}` },
    });
    expect(await res.json()).toBe("https://dam.example.com/s3/");
  }, 20_000);

  it("runs its clock N times real time with --clock-speed", async () => {
    const cli = await startCli(["--port", "0", "--clock-speed", "3600"]);
    child = cli.child;
    const { url, permanentToken } = JSON.parse(cli.stdout().trim()) as Record<string, string>;
    const serverNow = async () => {
      const res = await fetch(`${url}/api/v4/brands/`, {
        headers: { authorization: `Bearer ${permanentToken}` },
      });
      await res.arrayBuffer();
      return Date.parse(res.headers.get("date") ?? "");
    };
    const first = await serverNow();
    await new Promise((r) => setTimeout(r, 1100));
    // 1.1 real seconds are over an hour of simulated time.
    expect((await serverNow()) - first).toBeGreaterThan(3_600_000);
  }, 20_000);

  it("serves Bynder with --component bynder, the default", async () => {
    const cli = await startCli(["--component", "bynder", "--port", "0"]);
    child = cli.child;
    const info = JSON.parse(cli.stdout().trim()) as Record<string, string>;
    expect(info.tokenUrl).toBe(`${info.url}/v6/authentication/oauth2/token`);
  }, 20_000);

  it("refuses an unknown component, naming the choices", async () => {
    const run = await runCli(["--component", "acme"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'simulator: --component must be one of bynder, brandfolder, not "acme"\n',
    );
  }, 20_000);
});
