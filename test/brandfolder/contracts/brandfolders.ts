import {
  brandfolderExample,
  brandfolderGetExample,
  organizationExample,
} from "../../../src/brandfolder/examplePayloads/brandfolders";
import type { Contracts } from "./types";

const BF = brandfolderExample.id;
const meta = { current_page: 2, next_page: 3, prev_page: 1, total_pages: 3, total_count: 250 };

export const brandfoldersContracts: Contracts = {
  listOrganizations: {
    inputs: { page: "2", per: "100" },
    requests: [
      {
        method: "GET",
        path: "/api/v4/organizations",
        query: { page: "2", per: "100" },
        reply: { body: { data: [organizationExample], meta } },
      },
    ],
    expected: { data: [organizationExample], meta },
  },
  listBrandfolders: {
    inputs: { includeOrganization: "true" },
    requests: [
      {
        method: "GET",
        path: "/api/v4/brandfolders",
        query: { include: "organization" },
        // Brandfolder's raw document: the example payload is this with `related` resolved.
        reply: {
          body: {
            data: [brandfolderExample],
            included: [organizationExample],
            meta: {
              ...meta,
              current_page: 1,
              next_page: null,
              prev_page: null,
              total_pages: 1,
              total_count: 1,
            },
          },
        },
      },
    ],
  },
  getBrandfolder: {
    inputs: { brandfolderId: ` ${BF} `, includeOrganization: "false" },
    requests: [
      { method: "GET", path: `/api/v4/brandfolders/${BF}`, reply: { body: brandfolderGetExample } },
    ],
  },
};
