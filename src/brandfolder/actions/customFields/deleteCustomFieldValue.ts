import { customFieldValueDeletedExample } from "../../examplePayloads/customFields";
import { CUSTOM_FIELD_VALUE_PATH, operationDoc } from "../../endpoints";
import { customFieldValueIdInput } from "../../inputs/customFields";
import { deleted } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const deleteCustomFieldValue = brandfolderAction({
  label: "Delete Custom Field Value",
  description: "Delete one custom field value of one asset; the key and other assets' values stay.",
  docsUrl: operationDoc("custom_fields", "opIdApiV4CustomFieldValuesByIdDelete"),
  inputs: { customFieldValueId: customFieldValueIdInput },
  method: "DELETE",
  path: CUSTOM_FIELD_VALUE_PATH,
  result: (_data, p) => deleted(p.customFieldValueId),
  examplePayload: { data: customFieldValueDeletedExample },
});
