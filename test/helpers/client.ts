import { type ClientOptions } from "../../src/core/http/client";
import { createBynderClient } from "../../src/bynder/client/clientFor";
import { oauthConnection } from "./connections";
import { recordingLogger } from "./context";

/** The error `p` rejects with; the test fails if it resolves. */
export async function failure<E extends Error = Error>(p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (error) {
    return error as E;
  }
  throw new Error("expected the request to fail");
}

/** A client on the OAuth test connection that records its log, with jitter-free 100 ms backoff. */
export function loggedClient(extra: ClientOptions = {}) {
  const log = recordingLogger();
  const client = createBynderClient(oauthConnection(), {
    logger: log.logger,
    ...extra,
    retry: { jitter: false, baseDelayMs: 100, ...extra.retry },
  });
  return { client, log };
}
