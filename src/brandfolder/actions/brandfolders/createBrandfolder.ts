import { brandfolderGetExample } from "../../examplePayloads/brandfolders";
import { operationDoc, ORGANIZATION_BRANDFOLDERS_PATH } from "../../endpoints";
import {
  brandfolderNameInput,
  organizationIdInput,
  privacyInput,
  slugInput,
  taglineInput,
} from "../../inputs/structure";
import { brandfolderAction } from "../../vendor";

export const createBrandfolder = brandfolderAction({
  label: "Create Brandfolder",
  description: "Create a Brandfolder in an organization (needs an admin of the organization).",
  docsUrl: operationDoc("brandfolders", "opIdApiV4OganizationsBrandfoldersByOrganizationIdPost"),
  inputs: {
    organizationId: organizationIdInput,
    name: brandfolderNameInput,
    privacy: privacyInput,
    slug: slugInput,
    tagline: taglineInput,
  },
  method: "POST",
  path: ORGANIZATION_BRANDFOLDERS_PATH,
  body: {
    data: (p) => ({
      attributes: { name: p.name, privacy: p.privacy, slug: p.slug, tagline: p.tagline },
    }),
  },
  encoding: "json",
  examplePayload: { data: brandfolderGetExample },
});
