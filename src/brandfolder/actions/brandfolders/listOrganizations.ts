import { organizationsExample } from "../../examplePayloads/brandfolders";
import { operationDoc, ORGANIZATIONS_PATH } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import {
  fetchAllListInput,
  maxOrganizationsInput,
  metaListPagination,
} from "../../inputs/structure";
import { listResult } from "../assets/pageResult";
import { brandfolderAction } from "../../vendor";

export const listOrganizations = brandfolderAction({
  label: "List Organizations",
  description: "List the organizations the connection's user belongs to.",
  docsUrl: operationDoc("organizations", "opIdApiV4OrganizationsGet"),
  inputs: {
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxOrganizationsInput,
  },
  method: "GET",
  path: ORGANIZATIONS_PATH,
  query: { page: "page", per: "per" },
  pagination: metaListPagination("organizations"),
  result: listResult,
  examplePayload: { data: organizationsExample },
});
