import type { Readable } from "node:stream";
import { discardBody, type Outcome } from "./attempt";
import { ApiError, type FailureContext, httpFailure, networkFailure } from "./errors";

/** Reads the start of an error body that arrived as a stream, so its message is not lost. */
async function readSome(stream: Readable, limit = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(Buffer.from(chunk));
      size += chunk.length;
      if (size >= limit) break;
    }
  } catch {
    // a body cut off mid-way still has a useful beginning
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString("utf8");
}

export interface ConversionInfo {
  responseType?: string;
  timeoutMs: number;
  attempts: number;
  timeoutAdvice?: string;
}

/** Turns the last failed attempt into the one error the user sees, with the server's Retry-After. */
export async function failureError(
  outcome: Extract<Outcome, { ok: false }>,
  ctx: FailureContext,
  info: ConversionInfo,
): Promise<Error> {
  const error = await convert(outcome, ctx, info);
  const retryAfter = outcome.headers["retry-after"];
  if (retryAfter && error instanceof ApiError) error.retryAfter = retryAfter.slice(0, 64);
  return error;
}

async function convert(
  outcome: Extract<Outcome, { ok: false }>,
  ctx: FailureContext,
  info: ConversionInfo,
): Promise<Error> {
  const { failure, response } = outcome;
  if (failure.kind === "status" && response) {
    if (failure.status < 400) {
      discardBody(response);
      const location = ctx.redactor.text(outcome.headers.location ?? "(no location)");
      return httpFailure(ctx, failure.status, `Unexpected redirect to ${location}`);
    }
    const body =
      info.responseType === "stream" ? await readSome(response.data as Readable) : response.data;
    discardBody(response);
    return httpFailure(ctx, failure.status, body);
  }
  discardBody(response);
  if (failure.kind === "status") return httpFailure(ctx, failure.status, undefined);
  return networkFailure(ctx, {
    failure,
    timeoutMs: info.timeoutMs,
    attempts: info.attempts,
    timeoutAdvice: info.timeoutAdvice,
  });
}
