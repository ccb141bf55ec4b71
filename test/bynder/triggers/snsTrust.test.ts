import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { bynderComponent } from "../../../src/bynder/component";
import { ASSET, deliverTo, expectRejected, TOPIC } from "./snsDelivery";
import { snsSigner } from "./snsSigning";

/**
 * The SNS trust rule and certificate cache belong to a component instance: a component built with
 * another rule trusts its host, and the published default still trusts Amazon SNS only.
 */
let server: Server;
let origin: string;
let fetches = 0;
let signer: ReturnType<typeof snsSigner>;

beforeAll(async () => {
  server = createServer((_req, res) => {
    fetches += 1;
    res.writeHead(200, { "content-type": "text/plain" }).end(signer.pem);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  signer = snsSigner(`${origin}/cert.pem`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  fetches = 0;
});

const trustingLoopback = () =>
  createHarness(bynderComponent({ snsTrust: (u) => u.origin === origin }));
const created = () => signer.notification(TOPIC, "asset_bank.media.create", { media_id: ASSET });
const NOT_SNS = /SigningCertURL points at 127\.0\.0\.1:\d+, which is not an Amazon SNS host/;

describe("Asset Events: the SNS trust rule is the component's own", () => {
  it("the published component refuses a certificate URL off Amazon SNS, without fetching it", async () => {
    await expectRejected(deliverTo(createHarness(component), created()).run, NOT_SNS);
    expect(fetches).toBe(0);
  });

  it("a component built with another rule accepts that host while the default ones still refuse it", async () => {
    const custom = trustingLoopback();
    const accepted = await deliverTo(custom, created(), { fetchAsset: "false" }).run;
    expect(accepted).toMatchObject({ branch: "Notification", status: 200 });
    expect(fetches).toBe(1);
    await expectRejected(deliverTo(createHarness(component), created()).run, NOT_SNS);
    await expectRejected(deliverTo(createHarness(bynderComponent()), created()).run, NOT_SNS);
    expect(fetches).toBe(1);
  });

  it("each component caches the certificates it fetched, and only those", async () => {
    const [a, b] = [trustingLoopback(), trustingLoopback()];
    for (const target of [a, a, b, a, b]) {
      const r = await deliverTo(target, created(), { fetchAsset: "false" }).run;
      expect(r.branch).toBe("Notification");
    }
    expect(fetches).toBe(2);
  });
});
