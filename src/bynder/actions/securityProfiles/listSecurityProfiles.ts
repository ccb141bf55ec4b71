import { securityProfileListExample } from "../../examplePayloads/securityProfiles";
import { bynderAction } from "../bynderAction";
import { PROFILES_PATH } from "../../endpoints";

export const listSecurityProfiles = bynderAction({
  label: "List Security Profiles",
  description: "List every security profile of the portal with its roles.",
  inputs: {},
  method: "GET",
  path: PROFILES_PATH,
  examplePayload: { data: securityProfileListExample },
});
