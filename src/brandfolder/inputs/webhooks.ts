import { LOOPBACK_HOSTS } from "../../core/http/connectionHost";
import { InputError } from "../../core/inputs/clean";
import {
  choiceInput,
  idInput,
  optionalIdInput,
  requiredTextInput,
} from "../../core/inputs/factories";
import { ORGANIZATION_ID } from "../examplePayloads/brandfolders";
import { ASSET_ID } from "../examplePayloads/customFields";
import { CALLBACK_URL, WEBHOOK_ID } from "../examplePayloads/webhooks";

/** The events Brandfolder sends; one subscription covers exactly one of them. */
export const WEBHOOK_EVENTS = ["asset.create", "asset.update", "asset.delete"] as const;

export const webhookIdInput = (comments: string) =>
  idInput({
    label: "Webhook ID",
    comments: `${comments} Pick one from the list or map it from an earlier step.`,
    dataSource: "selectWebhook",
    example: WEBHOOK_ID,
  });

export const eventTypeInput = (comments: string) =>
  choiceInput({
    label: "Event Type",
    comments: `${comments} asset.create: an asset was added (an asset.update follows once it is processed); asset.update: its name, description, section, approval, expiration, comments, tags or custom fields changed; asset.delete: it was removed.`,
    options: WEBHOOK_EVENTS.map((value) => ({ label: value, value })),
    required: true,
    default: "asset.create",
    example: "asset.create",
  });

export const callbackUrlInput = (comments: string) =>
  requiredTextInput({
    label: "Callback URL",
    comments: `${comments} It must be a public https:// address that answers 2xx at once; Brandfolder signs nothing, so put a secret of your own in its query string if the receiver checks one.`,
    example: CALLBACK_URL,
  });

/**
 * Refuses a callback Brandfolder could never deliver to (it posts to https only), before any
 * request; plain http only on this machine, as the connection's API Host allows, for testing.
 * The value is not echoed: its query may carry the receiver's secret.
 */
export function checkCallbackUrl(value: string): void {
  const fail = (problem: string): never => {
    throw new InputError("Callback URL", problem);
  };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return fail("is not a URL: give an https:// address, e.g. https://hooks.example.com/assets.");
  }
  if (url.protocol === "http:" && LOOPBACK_HOSTS.test(url.hostname)) return;
  if (url.protocol !== "https:")
    fail(
      `must be an https:// URL (got ${url.protocol}//…): Brandfolder delivers to public HTTPS addresses only.`,
    );
  if (!url.hostname) fail("is an https:// URL without a host name.");
  if (url.username || url.password)
    fail("must not contain a user name or password: Brandfolder cannot sign in to it.");
}

/** The subscription a webhook request names: one event type of one Brandfolder, to one URL. */
export const subscriptionAttributes = (p: {
  // A required choice: the input's clean refuses a blank before this is built.
  eventType?: string;
  brandfolderId: string;
  callbackUrl: string;
}) => ({
  event_type: p.eventType,
  resource_type: "brandfolder",
  resource_key: p.brandfolderId,
  callback_url: p.callbackUrl,
});

export const testAssetIdInput = optionalIdInput({
  label: "Asset ID",
  comments: "The asset the test event names (its asset_key); blank leaves it to Brandfolder.",
  dataSource: "selectAsset",
  example: ASSET_ID,
});

export const testOrganizationIdInput = optionalIdInput({
  label: "Organization ID",
  comments:
    "The organization the test event names (its organization_key); blank leaves it to Brandfolder.",
  dataSource: "selectOrganization",
  example: ORGANIZATION_ID,
});
