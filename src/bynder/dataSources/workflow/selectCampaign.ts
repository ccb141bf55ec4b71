import type { Campaign } from "../../examplePayloads/campaigns";
import { picklist } from "../picklist";
import { CAMPAIGNS_PATH } from "../../endpoints";

export const selectCampaign = picklist({
  label: "Select Campaign",
  description: "Pick a workflow campaign by name and key (closed campaigns are marked).",
  // Bynder returns every campaign in one unpaginated list.
  maxRequests: 1,
  order: "label",
  more: { noun: "campaigns" },
  items: async (client) => {
    const { data } = await client.request<Campaign[]>({
      method: "GET",
      path: CAMPAIGNS_PATH,
    });
    return { items: Array.isArray(data) ? data : [], complete: true };
  },
  element: (c) => ({
    key: c.ID,
    label: `${c.name?.trim() || c.ID}${c.key ? ` [${c.key}]` : ""}${c.closed ? " (closed)" : ""}`,
  }),
  example: [{ key: "3F9A1C7E-5B2D-4E8F-A06B-1C2D3E4F5A6B", label: "Spring launch 2026 [SPR6]" }],
});
