import { createCustomFieldKeys } from "./createCustomFieldKeys";
import { createCustomFieldValues } from "./createCustomFieldValues";
import { deleteCustomFieldKey } from "./deleteCustomFieldKey";
import { deleteCustomFieldValue } from "./deleteCustomFieldValue";
import { listAssetCustomFieldValues } from "./listAssetCustomFieldValues";
import { listCustomFieldKeys } from "./listCustomFieldKeys";
import { setCustomFieldValue } from "./setCustomFieldValue";
import { updateCustomFieldKey } from "./updateCustomFieldKey";
import { updateCustomFieldValue } from "./updateCustomFieldValue";

export default {
  listCustomFieldKeys,
  createCustomFieldKeys,
  updateCustomFieldKey,
  deleteCustomFieldKey,
  listAssetCustomFieldValues,
  createCustomFieldValues,
  updateCustomFieldValue,
  deleteCustomFieldValue,
  setCustomFieldValue,
};
