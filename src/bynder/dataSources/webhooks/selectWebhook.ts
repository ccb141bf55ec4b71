import { listSubscriptions } from "../../webhooks/subscriptions";
import { picklist } from "../picklist";

export const selectWebhook = picklist({
  label: "Select Webhook",
  description:
    "Pick one of the portal's webhook configurations (at most 10) by its name and endpoint; needs the webhooks.config:read scope.",
  // One unpaged list of at most 10 configurations.
  maxRequests: 1,
  order: "label",
  more: { noun: "webhooks" },
  items: async (client) => ({ items: await listSubscriptions(client), complete: true }),
  element: (s) => ({
    key: s.id,
    label: s.name ? `${s.name} (${s.endpoint ?? s.protocol ?? s.id})` : (s.endpoint ?? s.id),
  }),
  example: [
    {
      key: "9b2f4c1e-6a3d-4e8b-b7c5-1d2e3f4a5b6c",
      label: "Prismatic: new assets (https://hooks.example.com/bynder)",
    },
  ],
});
