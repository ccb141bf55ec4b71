import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../src/bynder";

const harness = createHarness(component);

/** What one poll emitted, and spectral's verdict (`polled_no_changes` when nothing changed). */
export interface Polled<Row> {
  data: { created: Row[]; updated: Row[]; deleted?: Row[] };
  resultType?: string;
}

/**
 * One run of New and Updated Records with `inputs`, as Prismatic polls it: `instanceState` is the
 * stored state the trigger reads and writes, so passing the same object again is the next poll.
 */
export async function pollRecords<Row = { id: string }>(
  inputs: Record<string, unknown>,
  context: { instanceState: Record<string, unknown>; logger?: unknown },
): Promise<Polled<Row>> {
  const result = (await harness.trigger(
    "newAndUpdatedRecords",
    undefined,
    inputs,
    context as never,
  )) as { payload: { body: { data: Polled<Row>["data"] } }; resultType?: string };
  return { data: result.payload.body.data, resultType: result.resultType };
}
