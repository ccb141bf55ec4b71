import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { saveExample } from "../../examplePayloads/uploads";
import { brandIdInput } from "../../inputs/brands";
import { connectionInput } from "../../inputs/common";
import { textInput } from "../../../core/inputs/factories";
import { flattenFormData } from "../../inputs/formFields";
import { mergeWithData } from "../../../core/inputs/mergeData";
import { assetNameInput, copyrightInput, importIdInput, saveDataInput } from "../../inputs/uploads";
import { SAVE_NEW_PATH, saveOnce } from "../../uploads/save";
import { BYNDER_REFERENCE } from "../../endpoints";

/** Named fields and Data merged; a field set both ways is refused rather than overridden. */
export function saveFields(
  named: Record<string, string | undefined>,
  data: Record<string, unknown> | undefined,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(named)) if (v !== undefined) fields[k] = v;
  const extra = data ? flattenFormData("Data", data) : undefined;
  return mergeWithData(
    "Data",
    fields,
    extra,
    () => "another input of this step sets: clear one.",
  ) as Record<string, string>;
}

export const saveANewAsset = action({
  display: {
    label: "Save a New Asset",
    description: `Save a completed (finalized and processed) upload as a new asset; a save is never sent twice, because a repeated save makes a duplicate asset. Bynder API: POST ${SAVE_NEW_PATH} (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    importId: importIdInput,
    brandId: { ...brandIdInput, comments: "Brand id to save the asset to (required by Bynder)." },
    name: assetNameInput,
    description: textInput({ label: "Description", comments: "Asset description." }),
    copyright: copyrightInput,
    data: saveDataInput,
  },
  examplePayload: { data: saveExample },
  perform: async (
    context,
    { connection, importId, brandId, name, description, copyright, data },
  ) => {
    const fields = saveFields({ brandId, name, description, copyright }, data);
    const client = clientFor(connection, context);
    const saved = await saveOnce(
      client,
      { path: SAVE_NEW_PATH, pathParams: { importId }, fields },
      importId,
    );
    return { data: saved };
  },
});
