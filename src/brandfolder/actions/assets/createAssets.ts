import { assetsCreatedExample } from "../../examplePayloads/assets";
import { operationDoc, PARENT_ASSETS_PATH } from "../../endpoints";
import {
  approvedInput,
  assetDescriptionInput,
  assetNameInput,
  attachmentUrlsInput,
  createParentInput,
  moreAssetsInput,
  parentIdInput,
  sectionKeyInput,
} from "../../inputs/assets";
import { brandfolderAction } from "../../vendor";

export const createAssets = brandfolderAction({
  label: "Create Assets",
  description:
    "Create one or more assets in a section of a Brandfolder or Collection, attaching files Brandfolder downloads from public URLs.",
  docsUrl: operationDoc("assets", "opIdApiV4CollectionsAssetsByBrandfolderIdPost"),
  inputs: {
    parent: createParentInput,
    parentId: {
      ...parentIdInput,
      comments: "The ID of the Brandfolder or Collection chosen above.",
    },
    sectionId: sectionKeyInput,
    name: assetNameInput,
    description: assetDescriptionInput,
    approved: approvedInput,
    attachmentUrls: attachmentUrlsInput,
    moreAssets: moreAssetsInput,
  },
  method: "POST",
  path: PARENT_ASSETS_PATH,
  // `attributes` is a list: the asset from the inputs first, then More Assets as given.
  body: {
    data: (p) => ({
      attributes: [
        {
          name: p.name,
          description: p.description,
          approved: p.approved,
          attachments: p.attachmentUrls?.map((url) => ({ url })),
        },
        ...(p.moreAssets ?? []),
      ],
    }),
    section_key: "sectionId",
  },
  encoding: "json",
  examplePayload: { data: assetsCreatedExample },
});
