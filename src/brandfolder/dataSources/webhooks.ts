import { WEBHOOKS_PATH } from "../endpoints";
import { WEBHOOK_ID } from "../examplePayloads/webhooks";
import { picklist } from "./picklist";

interface Subscription {
  id: string;
  attributes?: { event_type?: string; resource_key?: string; callback_url?: string };
}

/** A callback URL without its query: the Asset Events trigger keeps its secret there. */
export function shownCallback(url: string | undefined): string {
  if (!url) return "no callback URL";
  try {
    const { origin, pathname, search } = new URL(url);
    return `${origin}${pathname}${search ? "?…" : ""}`;
  } catch {
    return "an invalid callback URL";
  }
}

export const selectWebhook = picklist({
  label: "Select Webhook",
  description:
    "Pick one of the connection user's active webhook subscriptions by event type, callback URL and Brandfolder (reads 1 page).",
  // Brandfolder lists every subscription in one answer.
  maxRequests: 1,
  order: "label",
  more: { noun: "webhooks" },
  reading: () => "the webhook subscriptions of the connection's user",
  load: async (client) => {
    const { data } = await client.request<{ data?: Subscription[] }>({
      method: "GET",
      path: WEBHOOKS_PATH,
    });
    return { items: Array.isArray(data?.data) ? data.data : [], complete: true };
  },
  element: (s) => ({
    key: s.id,
    label: `${s.attributes?.event_type ?? "?"} → ${shownCallback(s.attributes?.callback_url)} (Brandfolder ${s.attributes?.resource_key ?? "?"})`,
  }),
  example: [
    {
      key: WEBHOOK_ID,
      label:
        "asset.create → https://hooks.example.com/brandfolder/assets (Brandfolder oqgiju-21olts-ce9egi)",
    },
  ],
});
