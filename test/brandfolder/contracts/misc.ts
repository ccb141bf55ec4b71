import {
  brandfolderExample,
  brandfolderGetExample,
} from "../../../src/brandfolder/examplePayloads/brandfolders";
import type { Contracts } from "./types";

export const miscContracts: Contracts = {
  // Free-form: the contract is what the user asked for, still checked against the OpenAPI.
  rawRequest: {
    inputs: {
      url: `/api/v4/brandfolders/${brandfolderExample.id}`,
      method: "PUT",
      data: '{"data": {"attributes": {"name": "Acme Marketing"}}}',
    },
    requests: [
      {
        method: "PUT",
        path: `/api/v4/brandfolders/${brandfolderExample.id}`,
        body: { data: { attributes: { name: "Acme Marketing" } } },
        reply: { body: brandfolderGetExample },
      },
    ],
  },
};
