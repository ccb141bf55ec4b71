/** Console output for the demo: one line per step, with a spinner while a long step runs. */
const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export async function withProgress<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let frame = 0;
  const timer = setInterval(
    () => {
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      if (tty) process.stderr.write(`\r${FRAMES[frame++ % FRAMES.length]} ${label} (${secs} s)`);
      else process.stderr.write(`  … ${label} still running (${secs} s)\n`);
    },
    tty ? 100 : 2000,
  );
  try {
    return await work();
  } finally {
    clearInterval(timer);
    if (tty) process.stderr.write("\r\x1b[K");
  }
}

export type Outcome = "passed" | "failed" | "unavailable" | "skipped";
const MARK: Record<Outcome, string> = { passed: "✔", failed: "✘", unavailable: "·", skipped: "-" };

export function line(outcome: Outcome, label: string, detail: string): void {
  process.stdout.write(`${MARK[outcome]} ${label.padEnd(48)} ${detail}\n`);
}
