import { isAxiosError } from "axios";
import { Redactor } from "./http/redact";

// The hook never sees the connection, so it scrubs by pattern: auth headers and secret-named fields.
const redactor = new Redactor();
const MAX_DEPTH = 8;

/** A plain error in place of an AxiosError, without its request config (which holds the token). */
function replaceAxiosError(error: Error & { config?: { method?: string; url?: string } }): Error {
  const status =
    isAxiosError(error) && error.response?.status ? ` (HTTP ${error.response.status})` : "";
  const method = error.config?.method?.toUpperCase() ?? "";
  const url = error.config?.url ?? "";
  return new Error(redactor.text(`Request to ${method} ${url} failed${status}: ${error.message}`));
}

/** Scrubs one error in place (message, stack, cause, aggregated errors) and returns what to keep. */
function scrub(error: unknown, seen: Set<unknown>, depth: number): unknown {
  if (!(error instanceof Error) && !isAxiosError(error)) return error;
  if (seen.has(error) || depth > MAX_DEPTH) return error;
  seen.add(error);
  if (isAxiosError(error)) return replaceAxiosError(error);
  const err = error as Error & { cause?: unknown; errors?: unknown };
  const message = redactor.text(err.message);
  if (message !== err.message) err.message = message;
  if (typeof err.stack === "string") err.stack = redactor.text(err.stack);
  stripConnection(err as { connection?: unknown });
  if (err.cause !== undefined) {
    const cause = scrub(err.cause, seen, depth + 1);
    if (cause !== err.cause) setOwn(err, "cause", cause);
  }
  if (Array.isArray(err.errors)) {
    const errors = err.errors.map((e) => scrub(e, seen, depth + 1));
    if (errors.some((e, i) => e !== (err.errors as unknown[])[i])) setOwn(err, "errors", errors);
  }
  return err;
}

/** A ConnectionError built elsewhere may carry the whole connection: keep only its key. */
function stripConnection(err: { connection?: unknown }) {
  const conn = err.connection as { key?: string; configVarKey?: string } | undefined;
  if (!conn || typeof conn !== "object") return;
  const safe = { key: conn.key, configVarKey: conn.configVarKey, fields: {} };
  if (JSON.stringify(conn) !== JSON.stringify(safe)) err.connection = safe;
}

function setOwn(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

/**
 * Component-wide safety net: our client never lets an AxiosError escape, but should one come from
 * anywhere else (directly, as a `cause`, or inside an AggregateError) it is replaced by a plain
 * error without its request config, and any auth header or secret-named value in a message is
 * masked.
 */
export function errorHook(error: unknown): unknown {
  return scrub(error, new Set(), 0);
}
