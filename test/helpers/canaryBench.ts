import { inspect } from "node:util";
import { useClock } from "../../src/core/http/clock";
import { type EchoServer, startEchoServer } from "./echoServer";

/** What a secret canary runs against: a server echoing what it is told, and the console's lines. */
export interface CanaryBench {
  server: EchoServer;
  /** Every console line printed since the last `console.length = 0`. */
  console: string[];
}

/**
 * Starts the echo server for the file, puts the client on a fake clock (a retry or pause only
 * moves it: no real waits) and captures every console level, all undone after the file.
 */
export function useCanaryBench(): CanaryBench {
  const bench = { console: [] as string[] } as CanaryBench;
  let restoreClock: () => void = () => undefined;
  beforeAll(async () => {
    bench.server = await startEchoServer();
    let now = Date.parse("2026-01-01T00:00:00Z");
    restoreClock = useClock({
      now: () => now,
      sleep: async (ms) => void (now += ms),
      random: () => 0.5,
    });
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        bench.console.push(args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" "));
      });
    }
  });
  afterAll(async () => {
    restoreClock();
    jest.restoreAllMocks();
    await bench.server.close();
  });
  return bench;
}
