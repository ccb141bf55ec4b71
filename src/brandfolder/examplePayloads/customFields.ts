/** Custom field keys and values as Brandfolder answers them (seed 003 and the v4 OpenAPI). */

export const BRANDFOLDER_ID = "oqgiju-21olts-ce9egi";
export const ASSET_ID = "oqgkkd-fr5iv4-443db";
export const SECOND_ASSET_ID = "oqgkkd-fr5iv4-7h2kq";

export const colorKeyExample = {
  id: "p6ip47-6b1yxk-a0bf3s",
  type: "custom_field_keys",
  attributes: {
    name: "color",
    allowed_values: ["red", "white", "blue"],
    restricted: true,
    position: 0,
    prioritized: false,
    required: false,
  },
};

export const regionKeyExample = {
  id: "p6ip47-6b1yxk-r3g10n",
  type: "custom_field_keys",
  attributes: {
    name: "region",
    allowed_values: [],
    restricted: false,
    position: 1,
    prioritized: true,
    required: false,
  },
};

export const colorValueExample = {
  id: "q7jr58-7c2zyl-v4lue1",
  type: "custom_field_values",
  attributes: { key: "color", value: "red" },
  relationships: {
    custom_field_key: { data: { type: "custom_field_keys", id: colorKeyExample.id } },
  },
};

const meta = (count: number) => ({
  current_page: 1,
  next_page: null,
  prev_page: null,
  total_pages: 1,
  total_count: count,
});

export const customFieldKeysExample = {
  data: [colorKeyExample, regionKeyExample],
  meta: meta(2),
};

export const customFieldKeysCreatedExample = {
  data: [colorKeyExample],
  meta: meta(1),
};

export const customFieldKeyExample = { data: colorKeyExample };

/** An asset's values with `include=custom_field_key`, the key resolved onto each value. */
export const assetCustomFieldValuesExample = {
  data: [{ ...colorValueExample, related: { custom_field_key: colorKeyExample } }],
  included: [colorKeyExample],
  meta: meta(1),
};

export const customFieldValuesCreatedExample = {
  data: [colorValueExample, { ...colorValueExample, id: "q7jr58-7c2zyl-v4lue2" }],
};

/** Brandfolder answers a value update with an array `data`. */
export const customFieldValueUpdatedExample = {
  data: [{ ...colorValueExample, attributes: { key: "color", value: "blue" } }],
};

export const customFieldKeyDeletedExample = { deleted: true as const, id: colorKeyExample.id };
export const customFieldValueDeletedExample = { deleted: true as const, id: colorValueExample.id };

/** Set Custom Field Value: what it did, and the value as Brandfolder now holds it. */
export const customFieldValueSetExample = {
  action: "updated" as "created" | "updated",
  assetId: ASSET_ID,
  key: { id: colorKeyExample.id, name: "color" },
  value: { ...colorValueExample, attributes: { key: "color", value: "blue" } },
};
