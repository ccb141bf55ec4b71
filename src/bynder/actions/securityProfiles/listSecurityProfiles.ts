import { securityProfileListExample } from "../../examplePayloads/securityProfiles";
import { bynderAction } from "../bynderAction";

export const listSecurityProfiles = bynderAction({
  label: "List Security Profiles",
  description: "List every security profile of the portal with its roles.",
  inputs: {},
  method: "GET",
  path: "/api/v4/profiles/",
  examplePayload: { data: securityProfileListExample },
});
