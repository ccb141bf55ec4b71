import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/brandfolder";
import { BRANDFOLDER_ID } from "../../../src/brandfolder/examplePayloads/customFields";
import {
  CALLBACK_URL,
  WEBHOOK_ID,
  webhookExample,
  webhookListExample,
} from "../../../src/brandfolder/examplePayloads/webhooks";

/** The v1 webhook actions and the Webhook dropdown with nock, replies shaped as the OpenAPI's. */
const harness = createHarness(component);
const HOST = "https://brandfolder.com";
const KEY = "bf-webhook-key-5e4d3c2b";
const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: KEY } };
const api = () => nock(HOST, { reqheaders: { authorization: `Bearer ${KEY}` } });
const run = (key: string, inputs: Record<string, unknown>) =>
  harness.action(key, { connection, ...inputs });
const subscribe = (callbackUrl: string, key = "createWebhook") =>
  run(key, { eventType: "asset.update", brandfolderId: BRANDFOLDER_ID, callbackUrl });

describe("Create Webhook", () => {
  it("says a 409 means the subscription exists and how to find it", async () => {
    api().post("/api/v1/webhooks").reply(409, "Subscription Already Exists");
    await expect(subscribe(CALLBACK_URL)).rejects.toThrow(
      `Brandfolder POST https://brandfolder.com/api/v1/webhooks failed with HTTP 409: Subscription Already Exists. A subscription for this event type, Brandfolder and callback URL already exists, and Brandfolder keeps only one: find it with List Webhooks (or the Webhook dropdown) by those three and use its ID, or delete it first.`,
    );
  });

  // No interceptor: a request that got out would fail with nock's own error, not these.
  it.each([
    ["http://hooks.example.com/assets", /must be an https:\/\/ URL \(got http:\/\/…\)/],
    ["ftp://hooks.example.com/assets", /must be an https:\/\/ URL \(got ftp:\/\/…\)/],
    ["hooks.example.com/assets", /is not a URL/],
    ["https://user:pw@hooks.example.com/assets", /must not contain a user name or password/],
  ])("refuses the callback %s before any request, naming the input", async (url, problem) => {
    for (const key of ["createWebhook", "sendTestWebhook"]) {
      const error = (await subscribe(url, key).catch((e: Error) => e)) as Error;
      expect(error.message).toMatch(/^Input "Callback URL" /);
      expect(error.message).toMatch(problem);
    }
  });

  it("never echoes the callback URL, whose query may hold the receiver's secret", async () => {
    const error = (await subscribe("http://hooks.example.com/a?secret=s3cr3t-value").catch(
      (e: Error) => e,
    )) as Error;
    expect(error.message).toMatch(/^Input "Callback URL" must be an https/);
    expect(error.message).not.toContain("s3cr3t");
  });

  it("allows plain http on this machine only, for tests, as the API Host does", async () => {
    const local = "http://127.0.0.1:8080/hooks?secret=x";
    let body: unknown;
    api()
      .post("/api/v1/webhooks", (b) => ((body = b), true))
      .reply(200, {
        data: {
          ...webhookExample,
          attributes: { ...webhookExample.attributes, callback_url: local },
        },
      });
    const result = (await subscribe(local)) as { data: { data: { id: string } } };
    expect(result.data.data.id).toBe(WEBHOOK_ID);
    expect(body).toEqual({
      data: {
        attributes: {
          event_type: "asset.update",
          resource_type: "brandfolder",
          resource_key: BRANDFOLDER_ID,
          callback_url: local,
        },
      },
    });
  });
});

describe("Send Test Webhook", () => {
  it("returns Brandfolder's 202 note", async () => {
    api()
      .post("/api/v1/webhooks/send")
      .reply(202, { message: "Added demo webhook to queue", status: "ok" });
    const result = (await subscribe(CALLBACK_URL, "sendTestWebhook")) as { data: unknown };
    expect(result.data).toEqual({ message: "Added demo webhook to queue", status: "ok" });
  });
});

describe("Delete Webhook and Get Webhook", () => {
  it("confirms a delete as {deleted: true, id}", async () => {
    api().delete(`/api/v1/webhooks/${WEBHOOK_ID}`).reply(200, {});
    const result = (await run("deleteWebhook", { webhookId: WEBHOOK_ID })) as { data: unknown };
    expect(result.data).toEqual({ deleted: true, id: WEBHOOK_ID });
  });

  it("says a missing subscription is not there, on the v1 path", async () => {
    api().get("/api/v1/webhooks/nope-1").reply(404, "The Requested Webhook Does Not Exist");
    await expect(run("getWebhook", { webhookId: "nope-1" })).rejects.toThrow(
      /GET https:\/\/brandfolder\.com\/api\/v1\/webhooks\/nope-1 failed with HTTP 404: The Requested Webhook Does Not Exist\. .*check the ID/,
    );
  });
});

describe("the Webhook dropdown", () => {
  it("lists subscriptions A to Z by event type and callback, hiding the callback's query", async () => {
    const secret = { ...webhookExample, id: "w-secret" };
    secret.attributes = {
      ...webhookExample.attributes,
      callback_url: "https://hooks.example.com/flow?instance-secret=abc123",
    };
    api()
      .get("/api/v1/webhooks")
      .reply(200, { data: [...webhookListExample.data, secret] });
    const { result } = (await harness.dataSource("selectWebhook", { connection })) as {
      result: { key: string; label: string }[];
    };
    expect(result).toEqual([
      {
        key: WEBHOOK_ID,
        label: `asset.create → ${CALLBACK_URL} (Brandfolder ${BRANDFOLDER_ID})`,
      },
      {
        key: "w-secret",
        label: `asset.create → https://hooks.example.com/flow?… (Brandfolder ${BRANDFOLDER_ID})`,
      },
      {
        key: "oqgkkd-fr5iv4-hh1507",
        label: `asset.delete → ${CALLBACK_URL} (Brandfolder ${BRANDFOLDER_ID})`,
      },
    ]);
    expect(JSON.stringify(result)).not.toContain("abc123");
  });
});
