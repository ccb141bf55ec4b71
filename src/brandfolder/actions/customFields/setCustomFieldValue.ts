import { action } from "@prismatic-io/spectral";
import { z } from "zod";
import { parseResponse } from "../../../core/http/parseResponse";
import { findOnPages, MAX_LOOKUP_PAGES } from "../../findOnPages";
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

const VENDOR = "Brandfolder";

const keySchema = z.looseObject({
  id: z.string(),
  attributes: z.looseObject({
    name: z.string(),
    allowed_values: z.array(z.string()).nullish(),
    restricted: z.boolean().nullish(),
  }),
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
const oneOrList = z.looseObject({ data: z.union([valueSchema, z.array(valueSchema)]) });

type Key = z.infer<typeof keySchema>;

async function findKey(
  client: BrandfolderClient,
  brandfolderId: string,
  name: string,
): Promise<Key> {
  const request = { path: CUSTOM_FIELD_KEYS_PATH, pathParams: { brandfolderId } };
  const { found, seen, cut } = await findOnPages(
    client,
    request,
    keySchema,
    "custom field key list",
    (k) => k.attributes.name === name,
  );
  if (found) return found;
  const names = seen.map((k) => k.attributes.name);
  const known = names.length
    ? `: it has ${names.slice(0, 20).join(", ")}${names.length > 20 ? ", …" : ""}`
    : ": it has none";
  const where = cut ? ` in its first ${MAX_LOOKUP_PAGES} pages of keys` : "";
  throw new InputError(
    "Key Name",
    `"${name}" is not a custom field key of Brandfolder ${brandfolderId}${where}${known}.`,
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
    // The asset's value of this key, on whichever page it is: creating a second one would leave
    // the asset with two values of one key.
    const { found: current, cut } = await findOnPages(
      client,
      { path: ASSET_VALUES_PATH, pathParams: { assetId }, query: { include: "custom_field_key" } },
      valueSchema,
      "asset custom field values",
      (v) =>
        v.relationships?.custom_field_key?.data?.id === key.id || v.attributes?.key === keyName,
    );
    if (!current && cut)
      throw new Error(
        `Set Custom Field Value: asset ${assetId} has more custom field values than the ${MAX_LOOKUP_PAGES} pages this step reads, so it cannot tell whether "${keyName}" is set; nothing was written. Use Update Custom Field Value with the value's ID instead.`,
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
