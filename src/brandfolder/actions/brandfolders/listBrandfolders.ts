import { brandfoldersExample } from "../../examplePayloads/brandfolders";
import { BRANDFOLDERS_PATH, operationDoc } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import { includeOrganizationInput } from "../../inputs/brandfolders";
import {
  fetchAllListInput,
  maxBrandfoldersInput,
  metaListPagination,
} from "../../inputs/structure";
import { listResult } from "../assets/pageResult";
import { brandfolderAction } from "../../vendor";

export const listBrandfolders = brandfolderAction({
  label: "List Brandfolders",
  description: "List every Brandfolder the connection's user can see, across organizations.",
  docsUrl: operationDoc("brandfolders", "list-brandfolders"),
  inputs: {
    includeOrganization: includeOrganizationInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxBrandfoldersInput,
  },
  method: "GET",
  path: BRANDFOLDERS_PATH,
  query: {
    include: (p) => (p.includeOrganization ? "organization" : undefined),
    page: "page",
    per: "per",
  },
  pagination: metaListPagination("Brandfolders"),
  result: listResult,
  examplePayload: { data: brandfoldersExample },
});
