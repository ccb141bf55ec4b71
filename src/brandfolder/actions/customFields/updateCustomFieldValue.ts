import { customFieldValueUpdatedExample } from "../../examplePayloads/customFields";
import { CUSTOM_FIELD_VALUE_PATH, operationDoc } from "../../endpoints";
import { customFieldValueIdInput, valueInput } from "../../inputs/customFields";
import { brandfolderAction } from "../../vendor";

export const updateCustomFieldValue = brandfolderAction({
  label: "Update Custom Field Value",
  description:
    "Change one custom field value of one asset; Brandfolder answers with a list holding the value.",
  docsUrl: operationDoc("custom_fields", "opIdApiV4CustomFieldValuesByIdPut"),
  inputs: { customFieldValueId: customFieldValueIdInput, value: valueInput },
  method: "PUT",
  path: CUSTOM_FIELD_VALUE_PATH,
  body: { data: (p) => ({ attributes: { value: p.value } }) },
  encoding: "json",
  examplePayload: { data: customFieldValueUpdatedExample },
});
