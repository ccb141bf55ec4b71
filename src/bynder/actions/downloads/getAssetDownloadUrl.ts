import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { downloadLocationExample } from "../../examplePayloads/uploads";
import { labelledAssetIdInput } from "../../inputs/assets";
import { InputError } from "../../../core/inputs/clean";
import { connectionInput } from "../../inputs/common";
import { choiceInput } from "../../../core/inputs/factories";
import { optionalItemIdInput, versionInput } from "../../inputs/uploads";
import { downloadLocation } from "./downloadLocation";
import { BYNDER_REFERENCE } from "../../endpoints";

export function oneTarget(picked: Record<string, unknown>): void {
  const given = Object.entries(picked).filter(([, v]) => v !== undefined);
  if (given.length > 1)
    throw new InputError(
      given[0][0],
      `and "${given[1][0]}" cannot both be given: fill in only one of them.`,
    );
}

export const getAssetDownloadUrl = action({
  display: {
    label: "Get Asset Download URL",
    description: `Return the temporary download location of an asset's original, a given version or a given media item without fetching the bytes, for files too large for a step result. Bynder API: GET /api/v4/media/{id}/download/ (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    assetId: labelledAssetIdInput,
    version: versionInput,
    itemId: optionalItemIdInput,
    type: choiceInput({
      label: "File Type",
      comments:
        "Without Version or Item ID: the original, or the latest additional file. Default: original.",
      options: [
        { label: "original", value: "original" },
        { label: "additional", value: "additional" },
      ] as const,
    }),
  },
  examplePayload: { data: downloadLocationExample },
  perform: async (context, { connection, assetId, version, itemId, type }) => {
    oneTarget({ Version: version, "Item ID": itemId, "File Type": type });
    const client = clientFor(connection, context);
    const data = await downloadLocation(client, { assetId, version, itemId, type });
    return { data };
  },
});
