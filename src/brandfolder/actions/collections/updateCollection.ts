import { collectionGetExample } from "../../examplePayloads/assets";
import { COLLECTION_PATH, operationDoc } from "../../endpoints";
import { InputError } from "../../../core/inputs/clean";
import {
  collectionIdInput,
  optionalCollectionNameInput,
  slugInput,
  taglineInput,
} from "../../inputs/assets";
import { brandfolderAction } from "../../vendor";

export const updateCollection = brandfolderAction({
  label: "Update Collection",
  description: "Rename a collection or change its slug or tagline.",
  docsUrl: operationDoc("collections", "opIdApiV4CollectionsByIdPut"),
  inputs: {
    collectionId: collectionIdInput,
    name: optionalCollectionNameInput,
    slug: slugInput,
    tagline: taglineInput,
  },
  validate: (p) => {
    if (p.name === undefined && p.slug === undefined && p.tagline === undefined)
      throw new InputError("Name", "or Slug or Tagline must be given: there is nothing to update.");
  },
  method: "PUT",
  path: COLLECTION_PATH,
  body: { data: (p) => ({ attributes: { name: p.name, slug: p.slug, tagline: p.tagline } }) },
  encoding: "json",
  examplePayload: { data: collectionGetExample },
});
