import { type ItemCap, maxItemsInput } from "../../core/inputs/fetchAll";

/**
 * Bynder's Max Items caps. Sizes are measured on our example payloads and the simulator's seeded
 * data, then scaled up for real portals (many metaproperties, long thumbnail URLs): an asset is
 * ~1.3 KB in the simulator, assumed ~8 KB at worst; users, tags, options and orders are
 * ~0.1-0.3 KB, assumed ~2 KB at worst.
 */
export const bynderMaxItems = (cap: Omit<ItemCap, "vendor">) =>
  maxItemsInput({ vendor: "Bynder", ...cap });

export const maxAssetsInput = bynderMaxItems({
  noun: "assets",
  default: 5_000,
  max: 10_000,
  itemKb: 8,
});
export const maxUsersInput = bynderMaxItems({
  noun: "users",
  default: 10_000,
  max: 25_000,
  itemKb: 2,
});
export const maxTagsInput = bynderMaxItems({
  noun: "tags",
  default: 10_000,
  max: 25_000,
  itemKb: 2,
});
export const maxOptionsInput = bynderMaxItems({
  noun: "options",
  default: 10_000,
  max: 25_000,
  itemKb: 2,
});
/** Orders come 10 per request, so the default is kept low to spare the rate limit. */
export const maxOrdersInput = bynderMaxItems({
  noun: "orders",
  default: 1_000,
  max: 10_000,
  itemKb: 2,
  perRequest: 10,
});
