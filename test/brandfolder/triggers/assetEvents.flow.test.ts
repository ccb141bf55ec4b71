import { bfApi, type Json, seeded } from "../simulator/helpers";
import { clock } from "../../../src/core/http/clock";
import { ANSWER_WITHIN_MS } from "../../../src/core/webhooks/answerBudget";
import { useTriggerFlow } from "./triggerFlow";

/** Asset Events against the Brandfolder simulator: lifecycle, deliveries, retries and order. */
const flow = useTriggerFlow();
const subs = () => [...flow().sim.webhooks.subscriptions.values()];
const api = () => bfApi(flow().sim);

async function newAsset(name: string): Promise<string> {
  const ids = seeded(flow().sim);
  const res = await api().call("POST", `/brandfolders/${ids.brand}/assets`, {
    data: { attributes: [{ name }] },
    section_key: ids.logos,
  });
  return ((await res.json()) as Json).data[0].id as string;
}

beforeAll(() => {
  flow().params = { ...flow().params, brandfolderId: seeded(flow().sim).brand };
});

beforeEach(() => {
  flow().runs.length = 0;
  flow().receiver.answer = flow().feed;
  flow().sim.webhooks.outOfOrder = false;
});

describe("Asset Events deploy and delete", () => {
  it("subscribes once per event with a secret callback URL, and a redeploy adopts them (409)", async () => {
    await flow().deploy();
    const secret = flow().instanceState.brandfolderCallbackSecret as string;
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect(
      subs()
        .map((s) => s.eventType)
        .sort(),
    ).toEqual(["asset.create", "asset.delete", "asset.update"]);
    const url = new URL(subs()[0].callbackUrl);
    expect(url.searchParams.get("secret")).toBe(secret);
    expect(url.searchParams.get("flow")).toBe("assets");
    const first = subs().map((s) => s.id);
    flow().log.length = 0;
    await flow().deploy();
    expect(subs().map((s) => s.id)).toEqual(first);
    expect(flow().instanceState.brandfolderCallbackSecret).toBe(secret);
    expect(flow().log.filter((l) => l.includes("adopted"))).toHaveLength(3);
    expect(
      flow().sim.requests.filter((r) => r.method === "POST" && r.path === "/api/v1/webhooks"),
    ).toHaveLength(6);
    expect(flow().log.join("\n")).not.toContain(secret);
  });

  it("removes a subscription no longer wanted on redeploy", async () => {
    flow().params = { ...flow().params, events: ["asset.create", "asset.update"] };
    await flow().deploy();
    expect(
      subs()
        .map((s) => s.eventType)
        .sort(),
    ).toEqual(["asset.create", "asset.update"]);
    flow().params = { ...flow().params, events: ["asset.create", "asset.update", "asset.delete"] };
    await flow().deploy();
    expect(subs()).toHaveLength(3);
  });

  it("fails the deploy, saying why, when the 409's subscription is not in this user's list", async () => {
    const update = subs().find((s) => s.eventType === "asset.update")!;
    const owner = update.ownerId;
    update.ownerId = "someone-else";
    try {
      await expect(flow().deploy()).rejects.toThrow(/HTTP 409.*does not list it.*another user/);
    } finally {
      update.ownerId = owner;
    }
  });

  it("refuses an unknown event before any request, naming the input", async () => {
    const before = flow().sim.requests.length;
    const params = flow().params;
    flow().params = { ...params, events: ["asset.create", "asset.rename"] };
    try {
      await expect(flow().deploy()).rejects.toThrow(/Events/);
      expect(flow().sim.requests.length).toBe(before);
    } finally {
      flow().params = params;
    }
  });

  it("a deploy that lost its state (a new secret) replaces the old subscriptions, never duplicating them", async () => {
    const saved = { ...flow().instanceState };
    const old = subs().map((s) => s.id);
    for (const key of Object.keys(flow().instanceState)) delete flow().instanceState[key];
    await flow().deploy();
    expect(subs()).toHaveLength(3);
    expect(
      subs()
        .map((s) => s.id)
        .filter((id) => old.includes(id)),
    ).toEqual([]);
    expect(flow().instanceState.brandfolderCallbackSecret).not.toBe(
      saved.brandfolderCallbackSecret,
    );
  });

  it("replaces a subscription Brandfolder deactivated when redeployed", async () => {
    const update = subs().find((s) => s.eventType === "asset.update")!;
    update.status = "inactive";
    await flow().deploy();
    const now = subs().filter((s) => s.eventType === "asset.update");
    expect(now.map((s) => [s.status, s.id === update.id])).toEqual([["active", false]]);
    expect(flow().log.some((l) => l.includes("replaced asset.update"))).toBe(true);
  });

  it("delete removes every subscription; a second delete finds them gone (404 counts as done)", async () => {
    const state = { ...flow().instanceState };
    await flow().remove();
    expect(subs()).toEqual([]);
    Object.assign(flow().instanceState, state);
    await flow().remove();
    expect(flow().instanceState.brandfolderSubscriptions).toBeUndefined();
    // With its subscriptions list lost, delete finds them by the flow's URL.
    Object.assign(flow().instanceState, state);
    delete flow().instanceState.brandfolderSubscriptions;
    await flow().deploy();
    delete flow().instanceState.brandfolderSubscriptions;
    await flow().remove();
    expect(subs()).toEqual([]);
    await flow().deploy();
  });
});

