import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

export interface SimProcess {
  url: string;
  permanentToken: string;
  /** The whole JSON line the simulator printed (e.g. Brandfolder's `apiKey`). */
  line: Record<string, string>;
  /** Stops the simulator (SIGTERM) and waits for it to exit. */
  close(): Promise<void>;
}

/**
 * Starts `simulator/cli.ts` in its own process (so its work never shares the bench's event loop)
 * with the given flags, e.g. `["--latency-ms", "500", "--seed-assets", "50000"]`, and reads the one
 * JSON line it prints.
 */
export async function startSimProcess(flags: string[]): Promise<SimProcess> {
  const root = path.join(__dirname, "..", "..");
  const child: ChildProcess = spawn(
    path.join(root, "node_modules", ".bin", "tsx"),
    [path.join(root, "simulator", "cli.ts"), "--port", "0", ...flags],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the simulator exited with ${code}`)));
  });
  const info = JSON.parse(line) as { url: string; permanentToken: string };
  return {
    url: info.url,
    permanentToken: info.permanentToken,
    line: info as unknown as Record<string, string>,
    close: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
