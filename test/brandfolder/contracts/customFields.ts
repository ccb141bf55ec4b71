import {
  ASSET_ID,
  BRANDFOLDER_ID,
  colorKeyExample,
  colorValueExample,
  customFieldKeysExample,
  customFieldValueSetExample,
  customFieldValueUpdatedExample,
  regionKeyExample,
  SECOND_ASSET_ID,
} from "../../../src/brandfolder/examplePayloads/customFields";
import type { Contracts } from "./types";

const BF = BRANDFOLDER_ID;
const KEY = colorKeyExample.id;
const VALUE = colorValueExample.id;
const KEYS = `/api/v4/brandfolders/${BF}/custom_field_keys`;

export const customFieldsContracts: Contracts = {
  listCustomFieldKeys: {
    inputs: { brandfolderId: BF, includeValues: "true", includeCustomFieldValues: "true" },
    requests: [
      {
        method: "GET",
        path: KEYS,
        query: { fields: "value", include: "custom_field_values" },
      },
    ],
  },
  createCustomFieldKeys: {
    inputs: {
      brandfolderId: BF,
      name: "color",
      allowedValues: ["red", "white", "blue"],
      position: "0",
      prioritized: "false",
      required: "false",
      restricted: "true",
      moreKeys: '[{"name": "size", "allowed_values": ["S", "M"], "prioritized": true}]',
    },
    requests: [
      {
        method: "POST",
        path: KEYS,
        body: {
          data: {
            attributes: [
              {
                name: "color",
                allowed_values: ["red", "white", "blue"],
                position: 0,
                restricted: true,
              },
              { name: "size", allowed_values: ["S", "M"], prioritized: true },
            ],
          },
        },
      },
    ],
  },
  updateCustomFieldKey: {
    inputs: { customFieldKeyId: KEY, name: "colour", allowedValues: ["red", "green"] },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/custom_field_keys/${KEY}`,
        body: { data: { attributes: { name: "colour", allowed_values: ["red", "green"] } } },
      },
    ],
  },
  deleteCustomFieldKey: {
    inputs: { customFieldKeyId: KEY },
    requests: [{ method: "DELETE", path: `/api/v4/custom_field_keys/${KEY}`, reply: { body: {} } }],
  },
  listAssetCustomFieldValues: {
    inputs: { assetId: ASSET_ID, includeKey: "true", page: "1", per: "3000" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/assets/${ASSET_ID}/custom_field_values`,
        query: { include: "custom_field_key", page: "1", per: "3000" },
        reply: {
          body: {
            data: [colorValueExample],
            included: [colorKeyExample],
            meta: {
              current_page: 1,
              next_page: null,
              prev_page: null,
              total_pages: 1,
              total_count: 1,
            },
          },
        },
      },
    ],
  },
  createCustomFieldValues: {
    inputs: { customFieldKeyId: KEY, value: "red", assetIds: [ASSET_ID, SECOND_ASSET_ID] },
    requests: [
      {
        method: "POST",
        path: `/api/v4/custom_field_keys/${KEY}/custom_field_values`,
        body: {
          data: [ASSET_ID, SECOND_ASSET_ID].map((id) => ({
            attributes: { value: "red" },
            relationships: { asset: { data: { type: "assets", id } } },
          })),
        },
      },
    ],
  },
  updateCustomFieldValue: {
    inputs: { customFieldValueId: VALUE, value: "blue" },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/custom_field_values/${VALUE}`,
        body: { data: { attributes: { value: "blue" } } },
      },
    ],
  },
  deleteCustomFieldValue: {
    inputs: { customFieldValueId: VALUE },
    requests: [
      { method: "DELETE", path: `/api/v4/custom_field_values/${VALUE}`, reply: { body: {} } },
    ],
  },
  setCustomFieldValue: {
    inputs: { brandfolderId: BF, assetId: ASSET_ID, keyName: "color", value: "blue" },
    requests: [
      // The keys come over two pages: the second is read because `meta` says there is one.
      {
        method: "GET",
        path: KEYS,
        reply: {
          body: {
            data: [regionKeyExample],
            meta: { ...customFieldKeysExample.meta, next_page: 2, total_pages: 2 },
          },
        },
      },
      {
        method: "GET",
        path: KEYS,
        query: { page: "2" },
        reply: { body: { data: [colorKeyExample], meta: customFieldKeysExample.meta } },
      },
      {
        method: "GET",
        path: `/api/v4/assets/${ASSET_ID}/custom_field_values`,
        query: { include: "custom_field_key" },
        reply: {
          body: {
            data: [colorValueExample],
            included: [colorKeyExample],
            meta: { ...customFieldKeysExample.meta, total_count: 1 },
          },
        },
      },
      {
        method: "PUT",
        path: `/api/v4/custom_field_values/${VALUE}`,
        body: { data: { attributes: { value: "blue" } } },
        reply: { body: customFieldValueUpdatedExample },
      },
    ],
    expected: customFieldValueSetExample,
  },
};
