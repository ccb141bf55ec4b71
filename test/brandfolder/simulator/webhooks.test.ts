import { MAX_RETRIES } from "../../../simulator/brandfolder/webhookDelivery";
import { bfApi, type BfApi, type Json, seeded } from "./helpers";
import { startBrandfolderSimulator } from "../../../simulator/brandfolder";
import { bfProblems, bfSchema } from "./schema";
import { type Receiver, startReceiver } from "../../../scripts/lib/webhookReceiver";

/** The simulator's v1 webhooks: CRUD as the OpenAPI file declares, and deliveries on its clock. */
let now = Date.parse("2026-03-02T09:00:00Z");
let api: BfApi;
let receiver: Receiver;

beforeAll(async () => {
  const sim = await startBrandfolderSimulator({
    seedAssets: 3,
    clock: () => now,
    webhooks: { retryBaseMs: 1000, readyDelayMs: 2000 },
  });
  api = bfApi(sim);
  receiver = await startReceiver();
});

afterAll(async () => {
  await api.sim.close();
  await receiver.close();
});

beforeEach(() => {
  receiver.received.length = 0;
  receiver.answer = () => ({ status: 200 });
  api.sim.webhooks.outOfOrder = false;
});

const v1 = (method: string, path: string, body?: unknown, key = api.sim.apiKey) =>
  fetch(`${api.sim.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const subscription = (
  eventType: string,
  callbackUrl: string,
  resourceKey = seeded(api.sim).brand,
) => ({
  data: {
    attributes: {
      event_type: eventType,
      resource_type: "brandfolder",
      resource_key: resourceKey,
      callback_url: callbackUrl,
    },
  },
});

async function subscribe(eventType: string, path: string): Promise<string> {
  const res = await v1("POST", "/webhooks", subscription(eventType, `${receiver.url}${path}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as Json).data.id as string;
}

const bodies = () => receiver.received.map((r) => JSON.parse(r.body) as Json);

async function newAsset(name: string): Promise<string> {
  const ids = seeded(api.sim);
  const res = await api.call("POST", `/brandfolders/${ids.brand}/assets`, {
    data: { attributes: [{ name }] },
    section_key: ids.logos,
  });
  return ((await res.json()) as Json).data[0].id as string;
}

describe("v1 webhook subscriptions", () => {
  it("creates, lists, gets and deletes as the OpenAPI file declares, refusing a duplicate with 409", async () => {
    const body = subscription("asset.delete", `${receiver.url}/crud`);
    const made = await v1("POST", "/webhooks", body);
    const created = (await made.json()) as Json;
    expect(bfProblems(created, bfSchema("POST", "/webhooks"))).toEqual([]);
    expect(created.data.attributes).toMatchObject({ event_type: "asset.delete", status: "active" });
    const again = await v1("POST", "/webhooks", body);
    expect(again.status).toBe(409);
    expect(await again.text()).toMatch(/already exists/);
    const listed = (await (await v1("GET", "/webhooks")).json()) as Json;
    expect(bfProblems(listed, bfSchema("GET", "/webhooks"))).toEqual([]);
    expect(listed.data.map((w: Json) => w.id)).toContain(created.data.id);
    const one = (await (await v1("GET", `/webhooks/${created.data.id}`)).json()) as Json;
    expect(bfProblems(one, bfSchema("GET", "/webhooks/{webhook_id}"))).toEqual([]);
    // Another user's list does not show it.
    const guest = (await (
      await v1("GET", "/webhooks", undefined, api.sim.guestKey)
    ).json()) as Json;
    expect(guest.data).toEqual([]);
    const gone = await v1("DELETE", `/webhooks/${created.data.id}`);
    expect([gone.status, await gone.json()]).toEqual([200, {}]);
    expect((await v1("DELETE", `/webhooks/${created.data.id}`)).status).toBe(404);
  });

  it("refuses a bad event type, a non-https callback and a missing key, naming the field", async () => {
    const bad = await v1("POST", "/webhooks", subscription("asset.rename", `${receiver.url}/x`));
    expect([bad.status, await bad.text()]).toEqual([400, expect.stringMatching(/event_type/)]);
    const http = await v1(
      "POST",
      "/webhooks",
      subscription("asset.create", "http://hooks.example.com/x"),
    );
    expect([http.status, await http.text()]).toEqual([400, expect.stringMatching(/callback_url/)]);
    expect((await v1("GET", "/webhooks", undefined, "wrong")).status).toBe(401);
  });

  it("queues a test send (202) under a webhook id no subscription has", async () => {
    const res = await v1(
      "POST",
      "/webhooks/send",
      subscription("asset.update", `${receiver.url}/demo`),
    );
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ message: "Added demo webhook to queue", status: "ok" });
    await api.sim.webhooks.deliverDue();
    const [sent] = bodies();
    expect(api.sim.webhooks.subscriptions.has(sent.data.webhook_id)).toBe(false);
    expect(sent.data.attributes.event_type).toBe("asset.update");
  });
});

