import { customFieldKeyDeletedExample } from "../../examplePayloads/customFields";
import { CUSTOM_FIELD_KEY_PATH, operationDoc } from "../../endpoints";
import { customFieldKeyIdInput } from "../../inputs/customFields";
import { deleted } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const deleteCustomFieldKey = brandfolderAction({
  label: "Delete Custom Field Key",
  description:
    "Delete a custom field key; careful: every value of this key, on every asset, is deleted with it and cannot be restored.",
  docsUrl: operationDoc("custom_fields", "opIdApiV4CustomFieldKeysByIdDelete"),
  inputs: { customFieldKeyId: customFieldKeyIdInput },
  method: "DELETE",
  path: CUSTOM_FIELD_KEY_PATH,
  // Brandfolder answers `{}`: confirm what was deleted instead.
  result: (_data, p) => deleted(p.customFieldKeyId),
  examplePayload: { data: customFieldKeyDeletedExample },
});
