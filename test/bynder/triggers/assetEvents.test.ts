import nock from "nock";
import { useClock } from "../../../src/core/http/clock";
import { assetExample } from "../../../src/bynder/examplePayloads/assets";
import { jobExample } from "../../../src/bynder/examplePayloads/jobs";
import { PERMANENT_TOKEN, PORTAL } from "../../helpers/connections";
import {
  ASSET,
  freshComponent,
  certificate,
  deliver,
  expectRejected,
  SNS,
  signer,
  TOPIC,
} from "./snsDelivery";

beforeEach(freshComponent);

describe("Asset Events: SNS handshake", () => {
  it("confirms a subscription by fetching its SubscribeURL without the Bynder token and pins the topic", async () => {
    certificate();
    const subscribe = `${SNS}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(TOPIC)}&Token=token-123`;
    let authorization: unknown = "not called";
    nock(SNS)
      .get("/")
      .query({ Action: "ConfirmSubscription", TopicArn: TOPIC, Token: "token-123" })
      .reply(function () {
        authorization = this.req.headers.authorization;
        return [200, "<ConfirmSubscriptionResponse/>"];
      });
    const state: Record<string, unknown> = {};
    const result = await deliver(signer.confirmation(TOPIC, subscribe), {}, state).run;
    expect(result).toMatchObject({ branch: "Subscription Confirmation", status: 200 });
    expect(result.data).toMatchObject({ type: "SubscriptionConfirmation", topicArn: TOPIC });
    expect(authorization).toBeUndefined();
    expect(JSON.stringify(state)).toContain(TOPIC);
  });

  it("refuses a SubscribeURL that is not on an SNS host, without fetching it", async () => {
    certificate();
    const envelope = signer.confirmation(TOPIC, "https://evil.example.com/confirm");
    await expectRejected(deliver(envelope).run, /SubscribeURL points at evil\.example\.com/);
  });

  it("refuses a certificate URL that is not on an SNS host", async () => {
    const envelope = {
      ...signer.confirmation(TOPIC, `${SNS}/x`),
      SigningCertURL: "https://sns.evil.com/c.pem",
    };
    await expectRejected(deliver(envelope).run, /not an Amazon SNS host/);
  });
});

