import { collectionModifiedExample } from "../../examplePayloads/collections";
import {
  collectionIdInput,
  isPublicInput,
  newCollectionDescriptionInput,
  newCollectionNameInput,
} from "../../inputs/collections";
import { bynderAction } from "../bynderAction";

export const updateCollection = bynderAction({
  label: "Update Collection",
  description:
    "Edit a collection's name, description or visibility; inputs left blank (and Is Public left unchanged) keep their current value.",
  inputs: {
    id: collectionIdInput("update"),
    name: newCollectionNameInput,
    description: newCollectionDescriptionInput,
    isPublic: isPublicInput,
  },
  method: "POST",
  path: "/api/v4/collections/{id}/",
  encoding: "form",
  // isPublic is undefined (not sent) unless the user chose Yes or No.
  body: { name: "name", description: "description", isPublic: "isPublic" },
  examplePayload: { data: collectionModifiedExample },
});
