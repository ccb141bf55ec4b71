import { type Connection, ConnectionError, util } from "@prismatic-io/spectral";
import { DEFAULT_RATE_PER_SECOND, MAX_PER_SECOND } from "./pacer";
import { DEFAULT_MAX_WAIT_MS, DEFAULT_RETRY } from "./retry";

/** Pace and retry settings a connection may carry; absent ones fall back to the client's defaults. */
export interface ConnectionSettings {
  ratePerSecond?: number;
  maxRetries?: number;
  maxWaitMs?: number;
}

export interface NumberField {
  key: string;
  label: string;
  min: number;
  max: number;
  integer: boolean;
  defaultText: string;
}

/** Keys and labels of the optional connection inputs a vendor's connections offer. */
export const PACING_FIELDS = {
  requestsPerSecond: {
    key: "requestsPerSecond",
    label: "Requests Per Second",
    min: 0.1,
    max: MAX_PER_SECOND,
    integer: false,
    defaultText: String(DEFAULT_RATE_PER_SECOND),
  },
  maxRetries: {
    key: "maxRetries",
    label: "Max Retries",
    min: 0,
    max: 10,
    integer: true,
    defaultText: String(DEFAULT_RETRY.maxRetries),
  },
  maxWaitMinutes: {
    key: "maxWaitMinutes",
    label: "Max Wait (Minutes)",
    min: 0,
    max: 14,
    integer: false,
    defaultText: String(DEFAULT_MAX_WAIT_MS / 60_000),
  },
} as const satisfies Record<string, NumberField>;

/** Spectral never runs `clean` on connection inputs, so their raw values are checked here. */
function readNumber(connection: Connection, field: NumberField, safe: Safe): number | undefined {
  const raw = connection.fields?.[field.key];
  if (raw === undefined || raw === null) return undefined;
  const text = util.types.toString(raw).trim();
  if (!text) return undefined;
  const value = Number(text);
  const valid =
    /^\d+(\.\d+)?$/.test(text) &&
    value >= field.min &&
    value <= field.max &&
    (!field.integer || Number.isInteger(value));
  if (!valid) {
    const kind = field.integer ? "a whole number" : "a number";
    throw new ConnectionError(
      safe(connection),
      `The connection's ${field.label} "${text.slice(0, 40)}" is not valid: enter ${kind} from ${field.min} to ${field.max}, or leave it blank for the default (${field.defaultText}).`,
    );
  }
  return value;
}

type Safe = (connection: Connection) => Connection;

/** The Requests Per Second field of a vendor whose pace differs from the defaults. */
export function rateField(pace?: { perSecond: number; maxInAnySecond: number }): NumberField {
  if (!pace) return PACING_FIELDS.requestsPerSecond;
  return {
    ...PACING_FIELDS.requestsPerSecond,
    max: pace.maxInAnySecond,
    defaultText: String(pace.perSecond),
  };
}

/**
 * `safe` strips the connection's secrets for the ConnectionError (the vendor profile's); `pace`
 * (the profile's) bounds Requests Per Second and names its default.
 */
export function connectionSettings(
  connection: Connection,
  safe: Safe,
  pace?: { perSecond: number; maxInAnySecond: number },
): ConnectionSettings {
  const minutes = readNumber(connection, PACING_FIELDS.maxWaitMinutes, safe);
  return {
    ratePerSecond: readNumber(connection, rateField(pace), safe),
    maxRetries: readNumber(connection, PACING_FIELDS.maxRetries, safe),
    maxWaitMs: minutes === undefined ? undefined : Math.round(minutes * 60_000),
  };
}
