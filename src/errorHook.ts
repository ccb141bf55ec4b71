import { isAxiosError } from "axios";
import { Redactor } from "./client/redact";

/**
 * Component-wide safety net: our client never lets an AxiosError escape, but should one come from
 * anywhere else, it is replaced by a plain error without its request config (which holds the token).
 */
export function errorHook(error: unknown): unknown {
  if (isAxiosError(error)) {
    const redactor = new Redactor();
    const status = error.response?.status ? ` (HTTP ${error.response.status})` : "";
    return new Error(
      redactor.text(
        `Request to ${error.config?.method?.toUpperCase() ?? ""} ${error.config?.url ?? ""} failed${status}: ${error.message}`,
      ),
    );
  }
  return error;
}
