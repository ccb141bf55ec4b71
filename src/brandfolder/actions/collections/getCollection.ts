import { collectionGetExample } from "../../examplePayloads/assets";
import { COLLECTION_PATH, operationDoc } from "../../endpoints";
import { collectionIdInput } from "../../inputs/assets";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const getCollection = brandfolderAction({
  label: "Get Collection",
  description: "Get one collection by its ID.",
  docsUrl: operationDoc("collections", "opIdApiV4CollectionsByIdGet"),
  inputs: { collectionId: collectionIdInput },
  method: "GET",
  path: COLLECTION_PATH,
  result: resolveIncluded,
  examplePayload: { data: collectionGetExample },
});
