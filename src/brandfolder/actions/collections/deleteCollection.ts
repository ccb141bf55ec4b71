import { COLLECTION_ID } from "../../examplePayloads/assets";
import { COLLECTION_PATH, operationDoc } from "../../endpoints";
import { collectionIdInput } from "../../inputs/assets";
import { deleted } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const deleteCollection = brandfolderAction({
  label: "Delete Collection",
  description: "Delete a collection; its assets stay in their Brandfolder.",
  docsUrl: operationDoc("collections", "opIdApiV4CollectionsByIdDelete"),
  inputs: { collectionId: collectionIdInput },
  method: "DELETE",
  path: COLLECTION_PATH,
  // Brandfolder answers `{}`: confirm what was deleted instead.
  result: (_data, p) => deleted(p.collectionId),
  examplePayload: { data: deleted(COLLECTION_ID) },
});
