import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import { subscriptionsOf } from "../../../simulator/bynder/resources/webhooks";
import { bynderComponent } from "../../../src/bynder/component";
import { ANSWER_WITHIN_MS } from "../../../src/core/webhooks/answerBudget";
import { installFakeClock } from "../../core/http/fakeClock";
import { permanentConnection } from "../../helpers/connections";

/**
 * The Asset Events lifecycle against the simulator acting as Bynder and Amazon SNS. A loopback
 * server stands in for the flow's webhook URL: each POST SNS makes runs the trigger, and the
 * trigger's response goes back to SNS.
 */
let harness: ReturnType<typeof createHarness>;
let sim: Simulator;
let flow: Server;
let flowUrl: string;
const instanceState: Record<string, unknown> = {};
const runs: { branch?: string; data?: Record<string, unknown>; error?: string }[] = [];
let params: Record<string, unknown>;

beforeAll(async () => {
  sim = await startSimulator({ seedAssets: 3 });
  flow = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      try {
        const result = (await harness.trigger(
          "assetEvents",
          {
            headers: req.headers as Record<string, string>,
            rawBody: { data: body, contentType: req.headers["content-type"] },
            body: { data: body.toString(), contentType: req.headers["content-type"] },
          },
          params,
          { instanceState, webhookUrls: { "Flow 1": flowUrl } } as never,
        )) as {
          branch: string;
          payload: { body: { data: Record<string, unknown> } };
          response: { statusCode: number; body: string };
        };
        runs.push({ branch: result.branch, data: result.payload.body.data });
        res.writeHead(result.response.statusCode).end(result.response.body);
      } catch (error) {
        runs.push({ error: (error as Error).message });
        res.writeHead(400).end((error as Error).message);
      }
    });
  });
  await new Promise<void>((resolve) => flow.listen(0, "127.0.0.1", resolve));
  flowUrl = `http://127.0.0.1:${(flow.address() as AddressInfo).port}/trigger/flow-1`;
  params = {
    connection: permanentConnection(sim.url, sim.credentials.permanentToken),
    events: ["asset_bank.media.create", "asset_bank.media.deleted"],
    fetchDelaySeconds: "0",
  };
});

afterAll(async () => {
  await new Promise<void>((resolve) => flow.close(() => resolve()));
  await sim.close();
});

beforeEach(() => {
  runs.length = 0;
  // A new component (so no cached certificate) whose SNS is the simulator's loopback origin.
  harness = createHarness(bynderComponent({ snsTrust: (url) => url.origin === sim.url }));
});

const context = () => ({ instanceState, webhookUrls: { "Flow 1": flowUrl } }) as never;
const subscriptions = () => [...subscriptionsOf(sim.state).values()];

async function deploy() {
  const result = (await harness.triggerOnInstanceDeploy("assetEvents", params, context())) as {
    instanceState: Record<string, unknown>;
  };
  Object.assign(instanceState, result.instanceState);
}

