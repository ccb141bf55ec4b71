import { collectionGetExample } from "../../examplePayloads/assets";
import { BRANDFOLDER_COLLECTIONS_PATH, operationDoc } from "../../endpoints";
import { collectionNameInput, slugInput, taglineInput } from "../../inputs/assets";
import { brandfolderIdInput } from "../../inputs/customFields";
import { brandfolderAction } from "../../vendor";

export const createCollection = brandfolderAction({
  label: "Create Collection",
  description: "Create a collection in a Brandfolder.",
  docsUrl: operationDoc("collections", "opIdApiV4BrandfoldersCollectionsByBrandfolderIdPost"),
  inputs: {
    brandfolderId: brandfolderIdInput,
    name: collectionNameInput,
    slug: slugInput,
    tagline: taglineInput,
  },
  method: "POST",
  path: BRANDFOLDER_COLLECTIONS_PATH,
  body: { data: (p) => ({ attributes: { name: p.name, slug: p.slug, tagline: p.tagline } }) },
  encoding: "json",
  examplePayload: { data: collectionGetExample },
});
