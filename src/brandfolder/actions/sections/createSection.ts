import { sectionGetExample } from "../../examplePayloads/structure";
import { operationDoc, SECTIONS_PATH } from "../../endpoints";
import { brandfolderIdInput } from "../../inputs/customFields";
import {
  defaultAssetTypeInput,
  sectionNameInput,
  sectionPositionInput,
} from "../../inputs/structure";
import { brandfolderAction } from "../../vendor";

export const createSection = brandfolderAction({
  label: "Create Section",
  description: "Create a section in a Brandfolder (needs an admin of the Brandfolder).",
  docsUrl: operationDoc("sections", "opIdApiV4BrandfoldersSectionsByBrandfolderIdPost"),
  inputs: {
    brandfolderId: brandfolderIdInput,
    name: sectionNameInput,
    defaultAssetType: defaultAssetTypeInput,
    position: sectionPositionInput,
  },
  method: "POST",
  path: SECTIONS_PATH,
  body: {
    data: (p) => ({
      attributes: {
        name: p.name,
        default_asset_type: p.defaultAssetType,
        position: p.position,
      },
    }),
  },
  encoding: "json",
  examplePayload: { data: sectionGetExample },
});