describe("Asset Events deliveries from the simulator", () => {
  it("emits asset.create at once and asset.update once the asset is ready, answering 200", async () => {
    const asset = await newAsset("Trigger logo");
    expect((await flow().deliver()).map((d) => d.status)).toEqual([200]);
    await flow().advance(2000);
    expect((await flow().deliver()).map((d) => d.status)).toEqual([200]);
    const ids = seeded(flow().sim);
    expect(flow().runs.map((r) => [r.branch, r.data?.eventType])).toEqual([
      ["Event", "asset.create"],
      ["Event", "asset.update"],
    ]);
    expect(flow().runs[0].data).toEqual({
      eventType: "asset.create",
      assetKey: asset,
      eventTime: expect.any(String),
      brandfolderKey: ids.brand,
      organizationKey: ids.org,
      webhookId: subs().find((s) => s.eventType === "asset.create")!.id,
    });
    expect(
      Date.parse(flow().runs[1].data!.eventTime) - Date.parse(flow().runs[0].data!.eventTime),
    ).toBe(2000);
  });

  it("reads the asset with its section and tags when asked, and passes the event on with asset null when the read fails", async () => {
    flow().params = { ...flow().params, fetchAsset: "true" };
    const asset = seeded(flow().sim).assets[0];
    try {
      await api().call("POST", `/assets/${asset}/tags`, {
        data: { attributes: [{ name: "hero" }] },
      });
      await flow().deliver();
      expect(flow().runs[0].data?.asset).toMatchObject({
        id: asset,
        related: {
          section: { attributes: { name: "Logos" } },
          tags: expect.arrayContaining([
            expect.objectContaining({ attributes: expect.objectContaining({ name: "hero" }) }),
          ]),
        },
      });
      expect(flow().runs[0].data?.assetError).toBeNull();
      flow().sim.faults.add({
        method: "GET",
        path: `/api/v4/assets/${asset}`,
        fault: "503",
        times: 5,
      });
      await flow().advance(1);
      await api().call("PUT", `/assets/${asset}`, { data: { attributes: { name: "Renamed" } } });
      const before = clock().now();
      expect((await flow().deliver()).map((d) => d.status)).toEqual([200]);
      // Two attempts and one short backoff, on the fake clock, well within the 5 s answer.
      expect(clock().now() - before).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
      expect(flow().runs[1]).toMatchObject({
        branch: "Event",
        data: {
          assetKey: asset,
          asset: null,
          assetError: { status: 503, reason: expect.stringMatching(/503/) },
        },
      });
    } finally {
      flow().sim.faults.clear();
      flow().params = { ...flow().params, fetchAsset: "false" };
    }
  });

  it("folds a new asset's first asset.update into its asset.create when asked", async () => {
    flow().params = { ...flow().params, foldCreateUpdate: "true" };
    try {
      const asset = await newAsset("Folded");
      await flow().deliver();
      await flow().advance(2000);
      await flow().deliver();
      // A millisecond later: an identical payload would be the same delivery to the trigger.
      await flow().advance(1);
      await api().call("PUT", `/assets/${asset}`, { data: { attributes: { name: "Edited" } } });
      await flow().deliver();
      expect(flow().runs.map((r) => [r.branch, r.status, r.data?.eventType])).toEqual([
        ["Event", 200, "asset.create"],
        ["Duplicate", 200, "asset.update"],
        ["Event", 200, "asset.update"],
      ]);
      expect(flow().runs[1].data).toMatchObject({ duplicate: true, folded: true, assetKey: asset });
    } finally {
      flow().params = { ...flow().params, foldCreateUpdate: "false" };
    }
  });

  it("gets Brandfolder's retry after the flow's URL failed, and runs the flow once", async () => {
    let down = true;
    flow().receiver.answer = (r) => (down ? { status: 503 } : flow().feed(r));
    await api().call("DELETE", `/assets/${await newAsset("Retried")}`);
    expect((await flow().deliver()).map((d) => d.status)).toEqual([503, 503]);
    expect(flow().runs).toEqual([]);
    down = false;
    await flow().advance(999);
    expect(await flow().deliver()).toEqual([]);
    await flow().advance(1);
    expect((await flow().deliver()).map((d) => d.status)).toEqual([200, 200]);
    expect(flow().runs.map((r) => `${r.branch} ${r.data?.eventType}`)).toEqual([
      "Event asset.create",
      "Event asset.delete",
    ]);
  });

  it("sends a redelivery to Duplicate, answered 200, and keeps the state bounded", async () => {
    const asset = seeded(flow().sim).assets[1];
    await api().call("PUT", `/assets/${asset}`, { data: { attributes: { name: "Twice" } } });
    const [sent] = await flow().deliver();
    const again = await flow().sim.webhooks.redeliver(sent.deliveryId);
    expect([sent.status, again.status]).toEqual([200, 200]);
    expect(flow().runs.map((r) => r.branch)).toEqual(["Event", "Duplicate"]);
    expect(flow().runs[1].data).toMatchObject({ duplicate: true, assetKey: asset });
    expect((flow().instanceState.brandfolderDeliveries as unknown[]).length).toBeLessThanOrEqual(
      1000,
    );
  });

  it("keeps each event's eventTime when deliveries arrive out of order", async () => {
    const asset = seeded(flow().sim).assets[2];
    await api().call("PUT", `/assets/${asset}`, { data: { attributes: { name: "First" } } });
    await flow().advance(5);
    await api().call("PUT", `/assets/${asset}`, { data: { attributes: { name: "Second" } } });
    flow().sim.webhooks.outOfOrder = true;
    await flow().deliver();
    const times = flow().runs.map((r) => Date.parse(r.data!.eventTime));
    expect(flow().runs.map((r) => r.branch)).toEqual(["Event", "Event"]);
    expect(times[0] - times[1]).toBe(5);
  });
});
