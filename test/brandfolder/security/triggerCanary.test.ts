import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import { deliveryExample } from "../../../src/brandfolder/examplePayloads/assetEvents";
import { debugContext, recordingLogger } from "../../helpers/context";
import { errorText, fragments, SHAPES, SPELLINGS } from "../../bynder/security/canaryCases";
import { useCanaryBench } from "../../helpers/canaryBench";

/**
 * The Asset Events callback secret (in the query of the URL Brandfolder calls) never leaks, even
 * when the server echoes it back in every spelling: not in errors, logs, console or the output.
 */
const SECRET = "cbS-Hq7v+Wd3/Zx9=Lm2Tp~";
const FLOW_URL = "https://hooks.example.com/trigger/flow-1";

const harness = createHarness(component);
const bench = useCanaryBench();

const params = (host: string) => ({
  connection: {
    key: "apiKey",
    configVarKey: "c",
    fields: { apiKey: "bf-canary-key-0001", apiHost: host, maxRetries: "0" },
  },
  brandfolderId: "bf-1",
  events: ["asset.create"],
  fetchAsset: "true",
});

const state = () => ({
  brandfolderCallbackSecret: SECRET,
  brandfolderSubscriptions: [
    {
      id: deliveryExample.data.webhook_id,
      eventType: "asset.update",
      brandfolderKey: "bf-1",
      callbackUrl: `${FLOW_URL}?secret=${encodeURIComponent(SECRET)}`,
    },
  ],
});

/** Deploy (POST /webhooks), a delivery that reads its asset (GET /assets), delete (DELETE). */
const RUNS: Record<string, (host: string, context: object) => Promise<unknown>> = {
  deploy: (host, context) => harness.triggerOnInstanceDeploy("assetEvents", params(host), context),
  "delivery with Fetch Asset": (host, context) =>
    harness.trigger(
      "assetEvents",
      {
        queryParameters: { secret: SECRET },
        rawBody: { data: Buffer.from(JSON.stringify(deliveryExample)) },
        body: { data: JSON.stringify(deliveryExample) },
      },
      params(host),
      context,
    ),
  delete: (host, context) => harness.triggerOnInstanceDelete("assetEvents", params(host), context),
};

const cases = Object.keys(RUNS).flatMap((run) =>
  Object.keys(SHAPES).flatMap((shape) =>
    Object.keys(SPELLINGS).map((spelling) => ({ run, shape, spelling })),
  ),
);

describe("the Asset Events callback secret never leaks, whatever Brandfolder echoes (debug on)", () => {
  it.each(cases)("$run: $spelling, in a $shape", async ({ run, shape, spelling }) => {
    bench.server.reply = (req) => SHAPES[shape](SPELLINGS[spelling](SECRET), req);
    bench.console.length = 0;
    const { logger, lines } = recordingLogger();
    const context = {
      ...debugContext(logger),
      instanceState: state(),
      webhookUrls: { "Flow 1": FLOW_URL },
    };
    const outcome = await RUNS[run](bench.server.url, context).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    expect(bench.server.requests.length).toBeGreaterThan(0);
    const { result, error } = outcome as { result?: { payload?: unknown }; error?: unknown };
    const everything = [
      error === undefined ? "" : errorText(error),
      JSON.stringify(result?.payload ?? null),
      ...lines,
      ...bench.console,
    ].join("\n");
    expect(fragments(SECRET).filter((f) => everything.includes(f))).toEqual([]);
  });

  it("really sends the secret in the callback URL Brandfolder is given", async () => {
    bench.server.requests.length = 0;
    bench.server.reply = () => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        data: {
          id: "wh-9",
          attributes: {
            event_type: "asset.create",
            resource_key: "bf-1",
            resource_type: "brandfolder",
            callback_url: "x",
          },
        },
      }),
    });
    await harness.triggerOnInstanceDeploy("assetEvents", params(bench.server.url), {
      instanceState: state(),
      webhookUrls: { "Flow 1": FLOW_URL },
    } as never);
    const body = JSON.parse(bench.server.requests.at(-1)!.body);
    expect(new URL(body.data.attributes.callback_url).searchParams.get("secret")).toBe(SECRET);
  });
});
