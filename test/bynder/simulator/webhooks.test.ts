import { type Simulator, startBynderSimulator } from "../../../simulator/bynder";
import { clientCredentialsCall } from "../../helpers/simulator";
import { api } from "./helpers";

const PATH = "/v7/webhooks/public/api/subscriptions";
const T0 = Date.parse("2026-03-10T12:00:00Z");
let now = T0;
let sim: Simulator;
beforeEach(async () => {
  now = T0;
  sim = await startBynderSimulator({ clock: () => now });
});
afterEach(() => sim.close());

const body = (i: number) => ({
  name: `hook ${i}`,
  endpoint: `https://hooks.example.com/${i}`,
  protocol: "HTTPS",
  events: ["asset_bank.media.create"],
  preArchivedNotificationDays: 5,
});

describe("simulated webhook configurations", () => {
  it("creates with or without an id in the path, lists, updates by PUT and PATCH, and deletes", async () => {
    const a = api(sim);
    const created = await a.json("POST", PATH, body(1));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await a.json("POST", `${PATH}/ignored-id`, body(2))).status).toBe(201);
    expect(await a.getJson<unknown[]>(PATH)).toHaveLength(2);
    expect(
      (await a.json("PUT", `${PATH}/${id}`, { events: ["asset_bank.media.deleted"] })).status,
    ).toBe(200);
    expect((await a.json("PATCH", `${PATH}/${id}`, { name: "renamed", status: 0 })).status).toBe(
      200,
    );
    expect(await a.getJson(`${PATH}/${id}`)).toEqual({
      id,
      name: "renamed",
      endpoint: "https://hooks.example.com/1",
      protocol: "HTTPS",
      events: ["asset_bank.media.deleted"],
      preArchivedNotificationDays: 5,
      status: 0,
      confirmed: false,
    });
    expect((await a.del(`${PATH}/${id}`)).status).toBe(204);
    expect((await a.del(`${PATH}/${id}`)).status).toBe(404);
  });

  it.each([
    ["HTTPS", "not a url", "is not a URL"],
    ["HTTPS", "http://hooks.example.com/1", "must be an https URL"],
    ["EMAIL", "https://hooks.example.com/1", "must be an email address"],
    ["SQS", "arn:aws:sqs:eu-west-1:123456789012:events.fifo", "is a FIFO queue"],
  ])("refuses %s with the endpoint %s, as SNS would", async (protocol, endpoint, said) => {
    const res = await api(sim).json("POST", PATH, { ...body(1), protocol, endpoint });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(said);
    expect(await api(sim).getJson<unknown[]>(PATH)).toEqual([]);
  });

  it.each([
    ["HTTPS", "http://127.0.0.1:8080/flow"],
    ["EMAIL-JSON", "dam-team@acme.com"],
    ["SQS", "arn:aws:sqs:eu-west-1:123456789012:events"],
  ])("accepts %s with the endpoint %s", async (protocol, endpoint) => {
    const res = await api(sim).json("POST", PATH, { ...body(1), protocol, endpoint });
    expect(res.status).toBe(201);
  });

  it("refuses an 11th configuration", async () => {
    const a = api(sim);
    for (let i = 0; i < 10; i++) expect((await a.json("POST", PATH, body(i))).status).toBe(201);
    const eleventh = await a.json("POST", PATH, body(10));
    expect(eleventh.status).toBe(400);
    expect(await eleventh.text()).toMatch(/maximum of 10/);
  });

  it("needs the webhooks.config scopes", async () => {
    const limited = await startBynderSimulator({ scopes: ["asset:read"] });
    try {
      const token = await clientCredentialsCall(limited).then(
        async (r) => ((await r.json()) as { access_token: string }).access_token,
      );
      expect((await api(limited, token).get(PATH)).status).toBe(403);
    } finally {
      await limited.close();
    }
  });

  it("serves its SNS signing key without a token (delivered signatures are checked in test/bynder/flows/webhooks.flow.test.ts)", async () => {
    const res = await fetch(`${sim.url}/sns/cert.pem`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });
});

describe("the simulator's Date header", () => {
  it("follows the simulator's clock, not the real time", async () => {
    const first = await api(sim).get("/api/v4/media/");
    expect(first.headers.get("date")).toBe(new Date(T0).toUTCString());
    now = T0 + 90_000;
    const second = await api(sim).get("/api/v4/media/");
    expect(second.headers.get("date")).toBe(new Date(T0 + 90_000).toUTCString());
  });
});
