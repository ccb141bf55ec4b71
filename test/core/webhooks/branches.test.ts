import type { ActionContext, TriggerPayload } from "@prismatic-io/spectral";
import { triggerExample } from "../../../src/bynder/triggers/triggerExample";
import {
  DELIVERY_BRANCHES,
  flowWebhookUrl,
  receiveWebhook,
  WebhookRejection,
} from "../../../src/core/webhooks/branches";
import { installFakeClock } from "../http/fakeClock";
import { recordingLogger } from "../../helpers/context";

/** The shared Rejected and Duplicate branches, used the way another vendor's trigger would. */
const payload = triggerExample({}) as TriggerPayload;
const options = { label: "Other Vendor Events", stateKey: "deliveries" };

function context() {
  const { logger, lines } = recordingLogger();
  return { ctx: { instanceState: {} as Record<string, unknown>, logger }, lines };
}

let clock: ReturnType<typeof installFakeClock>;
beforeEach(() => (clock = installFakeClock()));
afterEach(() => clock.restore());

describe("webhook delivery branches (vendor-neutral)", () => {
  it("names its two branches", () => {
    expect(DELIVERY_BRANCHES).toEqual(["Rejected", "Duplicate"]);
  });

  it("answers 400 on Rejected for a rejection, logging the reason, and rethrows anything else", async () => {
    const { ctx, lines } = context();
    const r = await receiveWebhook(ctx, payload, options, async () => {
      throw new WebhookRejection("the signature does not match.");
    });
    const reason = "Other Vendor Events rejected the request: the signature does not match.";
    expect(r).toMatchObject({
      branch: "Rejected",
      response: { statusCode: 400, body: reason },
      payload: { body: { data: { rejected: true, reason } } },
    });
    expect(lines).toEqual([`warn ${reason}`]);
    await expect(
      receiveWebhook(ctx, payload, options, async () => {
        throw new TypeError("a bug");
      }),
    ).rejects.toThrow("a bug");
  });

  it("answers a rejection with the status the trigger chose (401 forged, 200 not to be retried)", async () => {
    for (const statusCode of [401, 200]) {
      const { ctx } = context();
      const r = await receiveWebhook(ctx, payload, options, async () => {
        throw new WebhookRejection("the secret is missing.", { statusCode });
      });
      expect(r).toMatchObject({ branch: "Rejected", response: { statusCode } });
    }
  });

  it("sends a repeated delivery id to Duplicate (200) and keeps the ids in instance state", async () => {
    const { ctx } = context();
    const handle = async (d: Parameters<Parameters<typeof receiveWebhook>[3]>[0]) =>
      d.duplicate("evt-1", { kind: "created" }) ?? d.accept("Event", { id: "evt-1" }, "ok");
    const first = await receiveWebhook(ctx, payload, options, handle);
    const second = await receiveWebhook(ctx, payload, options, handle);
    expect(first).toMatchObject({ branch: "Event", response: { statusCode: 200, body: "ok" } });
    expect(second).toMatchObject({
      branch: "Duplicate",
      response: { statusCode: 200 },
      payload: {
        body: {
          data: {
            duplicate: true,
            deliveryId: "evt-1",
            firstSeenAt: new Date(clock.start).toISOString(),
            kind: "created",
          },
        },
      },
    });
    expect(ctx.instanceState.deliveries).toEqual([["evt-1", clock.start]]);
    expect(second.instanceState).toBe(ctx.instanceState);
  });
});

describe("the flow's webhook URL", () => {
  const flowContext = (webhookUrls: Record<string, string>) =>
    ({ flow: { id: "f1", name: "Sync" }, webhookUrls }) as unknown as ActionContext;

  it("is the URL Prismatic gave the trigger's own flow", () => {
    const url = "https://hooks.example.com/trigger/abc";
    expect(flowWebhookUrl(flowContext({ Other: "x", Sync: url }), "Asset Events")).toBe(url);
  });

  it("fails by the trigger's name and the flow's when the flow has none", () => {
    expect(() => flowWebhookUrl(flowContext({ Other: "x" }), "Asset Events")).toThrow(
      'Asset Events: flow "Sync" has no webhook URL.',
    );
  });
});