describe("Asset Events against the simulated Bynder and SNS", () => {
  it("deploy creates one configuration, a redeploy reuses it", async () => {
    await deploy();
    await deploy();
    expect(subscriptions()).toHaveLength(1);
    expect(subscriptions()[0]).toMatchObject({
      endpoint: flowUrl,
      protocol: "HTTPS",
      confirmed: false,
    });
    expect(instanceState.bynderWebhookId).toBe(subscriptions()[0].id);
  });

  it("confirms SNS's subscription through its SubscribeURL, answering 200", async () => {
    const delivery = await sim.sns.confirm(subscriptions()[0].id);
    expect(delivery.status).toBe(200);
    expect(runs).toEqual([expect.objectContaining({ branch: "Subscription Confirmation" })]);
    expect(subscriptions()[0].confirmed).toBe(true);
    const confirm = sim.requests.find((r) => r.path === "/sns/confirm");
    expect(confirm?.headers.authorization).toBeUndefined();
  });

  it("delivers a notification with the asset fetched, and one without", async () => {
    const asset = [...sim.state.assets.values()][0];
    const [d] = await sim.sns.publish("asset_bank.media.create", { media_id: asset.id }, "2");
    expect(d.status).toBe(200);
    expect(runs[0].branch).toBe("Notification");
    expect(runs[0].data).toMatchObject({ eventType: "asset_bank.media.create", assetId: asset.id });
    expect((runs[0].data?.asset as { id: string }).id).toBe(asset.id);
    params = { ...params, fetchAsset: "false" };
    await sim.sns.publish("asset_bank.media.create", { media_id: asset.id });
    expect(runs[1].data).not.toHaveProperty("asset");
    params = { ...params, fetchAsset: "true" };
    // An event the configuration did not ask for is not delivered at all.
    expect(await sim.sns.publish("asset_bank.media.archived", { media_id: asset.id })).toEqual([]);
  });

  it("sends SNS's redelivery of a message to Duplicate, answered 200, and runs the main path once", async () => {
    const asset = [...sim.state.assets.values()][0];
    const [first] = await sim.sns.publish("asset_bank.media.create", { media_id: asset.id });
    const again = await sim.sns.redeliver(first.messageId);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.messageId).toBe(first.messageId);
    expect(runs.map((r) => r.branch)).toEqual(["Notification", "Duplicate"]);
    expect(runs[1].data).toMatchObject({ duplicate: true, messageId: first.messageId });
  });

  it("passes the event on with asset null when every asset read fails, answering SNS within 5 s", async () => {
    const asset = [...sim.state.assets.values()][0];
    sim.faults.add({ method: "GET", path: `/api/v4/media/${asset.id}/`, fault: "503", times: 10 });
    const clock = installFakeClock();
    params = { ...params, fetchDelaySeconds: "5" };
    try {
      const [d] = await sim.sns.publish("asset_bank.media.create", { media_id: asset.id });
      expect(d.status).toBe(200);
      expect(runs[0]).toMatchObject({
        branch: "Notification",
        data: { assetId: asset.id, asset: null, assetError: { status: 503, code: "unavailable" } },
      });
      // The delay asked for (5 s) is cut to 3 s and one quick retry follows: all on the fake clock.
      expect(clock.sleeps).toEqual([3000, 200]);
      expect(clock.elapsed()).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
    } finally {
      clock.restore();
      sim.faults.clear();
      params = { ...params, fetchDelaySeconds: "0" };
    }
  });

  it("verifies a notification that has no SNS Subject and names its event from the message", async () => {
    const asset = [...sim.state.assets.values()][2];
    const [d] = await sim.sns.publish("asset_bank.media.create", { media_id: asset.id }, "2", {
      subject: false,
    });
    expect(d.status).toBe(200);
    expect(runs[0]).toMatchObject({
      branch: "Notification",
      data: { eventType: "asset_bank.media.create", assetId: asset.id, asset: { id: asset.id } },
    });
  });

  it("rejects a tampered signature and malformed bodies", async () => {
    const post = (body: string, type?: string) =>
      fetch(flowUrl, {
        method: "POST",
        headers: {
          "content-type": "text/plain",
          ...(type ? { "x-amz-sns-message-type": type } : {}),
        },
        body,
      });
    // Capture a genuine envelope by publishing while the flow server records it.
    const asset = [...sim.state.assets.values()][1];
    const original = flow.listeners("request")[0] as (...a: unknown[]) => void;
    let captured = "";
    flow.removeAllListeners("request");
    flow.on("request", (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        captured = Buffer.concat(chunks).toString();
        res.writeHead(200).end();
      });
    });
    await sim.sns.publish("asset_bank.media.create", { media_id: asset.id });
    flow.removeAllListeners("request");
    flow.on("request", original);
    const envelope = JSON.parse(captured) as Record<string, string>;
    const tampered = { ...envelope, Message: JSON.stringify({ media_id: "someone-else" }) };
    expect((await post(JSON.stringify(tampered), "Notification")).status).toBe(400);
    expect((await post("not json")).status).toBe(400);
    expect((await post(JSON.stringify({ Type: "Notification" }), "Notification")).status).toBe(400);
    // Rejected requests end on their own branch: the flow is never failed by a forged request.
    expect(
      runs.map((r) => [r.branch, (r.data as { reason?: string } | undefined)?.reason]),
    ).toEqual([
      ["Rejected", expect.stringMatching(/signature does not match/)],
      ["Rejected", expect.stringMatching(/not JSON/)],
      ["Rejected", expect.stringMatching(/not an Amazon SNS message/)],
    ]);
    // The genuine envelope still passes.
    expect((await post(captured, "Notification")).status).toBe(200);
  });

  it("delete removes the configuration", async () => {
    await harness.triggerOnInstanceDelete("assetEvents", params, context());
    expect(subscriptions()).toHaveLength(0);
  });
});