describe("Asset Events: notifications", () => {
  it("parses a SignatureVersion 2 notification, waits the delay on the injectable clock and fetches the asset", async () => {
    certificate();
    const slept: number[] = [];
    const restore = useClock({ sleep: async (ms) => void slept.push(ms) });
    let auth: unknown;
    nock(PORTAL)
      .get(`/api/v4/media/${ASSET}/`)
      .reply(function () {
        auth = this.req.headers.authorization;
        return [200, assetExample];
      });
    try {
      const envelope = signer.notification(
        TOPIC,
        "asset_bank.media.create",
        { media_id: ASSET, timestamp: "2026-03-10T14:02:11Z" },
        "2",
      );
      const result = await deliver(envelope, {}, { bynderSnsTopicArn: TOPIC }).run;
      expect(result.branch).toBe("Notification");
      expect(result.data).toEqual({
        eventType: "asset_bank.media.create",
        assetId: ASSET,
        timestamp: "2026-03-10T14:02:11Z",
        messageId: envelope.MessageId,
        raw: { media_id: ASSET, timestamp: "2026-03-10T14:02:11Z" },
        asset: assetExample,
        assetError: null,
      });
      expect(slept).toEqual([3000]);
      expect(auth).toBe(`Bearer ${PERMANENT_TOKEN}`);
    } finally {
      restore();
    }
  });

  it("makes no Bynder request with Fetch Asset off, nor for a deleted asset", async () => {
    certificate();
    const off = await deliver(
      signer.notification(TOPIC, "asset_bank.media.create", { media_id: ASSET }),
      { fetchAsset: "false" },
    ).run;
    expect(off.data).not.toHaveProperty("asset");
    const deleted = await deliver(
      signer.notification(TOPIC, "asset_bank.media.deleted", { media_id: ASSET }),
      { fetchDelaySeconds: "0" },
    ).run;
    expect(deleted.data).toMatchObject({ eventType: "asset_bank.media.deleted", assetId: ASSET });
    expect(deleted.data).not.toHaveProperty("asset");
  });

  it("gives asset null when the asset is gone, and fetches the job for workflow.job.create", async () => {
    certificate();
    nock(PORTAL).get(`/api/v4/media/${ASSET}/`).reply(404, { message: "Not found" });
    nock(PORTAL).get(`/api/workflow/jobs/${jobExample.id}`).reply(200, jobExample);
    const gone = await deliver(
      signer.notification(TOPIC, "asset_bank.media.meta_updated", { media_id: ASSET }),
      { fetchDelaySeconds: "0" },
    ).run;
    expect(gone.data.asset).toBeNull();
    const job = await deliver(
      signer.notification(TOPIC, "workflow.job.create", { media_id: jobExample.id }),
      { fetchDelaySeconds: "0" },
    ).run;
    expect(job.data.job).toEqual(jobExample);
  });

  it("passes an undocumented event on with a warning and no fetch", async () => {
    certificate();
    const { run, lines } = deliver(
      signer.notification(TOPIC, "asset_bank.media.renamed", { media_id: ASSET }),
      { fetchDelaySeconds: "0" },
    );
    expect((await run).data.eventType).toBe("asset_bank.media.renamed");
    expect(lines.join("\n")).toMatch(/warn .*asset_bank\.media\.renamed/);
  });

  it("refuses an altered message, a wrong signature version and another topic than the confirmed one", async () => {
    certificate();
    const good = signer.notification(TOPIC, "asset_bank.media.create", { media_id: ASSET });
    const altered = { ...good, Message: JSON.stringify({ media_id: "someone-else" }) };
    await expectRejected(deliver(altered, { fetchAsset: "false" }).run, /signature does not match/);
    await expectRejected(deliver({ ...good, SignatureVersion: "3" }).run, /SignatureVersion "3"/);
    const other = signer.notification("arn:aws:sns:eu-west-1:1:other", "asset_bank.media.create", {
      media_id: ASSET,
    });
    await expectRejected(
      deliver(other, { fetchAsset: "false" }, { bynderSnsTopicArn: TOPIC }).run,
      /not from arn:aws:sns:eu-west-1:123456789012:bynder-webhooks/,
    );
  });

  it("fetches the signing certificate once for many messages", async () => {
    certificate(1);
    for (let i = 0; i < 3; i++) {
      const r = await deliver(
        signer.notification(TOPIC, "asset_bank.media.create", { media_id: ASSET }),
        { fetchAsset: "false" },
      ).run;
      expect(r.branch).toBe("Notification");
    }
  });

  it("refuses bodies that are not JSON or not SNS, with a clear message", async () => {
    await expectRejected(
      deliver(undefined, {}, {}, "hello").run,
      /Asset Events rejected the request: the body is not JSON/,
    );
    await expectRejected(deliver({ hello: "world" }).run, /not an Amazon SNS message \(Type/);
    const notJsonMessage = signer.sign({
      Type: "Notification",
      MessageId: "m",
      TopicArn: TOPIC,
      Message: "oops",
      Timestamp: "t",
    });
    certificate();
    await expectRejected(deliver(notJsonMessage).run, /Message is not the JSON text/);
  });

  it("accepts unsigned messages only with Verify SNS Signature off", async () => {
    const unsigned = {
      Type: "Notification",
      MessageId: "m1",
      TopicArn: TOPIC,
      Message: JSON.stringify({ media_id: ASSET }),
      Subject: "asset_bank.media.create",
      Timestamp: "t",
    };
    await expectRejected(deliver(unsigned, { fetchAsset: "false" }).run, /SignatureVersion/);
    const r = await deliver(unsigned, { fetchAsset: "false", verifySnsSignature: "false" }).run;
    expect(r.data).toMatchObject({ eventType: "asset_bank.media.create", messageId: "m1" });
  });
});
