import type { z } from "zod";

/** What an answer was meant to be, for the error when it is not. */
export interface Expected {
  /** The vendor's name, as the client's `vendor`. */
  vendor: string;
  /** What was read, e.g. "webhook list from GET /v7/webhooks/subscriptions". */
  what: string;
  /** The shape in words, e.g. "an array". */
  shape: string;
}

/**
 * Reads an answer our logic depends on through its schema, or fails with one sentence naming what
 * was read and what was expected (never the body, which may hold anything).
 */
export function parseResponse<S extends z.ZodType>(
  schema: S,
  data: unknown,
  expected: Expected,
): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new Error(
    `${expected.vendor} returned an unexpected ${expected.what}: expected ${expected.shape}.`,
  );
}
