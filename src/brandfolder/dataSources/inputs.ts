import { input } from "@prismatic-io/spectral";
import { InputError, optionalId } from "../../core/inputs/clean";
import { optionalIdInput, textInput } from "../../core/inputs/factories";
import { withKind } from "../../core/inputs/kinds";
import { ORGANIZATION_ID } from "../examplePayloads/brandfolders";
import { BRANDFOLDER_ID } from "../examplePayloads/customFields";

const BRANDFOLDER = "Brandfolder ID";

/** The Brandfolder a dropdown lists the `whose` of: required, refused blank before any request. */
export function parentBrandfolderInput(whose: string) {
  return input({
    label: BRANDFOLDER,
    type: "string",
    required: true,
    comments: `The Brandfolder whose ${whose} to list. Pick one from the list or type its ID.`,
    dataSource: "selectBrandfolder",
    example: BRANDFOLDER_ID,
    clean: withKind({ kind: "id" }, (v: unknown) => {
      const id = optionalId(BRANDFOLDER, v);
      if (id === undefined)
        throw new InputError(
          BRANDFOLDER,
          `is required: choose the Brandfolder first, then its ${whose} are listed.`,
        );
      return id;
    }),
  });
}

export const optionalParentBrandfolderInput = optionalIdInput({
  label: BRANDFOLDER,
  comments:
    "Only the collections of this Brandfolder. Leave blank to list every collection the connection's user can see.",
  dataSource: "selectBrandfolder",
  example: BRANDFOLDER_ID,
});

export const optionalOrganizationInput = optionalIdInput({
  label: "Organization ID",
  comments:
    "Only the Brandfolders of this organization. Leave blank to list every Brandfolder the connection's user can see.",
  dataSource: "selectOrganization",
  example: ORGANIZATION_ID,
});

export const assetSearchInput = textInput({
  label: "Search",
  comments:
    'Brandfolder search text to find the asset by, e.g. "logo", "extension:png" or "tags:spring". Leave blank for the first 100 assets.',
  example: "logo",
});
