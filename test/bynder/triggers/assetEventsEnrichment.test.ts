import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { clock as processClock, useClock } from "../../../src/core/http/clock";
import { jobExample } from "../../../src/bynder/examplePayloads/jobs";
import { ANSWER_WITHIN_MS } from "../../../src/core/webhooks/answerBudget";
import { installFakeClock } from "../../core/http/fakeClock";
import { PERMANENT_TOKEN, PORTAL, permanentConnection } from "../../helpers/connections";
import {
  ASSET,
  freshComponent,
  CERT_PATH,
  certificate,
  deliver,
  SNS,
  signer,
  TOPIC,
} from "./snsDelivery";

/**
 * With Fetch Asset on, the notification reaches the flow whatever the read does (asset null and
 * the reason), and SNS hears back within 5 s: proven on the fake clock, with slow or failing
 * servers, never with real waits of seconds.
 */
const MEDIA = `/api/v4/media/${ASSET}/`;
const created = () => signer.notification(TOPIC, "asset_bank.media.create", { media_id: ASSET });
const pinned = () => ({ bynderSnsTopicArn: TOPIC });

let clock: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  freshComponent();
  clock = installFakeClock();
});
afterEach(() => clock.restore());

describe("Asset Events: a failed asset read never loses the event", () => {
  it("passes the event on with asset null when Bynder answers 503 beyond the retries, answering SNS on time", async () => {
    certificate();
    const media = nock(PORTAL).get(MEDIA).times(2).reply(503, { message: "Service Unavailable" });
    const { run, lines } = deliver(created(), { fetchDelaySeconds: "60" }, pinned());
    const r = await run;
    expect(r).toMatchObject({ branch: "Notification", status: 200 });
    expect(r.data.asset).toBeNull();
    expect(r.data.assetError).toEqual({
      status: 503,
      code: "unavailable",
      message: "Bynder failed to answer for the asset (HTTP 503: Service Unavailable).",
    });
    expect(media.isDone()).toBe(true);
    // A requested 60 s delay is cut to 3 s; one quick retry; all within the answer budget.
    expect(clock.sleeps).toEqual([3000, 200]);
    expect(clock.elapsed()).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
    expect(lines.join("\n")).toMatch(/warn Asset Events: passing the event on without its asset/);
  });

  it("gives the reason for a 403 without the token, even when Bynder echoes it", async () => {
    certificate();
    nock(PORTAL)
      .get(MEDIA)
      .reply(403, { message: `Token ${PERMANENT_TOKEN} lacks asset:read` });
    const { run, lines } = deliver(created(), {}, pinned());
    const r = await run;
    expect(r.branch).toBe("Notification");
    expect(r.data.asset).toBeNull();
    expect(r.data.assetError).toMatchObject({ status: 403, code: "forbidden" });
    expect(String((r.data.assetError as { message: string }).message)).toMatch(/^Bynder refused/);
    expect(JSON.stringify(r.data) + lines.join("\n")).not.toContain(PERMANENT_TOKEN);
  });

  it("names a gone asset (404), a rejected token (401), a dropped connection and Bynder's rate limit", async () => {
    certificate();
    nock(PORTAL).get(MEDIA).reply(404, { message: "Not found" });
    nock(PORTAL).get(MEDIA).reply(401, { message: "Unauthorized" });
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    nock(PORTAL).get(MEDIA).times(2).replyWithError(reset);
    nock(PORTAL).get(MEDIA).reply(429, { message: "Too Many Requests" });
    const errors = [];
    for (let i = 0; i < 4; i++) {
      const r = await deliver(created(), { fetchDelaySeconds: "0" }, pinned()).run;
      expect(r).toMatchObject({ branch: "Notification", status: 200, data: { asset: null } });
      errors.push(r.data.assetError);
    }
    expect(errors).toEqual([
      {
        status: 404,
        code: "notFound",
        message: "The asset no longer exists in Bynder (HTTP 404).",
      },
      expect.objectContaining({ status: 401, code: "unauthorized" }),
      expect.objectContaining({ status: null, code: "unreachable" }),
      expect.objectContaining({ status: 429, code: "rateLimited" }),
    ]);
    // The 429 pause (30 s or more) is not waited: only the dropped connection's quick retry is.
    expect(clock.sleeps).toEqual([200]);
  });

  it("waits out a rate-limit pause only when it ends in time for the answer", async () => {
    certificate();
    nock(PORTAL).get(MEDIA).reply(429, {}, { "Retry-After": "1" });
    nock(PORTAL).get(MEDIA).reply(200, { id: ASSET });
    const r = await deliver(created(), { fetchDelaySeconds: "0" }, pinned()).run;
    expect(r.data).toMatchObject({ asset: { id: ASSET }, assetError: null });
    expect(clock.elapsed()).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
  });

  it("gives job null and jobError for a workflow.job.create whose job read fails", async () => {
    certificate();
    nock(PORTAL).get(`/api/workflow/jobs/${jobExample.id}`).times(2).reply(502);
    const envelope = signer.notification(TOPIC, "workflow.job.create", { media_id: jobExample.id });
    const r = await deliver(envelope, { fetchDelaySeconds: "0" }, pinned()).run;
    expect(r.data).toMatchObject({ job: null, jobError: { status: 502, code: "unavailable" } });
    expect(r.data).not.toHaveProperty("asset");
  });
});

/** A Bynder that accepts requests and never answers; closing it drops them. */
async function silentPortal() {
  const held: ServerResponse[] = [];
  const server = createServer((_req, res) => void held.push(res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    held,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The fake clock plus real time: the client's timeouts are real, its waits are not. */
function fakePlusRealClock() {
  const realStart = Date.now();
  let offset = 0;
  const restore = useClock({
    now: () => clock.start + offset + (Date.now() - realStart),
    sleep: async (ms) => void (offset += Math.max(0, ms)),
  });
  return { advance: (ms: number) => void (offset += ms), restore };
}

describe("Asset Events: the answer to SNS is due within 5 s whatever Bynder does", () => {
  it("ends a read Bynder never answers in time when the signature check was already slow", async () => {
    const portal = await silentPortal();
    const time = fakePlusRealClock();
    // SNS's certificate host takes 4 s: the delay is skipped and the read gets what is left.
    nock(SNS)
      .get(CERT_PATH)
      .reply(() => (time.advance(4000), [200, signer.pem]));
    try {
      const started = Date.now();
      const before = processClock().now();
      const r = await deliver(created(), {
        connection: permanentConnection(portal.url),
      }).run;
      const elapsed = processClock().now() - before;
      expect(r).toMatchObject({ branch: "Notification", status: 200, data: { asset: null } });
      expect(r.data.assetError).toMatchObject({ status: null, code: "timeout" });
      expect(portal.held).toHaveLength(1);
      expect(elapsed).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
      // The real part is the read's own short timeout, well under a second here.
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      time.restore();
      await portal.close();
    }
  });

  it("skips the read, saying so, when no time is left for it", async () => {
    const portal = await silentPortal();
    const time = fakePlusRealClock();
    nock(SNS)
      .get(CERT_PATH)
      .reply(() => (time.advance(4300), [200, signer.pem]));
    try {
      const r = await deliver(created(), { connection: permanentConnection(portal.url) }).run;
      expect(r.data).toMatchObject({
        asset: null,
        assetError: {
          status: null,
          code: "timeout",
          message: "No time was left to read the asset before answering Amazon SNS.",
        },
      });
      expect(portal.held).toHaveLength(0);
    } finally {
      time.restore();
      await portal.close();
    }
  });
});
