import type { SecurityProfile } from "../../examplePayloads/securityProfiles";
import { picklist } from "../picklist";
import { PROFILES_PATH } from "../../endpoints";

export const selectSecurityProfile = picklist({
  label: "Select Security Profile",
  description: "Pick a security profile by name.",
  // Bynder returns every profile in one unpaginated list.
  maxRequests: 1,
  order: "label",
  more: { noun: "security profiles" },
  items: async (client) => {
    const { data } = await client.request<SecurityProfile[]>({
      method: "GET",
      path: PROFILES_PATH,
    });
    return { items: Array.isArray(data) ? data : [], complete: true };
  },
  element: (profile) => ({ key: profile.id, label: profile.name?.trim() || profile.id }),
  example: [{ key: "3C1A5E7B-9D2F-4A6C-8E0B1D3F5A7C9E2B", label: "Marketing Editor" }],
});
