import { securityProfileExample } from "../../examplePayloads/securityProfiles";
import { securityProfileIdInput } from "../../inputs/securityProfiles";
import { bynderAction } from "../bynderAction";

export const getSecurityProfile = bynderAction({
  label: "Get Security Profile",
  description:
    "Retrieve one security profile with its roles (your own profile needs no PERMISSIONMANAGEMENT role).",
  inputs: { id: securityProfileIdInput },
  method: "GET",
  path: "/api/v4/profiles/{id}/",
  examplePayload: { data: securityProfileExample },
});
