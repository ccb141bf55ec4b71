import { BRANDFOLDER_COLLECTIONS_PATH, COLLECTIONS_PATH } from "../endpoints";
import { COLLECTION_ID } from "../examplePayloads/assets";
import { optionalParentBrandfolderInput } from "./inputs";
import { metaPages, nameOf, picklist, type Resource } from "./picklist";

const MAX_REQUESTS = 10;

export const selectCollection = picklist({
  label: "Select Collection",
  description: `Pick a collection by name, of the chosen Brandfolder or of every Brandfolder the user can see (reads at most ${MAX_REQUESTS} pages of 100).`,
  inputs: { brandfolderId: optionalParentBrandfolderInput },
  maxRequests: MAX_REQUESTS,
  order: "label",
  more: { noun: "collections", hint: "choose a Brandfolder ID first, or type the ID" },
  reading: (p) =>
    p.brandfolderId
      ? `the collections of Brandfolder ID "${p.brandfolderId}"`
      : "the collections of the connection's user",
  load: (client, p, maxRequests) =>
    metaPages<Resource>(
      client,
      p.brandfolderId
        ? { path: BRANDFOLDER_COLLECTIONS_PATH, pathParams: { brandfolderId: p.brandfolderId } }
        : { path: COLLECTIONS_PATH },
      maxRequests,
    ),
  element: (c) => ({ key: c.id, label: nameOf(c) }),
  example: [{ key: COLLECTION_ID, label: "Press Kit" }],
});
