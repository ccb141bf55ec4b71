import type { Ctx, Step } from "./demoSteps";
import { ensureBuilt } from "./components";
import { harnessFor, loadBuiltComponent, openTarget, type Target } from "./environment";
import { line, type Outcome, withProgress } from "./report";

export type Counts = Record<Outcome, number>;

/** One component's part of `npm start`: its built bundle, its target and its steps. */
export interface DemoPart {
  component: string;
  title: string;
  steps: Step[];
  seedAssets: number;
  /** Why write steps are skipped against a real account. */
  readOnly: string;
  /** A step that already happened while opening the target (Bynder's token grant). */
  opened?: { label: string; detail: string };
}

export const noCounts = (): Counts => ({ passed: 0, failed: 0, unavailable: 0, skipped: 0 });

export function summary(counts: Counts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.unavailable} not yet available, ${counts.skipped} skipped`;
}

/** `npm start`'s exit code: 0 only if every step that could run did what it should. */
export const exitCode = (counts: Counts) => (counts.failed === 0 ? 0 : 1);

/**
 * Runs every step of a part in order against its built bundle and prints one line per step. A
 * failed step does not stop the others (each checks what it needs); a target that cannot be
 * opened counts as one failed step.
 */
export async function runPart(part: DemoPart, rebuild = false): Promise<Counts> {
  const counts = noCounts();
  ensureBuilt(part.component, rebuild);
  const component = loadBuiltComponent(part.component);
  const harness = harnessFor(component);
  let target: Target;
  try {
    target = await withProgress("Starting", () =>
      openTarget({ seedAssets: part.seedAssets }, part.component),
    );
  } catch (error) {
    line("failed", `Start the ${part.title}`, (error as Error).message);
    counts.failed++;
    return counts;
  }
  const where =
    target.kind === "simulator"
      ? `the simulator at ${target.origin}`
      : `${target.origin} (read-only)`;
  process.stdout.write(`${part.title}: built component "${component.key}" against ${where}\n\n`);
  if (part.opened) {
    line("passed", part.opened.label, part.opened.detail);
    counts.passed++;
  }
  const ctx: Ctx = {
    target,
    memo: {},
    harness,
    call: async (key, params = {}) => {
      const result = (await harness.action(key, { connection: target.connection, ...params })) as
        { data?: unknown } | undefined;
      return result?.data;
    },
  };
  try {
    for (const step of part.steps) {
      const missing = step.needs.filter((k) => !component.actions[k]);
      if (missing.length) {
        line("unavailable", step.label, `not yet available (needs ${missing.join(", ")})`);
        counts.unavailable++;
        continue;
      }
      if (step.writes && target.kind === "portal") {
        const note = step.skipNote ? `; ${step.skipNote}` : "";
        line("skipped", step.label, `skipped: ${part.readOnly}${note}`);
        counts.skipped++;
        continue;
      }
      const started = Date.now();
      try {
        const detail = await withProgress(step.label, () => step.run(ctx));
        line("passed", step.label, `${detail} (${Date.now() - started} ms)`);
        counts.passed++;
      } catch (error) {
        line("failed", step.label, (error as Error).message);
        counts.failed++;
      }
    }
  } finally {
    await target.close();
  }
  process.stdout.write(`\n${summary(counts)}\n`);
  return counts;
}
