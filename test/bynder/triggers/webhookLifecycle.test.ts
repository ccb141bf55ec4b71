import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { webhookExample } from "../../../src/bynder/examplePayloads/webhooks";
import { PORTAL, permanentConnection } from "../../helpers/connections";

const harness = createHarness(component);
const LIST = "/v7/webhooks/public/api/subscriptions";
const URL_OF_FLOW = "https://hooks.prismatic.io/trigger/SW5zdGFuY2VGbG93Q29uZmlnOjEyMw==";
const EVENTS = ["asset_bank.media.create", "asset_bank.media.deleted"];
const params = { connection: permanentConnection(), events: EVENTS };
const context = (instanceState: Record<string, unknown> = {}) =>
  ({ instanceState, webhookUrls: { "Flow 1": URL_OF_FLOW } }) as never;
const other = (i: number) => ({ ...webhookExample, id: `other-${i}`, endpoint: `https://x/${i}` });

describe("Asset Events lifecycle", () => {
  it("creates one configuration for the flow's URL on deploy (POST without an id) and keeps its id", async () => {
    let body: unknown;
    nock(PORTAL)
      .get(LIST)
      .reply(200, [other(1)]);
    nock(PORTAL)
      .post(LIST, (b) => ((body = b), true))
      .reply(201, { id: "new-id" });
    const result = (await harness.triggerOnInstanceDeploy("assetEvents", params, context())) as {
      instanceState: Record<string, unknown>;
    };
    expect(body).toEqual({
      name: "Prismatic: Flow 1",
      endpoint: URL_OF_FLOW,
      protocol: "HTTPS",
      events: EVENTS,
    });
    expect(result.instanceState.bynderWebhookId).toBe("new-id");
  });

  it("adopts the configuration that already points at the flow's URL, so a redeploy adds no duplicate", async () => {
    nock(PORTAL)
      .get(LIST)
      .reply(200, [
        other(1),
        { ...webhookExample, id: "mine", endpoint: URL_OF_FLOW, events: [...EVENTS].reverse() },
      ]);
    const result = (await harness.triggerOnInstanceDeploy("assetEvents", params, context())) as {
      instanceState: Record<string, unknown>;
    };
    expect(result.instanceState.bynderWebhookId).toBe("mine");
  });

  it("updates the adopted configuration's events when they changed", async () => {
    let body: unknown;
    nock(PORTAL)
      .get(LIST)
      .reply(200, { subscriptions: [{ ...webhookExample, id: "mine", endpoint: URL_OF_FLOW }] });
    nock(PORTAL)
      .put(`${LIST}/mine`, (b) => ((body = b), true))
      .reply(200);
    await harness.triggerOnInstanceDeploy("assetEvents", params, context());
    expect(body).toEqual({ events: EVENTS });
  });

  it("fails clearly when the portal's 10 configurations are used up", async () => {
    nock(PORTAL)
      .get(LIST)
      .reply(
        200,
        Array.from({ length: 10 }, (_, i) => other(i)),
      );
    await expect(harness.triggerOnInstanceDeploy("assetEvents", params, context())).rejects.toThrow(
      /allows 10 webhook configurations per portal and 10 exist already/,
    );
  });

  it("names the missing scopes and role on a 403", async () => {
    nock(PORTAL).get(LIST).reply(403, { message: "Forbidden" });
    await expect(harness.triggerOnInstanceDeploy("assetEvents", params, context())).rejects.toThrow(
      /webhooks\.config:read.*webhooks\.config:write.*Manage Webhooks configurations/,
    );
  });

  it("deletes the kept configuration on instance delete, and counts a 404 as deleted", async () => {
    const deleted = nock(PORTAL).delete(`${LIST}/mine`).reply(204);
    const first = (await harness.triggerOnInstanceDelete(
      "assetEvents",
      params,
      context({ bynderWebhookId: "mine" }),
    )) as { instanceState: Record<string, unknown> };
    expect(deleted.isDone()).toBe(true);
    expect(first.instanceState).not.toHaveProperty("bynderWebhookId");
    const gone = nock(PORTAL).delete(`${LIST}/gone`).reply(404, { message: "Not found" });
    const second = (await harness.triggerOnInstanceDelete(
      "assetEvents",
      params,
      context({ bynderWebhookId: "gone" }),
    )) as { instanceState: Record<string, unknown> };
    expect(gone.isDone()).toBe(true);
    expect(second.instanceState).not.toHaveProperty("bynderWebhookId");
  });

  it("finds the configuration by the flow's URL when no id was kept", async () => {
    nock(PORTAL)
      .get(LIST)
      .reply(200, [other(1), { ...webhookExample, id: "mine", endpoint: URL_OF_FLOW }]);
    const deleted = nock(PORTAL).delete(`${LIST}/mine`).reply(204);
    await harness.triggerOnInstanceDelete("assetEvents", params, context());
    expect(deleted.isDone()).toBe(true);
  });
});

describe("webhook actions and dropdown", () => {
  it("Select Webhook lists the configurations by name and endpoint in one request", async () => {
    nock(PORTAL)
      .get(LIST)
      .once()
      .reply(200, [webhookExample, other(2)]);
    const { result } = (await harness.dataSource("selectWebhook", {
      connection: permanentConnection(),
    })) as {
      result: { key: string; label: string }[];
    };
    expect(result).toEqual([
      {
        key: "9b2f4c1e-6a3d-4e8b-b7c5-1d2e3f4a5b6c",
        label: "Prismatic: new assets (https://hooks.example.com/bynder)",
      },
      { key: "other-2", label: "Prismatic: new assets (https://x/2)" },
    ]);
  });

  it("a 403 on a webhook action names the webhooks.config scope as not a default one, and the role", async () => {
    nock(PORTAL).get(LIST).reply(403, { message: "Forbidden" });
    await expect(
      harness.action("listWebhooks", { connection: permanentConnection() }),
    ).rejects.toThrow(
      /"webhooks\.config:read" scope on the connection \(not among the default scopes.*"Manage Webhooks configurations" security role/,
    );
  });

  it("Update Webhook keeps the current events when only the days change, and refuses an empty update", async () => {
    const one = `${LIST}/${webhookExample.id}`;
    let put: unknown;
    nock(PORTAL).get(one).reply(200, webhookExample);
    nock(PORTAL)
      .put(one, (b) => ((put = b), true))
      .reply(200);
    nock(PORTAL).get(one).reply(200, webhookExample);
    await harness.action("updateWebhook", {
      connection: permanentConnection(),
      id: webhookExample.id,
      preArchivedNotificationDays: "7",
    });
    expect(put).toEqual({ events: webhookExample.events, preArchivedNotificationDays: 7 });
    await expect(
      harness.action("updateWebhook", { connection: permanentConnection(), id: webhookExample.id }),
    ).rejects.toThrow(/Input "Events"/);
  });
});
