import { organizationGetExample } from "../../examplePayloads/structure";
import { operationDoc, ORGANIZATION_PATH } from "../../endpoints";
import { organizationIdInput } from "../../inputs/structure";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const getOrganization = brandfolderAction({
  label: "Get Organization",
  description: "Get one organization by its ID.",
  docsUrl: operationDoc("organizations", "opIdApiV4OrganizationsByIdGet"),
  inputs: { organizationId: organizationIdInput },
  method: "GET",
  path: ORGANIZATION_PATH,
  result: resolveIncluded,
  examplePayload: { data: organizationGetExample },
});
