import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { saveExample } from "../../examplePayloads/uploads";
import { labelledAssetIdInput } from "../../inputs/assets";
import { connectionInput } from "../../inputs/common";
import { importIdInput } from "../../inputs/uploads";
import { SAVE_VERSION_PATH, saveOnce } from "../../uploads/save";
import { BYNDER_REFERENCE } from "../../endpoints";

export const saveAsANewAssetVersion = action({
  display: {
    label: "Save as a New Asset Version",
    description: `Save a completed upload as a new version of an existing asset; a save is never sent twice, because a repeated save makes a duplicate version. Bynder API: POST ${SAVE_VERSION_PATH} (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    assetId: {
      ...labelledAssetIdInput,
      comments: "Asset id for which to save the new version. Pick it from the list or map it.",
    },
    importId: importIdInput,
  },
  examplePayload: { data: saveExample },
  perform: async (context, { connection, assetId, importId }) => {
    const client = clientFor(connection, context);
    const saved = await saveOnce(
      client,
      { path: SAVE_VERSION_PATH, pathParams: { assetId, importId }, fields: {} },
      importId,
    );
    return { data: saved };
  },
});
