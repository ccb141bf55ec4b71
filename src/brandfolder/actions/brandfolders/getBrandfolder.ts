import { brandfolderGetExample } from "../../examplePayloads/brandfolders";
import { BRANDFOLDER_PATH, operationDoc } from "../../endpoints";
import { brandfolderIdInput } from "../../inputs/customFields";
import { includeOrganizationInput } from "../../inputs/brandfolders";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const getBrandfolder = brandfolderAction({
  label: "Get Brandfolder",
  description: "Get one Brandfolder by its ID.",
  docsUrl: operationDoc("brandfolders", "opIdApiV4BrandfoldersByIdGet"),
  inputs: { brandfolderId: brandfolderIdInput, includeOrganization: includeOrganizationInput },
  method: "GET",
  path: BRANDFOLDER_PATH,
  query: { include: (p) => (p.includeOrganization ? "organization" : undefined) },
  result: resolveIncluded,
  examplePayload: { data: brandfolderGetExample },
});
