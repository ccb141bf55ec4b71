import nock from "nock";
import { PORTAL } from "./connections";

export interface Recorded {
  method: string;
  path: string;
  /** Query pairs in order, repeated keys kept. */
  query: [string, string][];
  /** The body as sent (form and JSON text, or multipart bytes as latin1 text). */
  body: string;
  contentType: string;
  headers: Record<string, string | string[] | undefined>;
}

type Reply = (req: Recorded) => [number, unknown?, Record<string, string>?];

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/**
 * Records every request to the portal (any method and path) at the HTTP boundary and answers with
 * `reply` (default 200 `{}`). Call `stop()` when done: it removes the interceptors, used or not.
 * `origin` is another vendor's API host (default: the Bynder test portal).
 */
export function recordPortal(reply: Reply = () => [200, {}], origin: string = PORTAL) {
  const requests: Recorded[] = [];
  const scope = nock(origin).persist();
  for (const method of METHODS) {
    scope
      .intercept(/.*/, method)
      .query(true)
      .reply(function (uri, body) {
        const url = new URL(uri, origin);
        const recorded: Recorded = {
          method: this.req.method ?? method,
          path: url.pathname,
          query: [...url.searchParams],
          body:
            typeof body === "string"
              ? body
              : Buffer.isBuffer(body)
                ? body.toString("latin1")
                : JSON.stringify(body ?? ""),
          contentType: String(this.req.headers["content-type"] ?? ""),
          headers: this.req.headers as Recorded["headers"],
        };
        requests.push(recorded);
        const [status, data, headers] = reply(recorded);
        return [status, data as nock.Body, headers ?? {}];
      });
  }
  return { requests, stop: () => nock.cleanAll() };
}

/** Form fields of a recorded urlencoded body, in order, repeated keys kept. */
export const formPairs = (r: Recorded): [string, string][] => [...new URLSearchParams(r.body)];
