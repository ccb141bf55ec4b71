import nock from "nock";
import component from "../../../src/bynder";
import { clock as processClock } from "../../../src/core/http/clock";
import { assetExample } from "../../../src/bynder/examplePayloads/assets";
import { DEDUPE_LIMITS } from "../../../src/core/webhooks/dedupe";
import { installFakeClock } from "../../core/http/fakeClock";
import { PORTAL } from "../../helpers/connections";
import {
  ASSET,
  freshComponent,
  certificate,
  deliver,
  expectRejected,
  signer,
  TOPIC,
} from "./snsDelivery";

/** Redeliveries (Duplicate branch, bounded memory) and notifications without an SNS Subject. */
const MEDIA = `/api/v4/media/${ASSET}/`;
let clock: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  freshComponent();
  clock = installFakeClock();
});
afterEach(() => clock.restore());

describe("Asset Events: a redelivered MessageId goes to Duplicate", () => {
  it("lists Rejected and Duplicate after its own branches, the main path still named Notification", () => {
    const triggers = (component as unknown as { triggers: Record<string, unknown> }).triggers;
    expect((triggers.assetEvents as { staticBranchNames?: string[] }).staticBranchNames).toEqual([
      "Notification",
      "Subscription Confirmation",
      "Rejected",
      "Duplicate",
    ]);
  });

  it("runs the main path once and sends the redelivery to Duplicate, answered 200 without reading Bynder", async () => {
    certificate();
    const media = nock(PORTAL).get(MEDIA).once().reply(200, assetExample);
    const state: Record<string, unknown> = { bynderSnsTopicArn: TOPIC };
    const envelope = signer.notification(TOPIC, "asset_bank.media.create", { media_id: ASSET });
    const first = await deliver(envelope, {}, state).run;
    const sleeps = clock.sleeps.length;
    const again = await deliver(envelope, {}, state).run;
    expect(first.branch).toBe("Notification");
    expect(again).toMatchObject({
      branch: "Duplicate",
      status: 200,
      data: {
        duplicate: true,
        deliveryId: envelope.MessageId,
        firstSeenAt: new Date(clock.start).toISOString(),
        messageId: envelope.MessageId,
        eventType: "asset_bank.media.create",
      },
    });
    expect(again.data).not.toHaveProperty("asset");
    expect(clock.sleeps.length).toBe(sleeps);
    expect(media.isDone()).toBe(true);
  });

  it("keeps a bounded memory: the newest 1,000 ids for at most an hour", async () => {
    certificate();
    const old = Array.from({ length: DEDUPE_LIMITS.maxEntries }, (_, i) => [
      `old-${i}`,
      clock.start - 1000 + i,
    ]);
    const state: Record<string, unknown> = { bynderSnsTopicArn: TOPIC, snsMessageIds: old };
    const envelope = signer.notification(TOPIC, "asset_bank.media.create", { media_id: ASSET });
    await deliver(envelope, { fetchAsset: "false" }, state).run;
    const kept = state.snsMessageIds as [string, number][];
    expect(kept).toHaveLength(DEDUPE_LIMITS.maxEntries);
    expect(kept[0][0]).toBe("old-1");
    expect(kept.at(-1)?.[0]).toBe(envelope.MessageId);
    // An hour and a minute later every old id is forgotten, and the same id counts as new.
    await processClock().sleep(61 * 60_000);
    const later = await deliver(envelope, { fetchAsset: "false" }, state).run;
    expect(later.branch).toBe("Notification");
    expect(state.snsMessageIds).toEqual([[envelope.MessageId, clock.now()]]);
  });

  it("starts its memory over when the stored ids cannot be read, instead of failing", async () => {
    certificate();
    const state: Record<string, unknown> = { bynderSnsTopicArn: TOPIC, snsMessageIds: "garbage" };
    const envelope = signer.notification(TOPIC, "asset_bank.media.create", { media_id: ASSET });
    expect((await deliver(envelope, { fetchAsset: "false" }, state).run).branch).toBe(
      "Notification",
    );
    expect((await deliver(envelope, { fetchAsset: "false" }, state).run).branch).toBe("Duplicate");
  });

  it("does not remember the MessageId of a rejected request, so a forgery cannot hide the real message", async () => {
    certificate();
    const state: Record<string, unknown> = { bynderSnsTopicArn: TOPIC };
    const genuine = signer.notification(TOPIC, "asset_bank.media.create", { media_id: ASSET });
    const forged = { ...genuine, Message: JSON.stringify({ media_id: "other" }) };
    await expectRejected(deliver(forged, { fetchAsset: "false" }, state).run, /signature/);
    const r = await deliver(genuine, { fetchAsset: "false" }, state).run;
    expect(r.branch).toBe("Notification");
  });
});

describe("Asset Events: a notification without an SNS Subject", () => {
  const unnamed = (message: Record<string, unknown>) =>
    signer.sign({
      Type: "Notification",
      MessageId: `no-subject-${Math.random()}`,
      TopicArn: TOPIC,
      Message: JSON.stringify(message),
      Timestamp: "2026-03-10T14:02:12.000Z",
    });

  it("is verified without a Subject line and takes its event type from the message", async () => {
    certificate();
    nock(PORTAL).get(MEDIA).reply(200, assetExample);
    const envelope = unnamed({ eventType: "asset_bank.media.create", media_id: ASSET });
    expect(envelope).not.toHaveProperty("Subject");
    const r = await deliver(envelope, { fetchDelaySeconds: "0" }).run;
    expect(r.branch).toBe("Notification");
    expect(r.data).toMatchObject({ eventType: "asset_bank.media.create", asset: assetExample });
  });

  it("is rejected when its message names no event type either", async () => {
    certificate();
    await expectRejected(
      deliver(unnamed({ media_id: ASSET })).run,
      /the Bynder event names no event type/,
    );
  });

  it("reads nothing and waits nothing for an event without a readable record", async () => {
    certificate();
    const deleted = await deliver(unnamed({ event: "asset_bank.media.deleted", media_id: ASSET }))
      .run;
    const unknown = await deliver(unnamed({ type: "asset_bank.media.renamed", media_id: ASSET }))
      .run;
    const noId = await deliver(unnamed({ eventType: "asset_bank.media.create" })).run;
    for (const r of [deleted, unknown, noId]) {
      expect(r.branch).toBe("Notification");
      expect(r.data).not.toHaveProperty("asset");
      expect(r.data).not.toHaveProperty("assetError");
    }
    expect(clock.sleeps).toEqual([]);
  });
});
