import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

describe("simulator CLI", () => {
  it("prints exactly one JSON line, serves requests and exits 0 on SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, "node_modules/tsx/dist/cli.mjs"),
        "simulator/cli.ts",
        "--port",
        "0",
        "--seed-assets",
        "3",
      ],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    while (!stdout.includes("\n")) {
      await Promise.race([
        once(child.stdout, "data"),
        once(child, "exit").then(() => {
          throw new Error("CLI exited early");
        }),
      ]);
    }
    const info = JSON.parse(stdout.trim()) as Record<string, string>;
    expect(Object.keys(info).sort()).toEqual([
      "authorizeUrl",
      "clientId",
      "clientSecret",
      "permanentToken",
      "tokenUrl",
      "url",
    ]);
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${info.url}/api/v4/media/`, {
      headers: { authorization: `Bearer ${info.permanentToken}` },
    });
    expect(((await res.json()) as unknown[]).length).toBe(3);
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  }, 20_000);
});
