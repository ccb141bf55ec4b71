import { organizationGetExample } from "../../examplePayloads/structure";
import { operationDoc, ORGANIZATION_PATH } from "../../endpoints";
import { includeBrandfoldersInput, organizationIdInput } from "../../inputs/structure";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const getOrganization = brandfolderAction({
  label: "Get Organization",
  description: "Get one organization by its ID.",
  docsUrl: operationDoc("organizations", "opIdApiV4OrganizationsByIdGet"),
  inputs: { organizationId: organizationIdInput, includeBrandfolders: includeBrandfoldersInput },
  method: "GET",
  path: ORGANIZATION_PATH,
  query: { include: (p) => (p.includeBrandfolders ? "brandfolders" : undefined) },
  result: resolveIncluded,
  examplePayload: { data: organizationGetExample },
});
