import { type ErrorReply, json, SimError } from "../core/http";

/** The /api/v4 envelope: lower-case `statuscode`, plus any fields a handler adds. */
export const bynderErrorReply: ErrorReply = (status, message, extra) =>
  json(status, { message, statuscode: status, ...extra });

/** Brandstore spells it `status_code`. */
export function storeFail(status: number, message: string): SimError {
  return new SimError(json(status, { message, status_code: status }));
}
