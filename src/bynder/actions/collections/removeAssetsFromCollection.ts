import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { collectionAssetsRemovedExample } from "../../examplePayloads/collections";
import { collectionAssetIdsInput, collectionIdInput } from "../../inputs/collections";
import { connectionInput } from "../../inputs/common";
import { BYNDER_REFERENCE } from "../../endpoints";

const PATH = "/api/v4/collections/{id}/media/";
/** IDs per request: 50 asset IDs keep the query under ~2 KB, well inside every proxy's URL limit. */
export const REMOVE_BATCH_SIZE = 50;

export const removeAssetsFromCollection = action({
  display: {
    label: "Remove Assets From Collection",
    description: `Remove one or more assets from a collection (the assets themselves stay in the portal); long lists are sent in batches of ${REMOVE_BATCH_SIZE}. Bynder API: DELETE ${PATH}?deleteIds=… (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    id: collectionIdInput("remove the assets from"),
    assetIds: collectionAssetIdsInput,
  },
  examplePayload: { data: collectionAssetsRemovedExample },
  perform: async (context, { connection, id, assetIds }) => {
    const ids = [...new Set(assetIds as string[])];
    const client = clientFor(connection, context);
    let requests = 0;
    for (let i = 0; i < ids.length; i += REMOVE_BATCH_SIZE) {
      await client.request({
        method: "DELETE",
        path: PATH,
        pathParams: { id },
        query: { deleteIds: ids.slice(i, i + REMOVE_BATCH_SIZE) },
      });
      requests++;
    }
    return { data: { removed: true, collectionId: id, assetIds: ids, requests } };
  },
});
