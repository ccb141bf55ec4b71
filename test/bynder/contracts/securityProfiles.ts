import {
  securityProfileExample,
  securityProfileListExample,
} from "../../../src/bynder/examplePayloads/securityProfiles";
import type { Contracts } from "./types";

export const securityProfilesContracts: Contracts = {
  getSecurityProfile: {
    inputs: { id: securityProfileExample.id },
    requests: [
      {
        method: "GET",
        path: `/api/v4/profiles/${securityProfileExample.id}/`,
        reply: { body: securityProfileExample },
      },
    ],
  },
  listSecurityProfiles: {
    inputs: {},
    requests: [
      { method: "GET", path: "/api/v4/profiles/", reply: { body: securityProfileListExample } },
    ],
  },
};