describe("v1 webhook deliveries", () => {
  it("sends asset.create at once and asset.update once the asset is ready, as skinny payloads", async () => {
    const create = await subscribe("asset.create", "/life");
    const update = await subscribe("asset.update", "/life");
    const asset = await newAsset("Webhook logo");
    await api.sim.webhooks.deliverDue();
    expect(bodies().map((b) => b.data.attributes.event_type)).toEqual(["asset.create"]);
    now += 2000;
    await api.sim.webhooks.deliverDue();
    const ids = seeded(api.sim);
    expect(bodies()).toEqual([
      {
        data: {
          attributes: {
            key: asset,
            event_time: new Date(now - 2000).toISOString(),
            event_type: "asset.create",
            brandfolder_key: ids.brand,
            organization_key: ids.org,
          },
          webhook_id: create,
        },
      },
      expect.objectContaining({ data: expect.objectContaining({ webhook_id: update }) }),
    ]);
    expect(bodies()[1].data.attributes.event_time).toBe(new Date(now).toISOString());
    expect(receiver.received[0].headers["content-type"]).toBe("application/json");
    await v1("DELETE", `/webhooks/${create}`);
    await v1("DELETE", `/webhooks/${update}`);
  });

  it("sends asset.update when a custom field value of the asset is set, changed or removed", async () => {
    const ids = seeded(api.sim);
    const update = await subscribe("asset.update", "/fields");
    const asset = ids.assets[1];
    const made = await api.call("POST", `/custom_field_keys/${ids.campaign}/custom_field_values`, {
      data: [
        {
          attributes: { value: "spring" },
          relationships: { asset: { data: { type: "assets", id: asset } } },
        },
      ],
    });
    expect(made.status).toBe(200);
    const valueId = ((await made.json()) as Json).data[0].id as string;
    now += 1;
    await api.call("PUT", `/custom_field_values/${valueId}`, {
      data: { attributes: { value: "summer" } },
    });
    now += 1;
    await api.call("DELETE", `/custom_field_values/${valueId}`);
    await api.sim.webhooks.deliverDue();
    expect(bodies().map((b) => [b.data.attributes.event_type, b.data.attributes.key])).toEqual([
      ["asset.update", asset],
      ["asset.update", asset],
      ["asset.update", asset],
    ]);
    await v1("DELETE", `/webhooks/${update}`);
  });

  it("sends no ready update for an asset deleted before it was ready", async () => {
    const ids = [
      await subscribe("asset.create", "/gone"),
      await subscribe("asset.update", "/gone"),
    ];
    ids.push(await subscribe("asset.delete", "/gone"));
    await api.call("DELETE", `/assets/${await newAsset("Short-lived")}`);
    now += 5000;
    await api.sim.webhooks.deliverDue();
    expect(bodies().map((b) => b.data.attributes.event_type)).toEqual([
      "asset.create",
      "asset.delete",
    ]);
    for (const id of ids) await v1("DELETE", `/webhooks/${id}`);
  });

  it("retries a non-2xx with exponential back-off on the simulator clock, then stops", async () => {
    const id = await subscribe("asset.delete", "/flaky");
    let fails = 3;
    receiver.answer = () => ({ status: fails-- > 0 ? 503 : 200 });
    const asset = await newAsset("Flaky");
    await api.call("DELETE", `/assets/${asset}`);
    const gaps: number[] = [];
    let last = now;
    for (let i = 0; i < 4; i++) {
      const due = api.sim.webhooks.nextDueAt()!;
      gaps.push(due - last);
      now = last = due;
      await api.sim.webhooks.deliverDue();
    }
    expect(gaps).toEqual([0, 1000, 2000, 4000]);
    expect(
      api.sim.webhooks.attempts.filter((a) => a.webhookId === id).map((a) => a.status),
    ).toEqual([503, 503, 503, 200]);
    expect(api.sim.webhooks.pending().filter((d) => d.webhookId === id)).toEqual([]);
    await v1("DELETE", `/webhooks/${id}`);
  });

  it(`deactivates a subscription whose delivery fails ${MAX_RETRIES} retries, and sends it nothing more`, async () => {
    const id = await subscribe("asset.delete", "/down");
    receiver.answer = () => ({ status: 500 });
    await api.call("DELETE", `/assets/${await newAsset("Doomed")}`);
    while (api.sim.webhooks.pending().some((d) => d.webhookId === id)) {
      now = api.sim.webhooks.nextDueAt()!;
      await api.sim.webhooks.deliverDue();
    }
    expect(receiver.received).toHaveLength(MAX_RETRIES + 1);
    const got = (await (await v1("GET", `/webhooks/${id}`)).json()) as Json;
    expect(got.data.attributes.status).toBe("inactive");
    await api.call("DELETE", `/assets/${await newAsset("Ignored")}`);
    await api.sim.webhooks.deliverDue();
    expect(receiver.received).toHaveLength(MAX_RETRIES + 1);
    await v1("DELETE", `/webhooks/${id}`);
  });

  it("delivers a due batch newest first with the out-of-order switch, event times unchanged", async () => {
    const id = await subscribe("asset.update", "/ooo");
    const asset = seeded(api.sim).assets[0];
    await api.call("PUT", `/assets/${asset}`, { data: { attributes: { name: "One" } } });
    now += 10;
    await api.call("PUT", `/assets/${asset}`, { data: { attributes: { name: "Two" } } });
    api.sim.webhooks.outOfOrder = true;
    await api.sim.webhooks.deliverDue();
    const times = bodies().map((b) => Date.parse(b.data.attributes.event_time));
    expect(times).toEqual([now, now - 10]);
    await v1("DELETE", `/webhooks/${id}`);
  });
});

describe("v1 webhook deliveries on a real timer (npm start)", () => {
  it("delivers without a test driving the queue when autoDeliverMs is set", async () => {
    const sim = await startBrandfolderSimulator({ seedAssets: 1, webhooks: { autoDeliverMs: 10 } });
    const own = await startReceiver();
    try {
      const ids = seeded(sim);
      const res = await fetch(`${sim.url}/api/v1/webhooks`, {
        method: "POST",
        headers: { authorization: `Bearer ${sim.apiKey}`, "content-type": "application/json" },
        body: JSON.stringify(subscription("asset.update", `${own.url}/auto`, ids.brand)),
      });
      expect(res.status).toBe(200);
      await bfApi(sim).call("PUT", `/assets/${ids.assets[0]}`, {
        data: { attributes: { name: "Auto" } },
      });
      for (let i = 0; i < 100 && own.received.length === 0; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(own.received.map((r) => JSON.parse(r.body).data.attributes.event_type)).toEqual([
        "asset.update",
      ]);
    } finally {
      await sim.close();
      await own.close();
    }
  });
});
