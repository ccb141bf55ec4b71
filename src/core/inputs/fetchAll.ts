import { input } from "@prismatic-io/spectral";
import { optionalInteger } from "./clean";
import { withKind } from "./kinds";

/**
 * Max Items bounds what Fetch All keeps in memory and returns: Prismatic fails a step whose result
 * is above ~128 MB. Sizes are JSON sizes per item, measured on our example payloads and the
 * simulator's seeded data, then scaled up for real portals (many metaproperties, long thumbnail
 * URLs): an asset is ~1.3 KB in the simulator, assumed ~8 KB at worst; users, tags, options and
 * orders are ~0.1-0.3 KB, assumed ~2 KB at worst.
 */
interface ItemCap {
  /** Plural noun shown in comments and messages ("assets"). */
  noun: string;
  default: number;
  max: number;
  /** Worst-case JSON size of one item, in KB. */
  itemKb: number;
  /** Items per request, when Bynder fixes it low (store orders: 10). */
  perRequest?: number;
}

const mb = (items: number, kb: number) => Math.round((items * kb) / 1000);
const n = (x: number) => x.toLocaleString("en-US");

/** The Max Items input of one Fetch All action; blank means the default. Not sent to Bynder. */
export function maxItemsInput(cap: ItemCap) {
  const label = "Max Items";
  const requests = cap.perRequest
    ? ` Bynder sends ${cap.perRequest} ${cap.noun} per request, so the default costs up to ${n(Math.ceil(cap.default / cap.perRequest) + 1)} requests.`
    : "";
  return input({
    label,
    type: "string",
    required: false,
    default: String(cap.default),
    example: String(cap.default),
    comments:
      `With Fetch All on, the most ${cap.noun} to fetch; if Bynder has more, the step says so rather than return a partial list. ` +
      `Default ${n(cap.default)} (about ${mb(cap.default, cap.itemKb)} MB at ~${cap.itemKb} KB per ${cap.noun.replace(/s$/, "")}), maximum ${n(cap.max)} (about ${mb(cap.max, cap.itemKb)} MB), well under Prismatic's ~128 MB limit on a step's result.${requests}`,
    clean: withKind(
      { kind: "integer", min: 1, max: cap.max },
      (v: unknown): number => optionalInteger(label, v, { min: 1, max: cap.max }) ?? cap.default,
    ),
  });
}

export const maxAssetsInput = maxItemsInput({
  noun: "assets",
  default: 5_000,
  max: 10_000,
  itemKb: 8,
});
export const maxUsersInput = maxItemsInput({
  noun: "users",
  default: 10_000,
  max: 25_000,
  itemKb: 2,
});
export const maxTagsInput = maxItemsInput({
  noun: "tags",
  default: 10_000,
  max: 25_000,
  itemKb: 2,
});
export const maxOptionsInput = maxItemsInput({
  noun: "options",
  default: 10_000,
  max: 25_000,
  itemKb: 2,
});
/** Orders come 10 per request, so the default is kept low to spare the rate limit. */
export const maxOrdersInput = maxItemsInput({
  noun: "orders",
  default: 1_000,
  max: 10_000,
  itemKb: 2,
  perRequest: 10,
});
