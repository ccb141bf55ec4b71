import { action } from "@prismatic-io/spectral";
import { z } from "zod";
import { parseResponse } from "../../../core/http/parseResponse";
import { InputError } from "../../../core/inputs/clean";
import { type BrandfolderClient, clientFor } from "../../client";
import {
  ASSET_VALUES_PATH,
  BRANDFOLDER_REFERENCE,
  CUSTOM_FIELD_KEYS_PATH,
  CUSTOM_FIELD_VALUE_PATH,
  KEY_VALUES_PATH,
} from "../../endpoints";
import { customFieldValueSetExample } from "../../examplePayloads/customFields";
import { connectionInput } from "../../inputs/common";
import { assetIdInput, brandfolderIdInput, valueInput } from "../../inputs/customFields";
import { requiredTextInput } from "../../../core/inputs/factories";

/** Keys are a short list; this bounds a Brandfolder that answers `next_page` forever. */
const MAX_KEY_PAGES = 20;
const VENDOR = "Brandfolder";

const keySchema = z.looseObject({
  id: z.string(),
  attributes: z.looseObject({
    name: z.string(),
    allowed_values: z.array(z.string()).nullish(),
    restricted: z.boolean().nullish(),
  }),
});
const keysPage = z.looseObject({
  data: z.array(keySchema),
  meta: z.looseObject({ next_page: z.number().nullish() }).optional(),
});
const valueSchema = z.looseObject({
  id: z.string(),
  attributes: z.looseObject({ key: z.string().nullish() }).optional(),
  relationships: z
    .looseObject({
      custom_field_key: z
        .looseObject({ data: z.looseObject({ id: z.string() }).nullish() })
        .optional(),
    })
    .optional(),
});
const valuesPage = z.looseObject({ data: z.array(valueSchema) });
const oneOrList = z.looseObject({ data: z.union([valueSchema, z.array(valueSchema)]) });

type Key = z.infer<typeof keySchema>;

async function findKey(
  client: BrandfolderClient,
  brandfolderId: string,
  name: string,
): Promise<Key> {
  const names: string[] = [];
  for (let page = 1; page <= MAX_KEY_PAGES; page++) {
    const response = await client.request({
      method: "GET",
      path: CUSTOM_FIELD_KEYS_PATH,
      pathParams: { brandfolderId },
      query: page === 1 ? {} : { page },
    });
    const what = { vendor: VENDOR, what: "custom field key list", shape: "a data list" };
    const { data, meta } = parseResponse(keysPage, response.data, what);
    const key = data.find((k) => k.attributes.name === name);
    if (key) return key;
    names.push(...data.map((k) => k.attributes.name));
    if (!meta?.next_page || data.length === 0) break;
  }
  const known = names.length
    ? `: it has ${names.slice(0, 20).join(", ")}${names.length > 20 ? ", …" : ""}`
    : ": it has none";
  throw new InputError(
    "Key Name",
    `"${name}" is not a custom field key of Brandfolder ${brandfolderId}${known}.`,
  );
}

export const setCustomFieldValue = action({
  display: {
    label: "Set Custom Field Value",
    description: `Set an asset's custom field by the key's name: creates the value, or updates the one the asset has; a value outside a restricted key's allowed values is refused before anything is written. ${VENDOR} API: GET ${CUSTOM_FIELD_KEYS_PATH}, GET ${ASSET_VALUES_PATH}, then POST ${KEY_VALUES_PATH} or PUT ${CUSTOM_FIELD_VALUE_PATH} (${BRANDFOLDER_REFERENCE}/custom_fields).`,
  },
  inputs: {
    connection: connectionInput,
    brandfolderId: brandfolderIdInput,
    assetId: assetIdInput,
    keyName: requiredTextInput({
      label: "Key Name",
      comments:
        "The custom field's name exactly as in Brandfolder (for example color); the key must exist.",
      example: "color",
    }),
    value: valueInput,
  },
  examplePayload: { data: customFieldValueSetExample },
  perform: async (context, { connection, brandfolderId, assetId, keyName, value }) => {
    const client = clientFor(connection, context);
    const key = await findKey(client, brandfolderId, keyName);
    const allowed = key.attributes.allowed_values ?? [];
    if (key.attributes.restricted && allowed.length && !allowed.includes(value)) {
      throw new InputError(
        "Value",
        `"${value}" is not allowed for the restricted key "${keyName}": it accepts ${allowed.join(", ")}.`,
      );
    }
    const listed = await client.request({
      method: "GET",
      path: ASSET_VALUES_PATH,
      pathParams: { assetId },
      query: { include: "custom_field_key" },
    });
    const what = { vendor: VENDOR, what: "asset custom field values", shape: "a data list" };
    const current = parseResponse(valuesPage, listed.data, what).data.find(
      (v) =>
        v.relationships?.custom_field_key?.data?.id === key.id || v.attributes?.key === keyName,
    );
    const body = { encoding: "json" as const };
    const written = current
      ? await client.request({
          method: "PUT",
          path: CUSTOM_FIELD_VALUE_PATH,
          pathParams: { customFieldValueId: current.id },
          body: { ...body, value: { data: { attributes: { value } } } },
        })
      : await client.request({
          method: "POST",
          path: KEY_VALUES_PATH,
          pathParams: { customFieldKeyId: key.id },
          body: {
            ...body,
            value: {
              data: [
                {
                  attributes: { value },
                  relationships: { asset: { data: { type: "assets", id: assetId } } },
                },
              ],
            },
          },
        });
    const answer = parseResponse(oneOrList, written.data, {
      vendor: VENDOR,
      what: "custom field value",
      shape: "a data object or list",
    }).data;
    return {
      data: {
        action: current ? ("updated" as const) : ("created" as const),
        assetId,
        key: { id: key.id, name: keyName },
        value: Array.isArray(answer) ? answer[0] : answer,
      },
    };
  },
});
