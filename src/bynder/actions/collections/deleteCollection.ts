import { collectionDeletedExample } from "../../examplePayloads/collections";
import { collectionIdInput } from "../../inputs/collections";
import { bynderAction } from "../bynderAction";

export const deleteCollection = bynderAction({
  label: "Delete Collection",
  description:
    "Delete a collection (its assets stay in the portal) and return {deleted: true, id} as confirmation.",
  inputs: { id: collectionIdInput("delete") },
  method: "DELETE",
  path: "/api/v4/collections/{id}/",
  // Bynder answers 204 with no body.
  result: (_data, p) => ({ deleted: true, id: p.id }),
  examplePayload: { data: collectionDeletedExample },
});
