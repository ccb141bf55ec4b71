import { brandfolderGetExample } from "../../examplePayloads/brandfolders";
import { BRANDFOLDER_PATH, operationDoc } from "../../endpoints";
import { InputError } from "../../../core/inputs/clean";
import { brandfolderIdInput } from "../../inputs/customFields";
import {
  optionalBrandfolderNameInput,
  privacyInput,
  slugInput,
  taglineInput,
} from "../../inputs/structure";
import { brandfolderAction } from "../../vendor";

export const updateBrandfolder = brandfolderAction({
  label: "Update Brandfolder",
  description:
    "Change a Brandfolder's name, privacy, slug or tagline; blank inputs stay as they are.",
  docsUrl: operationDoc("brandfolders", "opIdApiV4BrandfoldersByIdPut"),
  inputs: {
    brandfolderId: brandfolderIdInput,
    name: optionalBrandfolderNameInput,
    privacy: privacyInput,
    slug: slugInput,
    tagline: taglineInput,
  },
  validate: (p) => {
    if ([p.name, p.privacy, p.slug, p.tagline].every((v) => v === undefined))
      throw new InputError(
        "Name",
        "or Privacy, Slug or Tagline must be given: there is nothing to update.",
      );
  },
  method: "PUT",
  path: BRANDFOLDER_PATH,
  body: {
    data: (p) => ({
      attributes: { name: p.name, privacy: p.privacy, slug: p.slug, tagline: p.tagline },
    }),
  },
  encoding: "json",
  examplePayload: { data: brandfolderGetExample },
});
