import { input } from "@prismatic-io/spectral";
import { optionalInteger } from "./clean";
import { withKind } from "./kinds";

/**
 * Max Items bounds what Fetch All keeps in memory and returns: Prismatic fails a step whose result
 * is above ~128 MB. Sizes are JSON sizes per item, measured on our example payloads and the
 * simulator's seeded data, then scaled up for real accounts: each vendor's caps say their sizes.
 */
export interface ItemCap {
  /** The API named in the comment ("if <vendor> has more"). */
  vendor: string;
  /** Plural noun shown in comments and messages ("assets"). */
  noun: string;
  default: number;
  max: number;
  /** Worst-case JSON size of one item, in KB. */
  itemKb: number;
  /** Items per request, when the API fixes it low (e.g. 10). */
  perRequest?: number;
}

const mb = (items: number, kb: number) => Math.round((items * kb) / 1000);
const n = (x: number) => x.toLocaleString("en-US");

/** The Max Items input of one Fetch All action; blank means the default. Not sent to the API. */
export function maxItemsInput(cap: ItemCap) {
  const label = "Max Items";
  const requests = cap.perRequest
    ? ` ${cap.vendor} sends ${cap.perRequest} ${cap.noun} per request, so the default costs up to ${n(Math.ceil(cap.default / cap.perRequest) + 1)} requests.`
    : "";
  return input({
    label,
    type: "string",
    required: false,
    default: String(cap.default),
    example: String(cap.default),
    comments:
      `With Fetch All on, the most ${cap.noun} to fetch; if ${cap.vendor} has more, the step says so rather than return a partial list. ` +
      `Default ${n(cap.default)} (about ${mb(cap.default, cap.itemKb)} MB at ~${cap.itemKb} KB per ${cap.noun.replace(/s$/, "")}), maximum ${n(cap.max)} (about ${mb(cap.max, cap.itemKb)} MB), well under Prismatic's ~128 MB limit on a step's result.${requests}`,
    clean: withKind(
      { kind: "integer", min: 1, max: cap.max },
      (v: unknown): number => optionalInteger(label, v, { min: 1, max: cap.max }) ?? cap.default,
    ),
  });
}
