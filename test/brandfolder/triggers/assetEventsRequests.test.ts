import { deliveryExample } from "../../../src/brandfolder/examplePayloads/assetEvents";
import { seeded } from "../simulator/helpers";
import { useTriggerFlow } from "./triggerFlow";

/** Requests that are not a genuine delivery to this instance: forged, malformed, test sends. */
const flow = useTriggerFlow();
const secret = () => flow().instanceState.brandfolderCallbackSecret as string;
const webhookId = () => (flow().instanceState.brandfolderSubscriptions as { id: string }[])[0].id;

function request(query: string, body: unknown) {
  return flow().feed({
    path: `/trigger/flow-1?flow=assets${query}`,
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const genuine = (overrides: { webhook_id?: string } = {}) => ({
  data: { ...deliveryExample.data, webhook_id: webhookId(), ...overrides },
});

beforeAll(async () => {
  flow().params = { ...flow().params, brandfolderId: seeded(flow().sim).brand };
});

beforeEach(() => {
  flow().runs.length = 0;
});

describe("Asset Events refuses what is not a delivery of its own subscriptions", () => {
  it("answers 401 on Rejected before the instance has a secret (never deployed)", async () => {
    const answer = await request("&secret=anything", deliveryExample);
    expect(answer.status).toBe(401);
    expect(flow().runs[0]).toMatchObject({ branch: "Rejected", data: { rejected: true } });
    await flow().deploy();
  });

  it("answers 401 on Rejected for a missing or wrong secret, whatever the body", async () => {
    const wrong = secret().slice(0, -1) + (secret().endsWith("A") ? "B" : "A");
    expect((await request("", genuine())).status).toBe(401);
    expect((await request(`&secret=${wrong}`, genuine())).status).toBe(401);
    expect((await request(`&secret=${wrong}`, "not json")).status).toBe(401);
    expect(flow().runs.map((r) => r.branch)).toEqual(["Rejected", "Rejected", "Rejected"]);
    expect(String(flow().runs[0].data?.reason)).toMatch(/"secret" is missing/);
    expect(String(flow().runs[1].data?.reason)).toMatch(/"secret" is wrong/);
    expect(JSON.stringify(flow().runs)).not.toContain(secret());
  });

  it("answers 400 on Rejected for a body that is not a Brandfolder delivery, naming what is wrong", async () => {
    const q = `&secret=${secret()}`;
    expect((await request(q, "not json")).status).toBe(400);
    const { webhook_id: _gone, ...noId } = genuine().data;
    expect((await request(q, { data: noId })).status).toBe(400);
    expect(flow().runs.map((r) => r.branch)).toEqual(["Rejected", "Rejected"]);
    expect(String(flow().runs[0].data?.reason)).toMatch(/not JSON/);
    expect(String(flow().runs[1].data?.reason)).toMatch(/data\.webhook_id/);
  });

  it("answers 2xx on Rejected for a webhook_id it did not make, so Brandfolder does not retry it", async () => {
    const answer = await request(`&secret=${secret()}`, genuine({ webhook_id: "not-mine" }));
    expect(answer.status).toBe(200);
    expect(flow().runs[0]).toMatchObject({ branch: "Rejected" });
    expect(String(flow().runs[0].data?.reason)).toMatch(/webhook_id not-mine is not one of/);
  });

  it("treats Brandfolder's test send the same way, and the simulator does not retry it", async () => {
    const sim = flow().sim;
    const callback = (flow().instanceState.brandfolderSubscriptions as { callbackUrl: string }[])[0]
      .callbackUrl;
    const res = await fetch(`${sim.url}/api/v1/webhooks/send`, {
      method: "POST",
      headers: { authorization: `Bearer ${sim.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        data: {
          attributes: {
            event_type: "asset.update",
            resource_type: "brandfolder",
            resource_key: seeded(sim).brand,
            callback_url: callback,
          },
        },
      }),
    });
    expect(res.status).toBe(202);
    expect((await flow().deliver()).map((d) => d.status)).toEqual([200]);
    expect(flow().runs.map((r) => r.branch)).toEqual(["Rejected"]);
    expect(sim.webhooks.pending()).toEqual([]);
  });

  it("emits a genuine delivery without the secret in what later steps see", async () => {
    const answer = await request(`&secret=${secret()}`, genuine());
    expect(answer.status).toBe(200);
    expect(flow().runs[0]).toMatchObject({
      branch: "Event",
      query: { flow: "assets" },
      data: { eventType: "asset.update", webhookId: webhookId() },
    });
    expect(JSON.stringify(flow().runs)).not.toContain(secret());
    // The same request again (a replay) goes to Duplicate.
    expect((await request(`&secret=${secret()}`, genuine())).status).toBe(200);
    expect(flow().runs[1].branch).toBe("Duplicate");
  });

  it("folds nothing when an asset's update arrives before its create (out of order)", async () => {
    const subsOf = flow().instanceState.brandfolderSubscriptions as {
      id: string;
      eventType: string;
    }[];
    const idOf = (type: string) => subsOf.find((x) => x.eventType === type)!.id;
    const event = (type: string, time: string) => ({
      data: {
        attributes: {
          ...deliveryExample.data.attributes,
          key: "asset-ooo",
          event_type: type,
          event_time: time,
        },
        webhook_id: idOf(type),
      },
    });
    flow().params = { ...flow().params, foldCreateUpdate: "true" };
    try {
      const q = `&secret=${secret()}`;
      await request(q, event("asset.update", "2026-03-02T09:00:02.000Z"));
      await request(q, event("asset.create", "2026-03-02T09:00:00.000Z"));
      await request(q, event("asset.update", "2026-03-02T09:00:09.000Z"));
      expect(flow().runs.map((r) => [r.branch, r.data?.eventType])).toEqual([
        ["Event", "asset.update"],
        ["Event", "asset.create"],
        ["Event", "asset.update"],
      ]);
    } finally {
      flow().params = { ...flow().params, foldCreateUpdate: "false" };
    }
  });
});
