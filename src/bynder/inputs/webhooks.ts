import { WEBHOOK_EVENTS } from "../webhooks/subscriptions";
import { InputError } from "../../core/inputs/clean";
import {
  booleanInput,
  choiceInput,
  idInput,
  integerInput,
  requiredTextInput,
  textInput,
  valueListInput,
} from "../../core/inputs/factories";

export const WEBHOOK_ID_EXAMPLE = "9b2f4c1e-6a3d-4e8b-b7c5-1d2e3f4a5b6c";
const SCOPES_NOTE =
  "Webhook configurations need the webhooks.config:read and webhooks.config:write scopes (not among the connection's default scopes) and the Manage Webhooks configurations role.";

export const webhookIdInput = (comments: string) =>
  idInput({
    label: "Webhook ID",
    comments: `${comments} Pick one from the list or map it from an earlier step.`,
    dataSource: "selectWebhook",
    example: WEBHOOK_ID_EXAMPLE,
  });

export const EVENT_MODEL = WEBHOOK_EVENTS.map((value) => ({ label: value, value }));

/** A multi-select of Bynder's webhook events. */
export function eventsInput(o: { required: boolean; comments: string }) {
  return valueListInput({
    label: "Events",
    comments: `${o.comments} One event per row, e.g. asset_bank.media.create.`,
    items: "text",
    values: WEBHOOK_EVENTS,
    required: o.required,
    example: "asset_bank.media.create",
    model: EVENT_MODEL,
  });
}

export const webhookNameInput = requiredTextInput({
  label: "Name",
  comments: `A name for the webhook configuration, shown in Bynder's Webhooks settings. ${SCOPES_NOTE}`,
  example: "Prismatic: new assets",
});

export const newWebhookNameInput = textInput({
  label: "Name",
  comments: "A new name for the webhook configuration. Leave blank to keep the current name.",
  example: "Prismatic: new assets",
});

export const endpointInput = requiredTextInput({
  label: "Endpoint",
  comments:
    "Where Bynder (through Amazon SNS) delivers the notifications: an HTTPS URL, an email address or an SQS queue ARN, matching Protocol (checked before Bynder is called; SQS takes a standard queue's ARN). An HTTPS endpoint must confirm SNS's subscription (the Asset Events trigger does this for you).",
  example: "https://hooks.example.com/bynder",
});

// Protocol names as Amazon SNS spells them, upper-cased the way Bynder shows them (not documented).
export const protocolInput = choiceInput({
  label: "Protocol",
  comments: "How SNS delivers to the Endpoint. SQS takes standard queues only (no FIFO).",
  options: [
    { label: "HTTPS", value: "HTTPS" },
    { label: "Email", value: "EMAIL" },
    { label: "Email (JSON)", value: "EMAIL-JSON" },
    { label: "SQS", value: "SQS" },
  ],
  required: true,
  default: "HTTPS",
});

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:.]+$/;
const SQS_ARN =
  /^arn:aws(?:-[a-z]+)*:sqs:[a-z]{2}(?:-[a-z]+)+-\d:\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/;

/**
 * Refuses an Endpoint SNS could never deliver to with the chosen Protocol, before Bynder is called
 * (a subscription that can never confirm fails silently later). The value is not echoed: an HTTPS
 * endpoint may carry basic-auth credentials.
 */
export function checkEndpoint(protocol: string, endpoint: string): void {
  const fail = (problem: string) => {
    throw new InputError("Endpoint", problem);
  };
  const value = endpoint.trim();
  const kind = protocol.toUpperCase();
  if (kind === "HTTPS") {
    if (EMAIL.test(value))
      fail(
        'is an email address, but Protocol is HTTPS: choose Protocol "Email" or give an https:// URL.',
      );
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return fail(
        "is not a URL: Protocol HTTPS needs an https:// URL, e.g. https://hooks.example.com/bynder.",
      );
    }
    if (url.protocol !== "https:")
      fail(
        `must be an https:// URL for Protocol HTTPS (got ${url.protocol}//…): SNS delivers to HTTPS endpoints only.`,
      );
    if (!url.hostname) fail("is an https:// URL without a host name.");
    return;
  }
  if (kind === "EMAIL" || kind === "EMAIL-JSON") {
    if (!EMAIL.test(value))
      fail(
        `must be one email address for Protocol ${kind === "EMAIL" ? "Email" : "Email (JSON)"}, e.g. dam-team@acme.com${/^[a-z]+:\/\//i.test(value) ? " (got a URL: choose Protocol HTTPS for a URL)" : ""}.`,
      );
    return;
  }
  if (kind === "SQS") {
    const arn = SQS_ARN.exec(value);
    if (!arn)
      fail(
        `must be an SQS queue ARN for Protocol SQS, e.g. arn:aws:sqs:eu-west-1:123456789012:bynder-events${/^https?:\/\//i.test(value) ? " (got a URL: use the queue's ARN, shown in the SQS console, not its URL)" : ""}.`,
      );
    if (arn?.[1])
      fail(
        "is an SQS FIFO queue (.fifo): SNS delivers Bynder's notifications to standard queues only.",
      );
    return;
  }
  throw new InputError("Protocol", `"${protocol}" is not one of HTTPS, EMAIL, EMAIL-JSON or SQS.`);
}

export const preArchivedDaysInput = integerInput({
  label: "Pre-Archived Notification Days",
  comments:
    "For asset_bank.media.pre_archived: how many days before an asset's archive date the notification is sent. Leave blank for Bynder's default (or, when updating, to keep the current value).",
  min: 1,
  max: 365,
  example: "5",
});

export const webhookStatusInput = choiceInput({
  label: "Status",
  comments:
    "Turn the configuration on or off without deleting it. Leave blank to keep the current status.",
  options: [
    { label: "Active", value: "1" },
    { label: "Inactive", value: "0" },
  ],
});

export const verifySnsSignatureInput = booleanInput({
  label: "Verify SNS Signature",
  comments:
    "Check each request's Amazon SNS signature (with the certificate from an SNS host) and refuse unsigned or altered ones. Turn off only for testing.",
  default: "true",
});

export const fetchAssetInput = booleanInput({
  label: "Fetch Asset",
  comments:
    "After the delay, read the asset (or, for workflow.job.create, the job) the event is about and add it to the output; null when it no longer exists. Not done for asset_bank.media.deleted.",
  default: "true",
});

export const fetchDelaySecondsInput = integerInput({
  label: "Fetch Delay (Seconds)",
  comments:
    "How long to wait before Fetch Asset reads the asset: Bynder advises 3 to 5 seconds, so its API returns the change. At most 3 seconds are waited (less if the run is already slow), so the trigger still answers Amazon SNS within 5 seconds. Default: 3.",
  min: 0,
  max: 60,
  default: "3",
  example: "3",
});
