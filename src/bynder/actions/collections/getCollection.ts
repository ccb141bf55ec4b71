import { type Collection, collectionExample } from "../../examplePayloads/collections";
import { collectionIdInput } from "../../inputs/collections";
import { bynderAction } from "../bynderAction";

export const getCollection = bynderAction({
  label: "Get Collection",
  description:
    'Retrieve one collection with its name, description, owner, view count and dates (Bynder\'s dates here look like "March, 08 2017 14:17:37 +0000", not ISO 8601).',
  inputs: { id: collectionIdInput("retrieve") },
  method: "GET",
  path: "/api/v4/collections/{id}/",
  // Bynder's answer may lack the ID; later steps need it.
  result: (data, p) => ({ id: p.id, ...(data as object) }) as Collection,
  examplePayload: { data: collectionExample },
});
