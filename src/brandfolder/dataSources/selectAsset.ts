import { PARENT_ASSETS_PATH } from "../endpoints";
import { ASSET_ID } from "../examplePayloads/customFields";
import { assetSearchInput, parentBrandfolderInput } from "./inputs";
import { metaPages, nameOf, picklist, type Resource } from "./picklist";

export const selectAsset = picklist({
  label: "Select Asset",
  description:
    "Pick an asset of the chosen Brandfolder: the first page of 100, or of those matching the Search (reads 1 page).",
  inputs: { brandfolderId: parentBrandfolderInput("assets"), search: assetSearchInput },
  // A Brandfolder can hold millions of assets: one page, and Search narrows it.
  maxRequests: 1,
  order: "api",
  more: { noun: "assets", hint: "type a Search or the ID" },
  reading: (p) =>
    `the assets of Brandfolder ID "${p.brandfolderId}"${p.search ? ` matching the Search` : ""}`,
  load: (client, p, maxRequests) =>
    metaPages<Resource>(
      client,
      {
        path: PARENT_ASSETS_PATH,
        pathParams: { parent: "brandfolders", parentId: p.brandfolderId },
        query: { search: p.search },
      },
      maxRequests,
    ),
  element: (a) => ({ key: a.id, label: nameOf(a) }),
  example: [{ key: ASSET_ID, label: "Acme logo" }],
});
