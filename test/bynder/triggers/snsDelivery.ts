import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import { bynderComponent } from "../../../src/bynder/component";
import { assetExample } from "../../../src/bynder/examplePayloads/assets";
import { permanentConnection } from "../../helpers/connections";
import { recordingLogger } from "../../helpers/context";
import { snsSigner } from "./snsSigning";

/** Delivers SNS requests to the Asset Events trigger through spectral's harness (nock stands in for SNS). */
type Harness = ReturnType<typeof createHarness>;
let harness = createHarness(bynderComponent());
/** A new default component, so a new SNS certificate cache: call it in beforeEach. */
export function freshComponent(): void {
  harness = createHarness(bynderComponent());
}
export const SNS = "https://sns.eu-west-1.amazonaws.com";
export const CERT_PATH = "/SimpleNotificationService-test.pem";
export const TOPIC = "arn:aws:sns:eu-west-1:123456789012:bynder-webhooks";
export const signer = snsSigner(`${SNS}${CERT_PATH}`);
export const ASSET = assetExample.id as string;

export interface Run {
  branch: string;
  data: Record<string, unknown>;
  status?: number;
}

export function deliver(
  envelope: unknown,
  params?: Record<string, unknown>,
  instanceState?: Record<string, unknown>,
  raw?: string,
) {
  return deliverTo(harness, envelope, params, instanceState, raw);
}

/** Delivers to a given component's harness (one built with other options). */
export function deliverTo(
  target: Harness,
  envelope: unknown,
  params: Record<string, unknown> = {},
  instanceState: Record<string, unknown> = {},
  raw?: string,
) {
  const { logger, lines } = recordingLogger();
  const body = raw ?? JSON.stringify(envelope);
  const type = (envelope as { Type?: string } | undefined)?.Type;
  const run = target
    .trigger(
      "assetEvents",
      {
        headers: {
          "Content-Type": "text/plain",
          ...(type ? { "x-amz-sns-message-type": type } : {}),
        },
        rawBody: { data: Buffer.from(body), contentType: "text/plain" },
        body: { data: body, contentType: "text/plain" },
      },
      {
        connection: permanentConnection(),
        events: ["asset_bank.media.create"],
        fetchDelaySeconds: "3",
        ...params,
      },
      { instanceState, logger } as never,
    )
    .then((r) => {
      const res = r as {
        branch: string;
        payload: { body: { data: Record<string, unknown> } };
        response?: { statusCode: number };
      };
      return {
        branch: res.branch,
        data: res.payload.body.data,
        status: res.response?.statusCode,
      } as Run;
    });
  return { run, lines };
}

/** A request that is not a genuine SNS message: answered 400 on the Rejected branch, never thrown. */
export async function expectRejected(run: Promise<Run>, reason: RegExp) {
  const r = await run;
  expect({ branch: r.branch, status: r.status }).toEqual({ branch: "Rejected", status: 400 });
  expect(r.data).toMatchObject({ rejected: true });
  expect(String(r.data.reason)).toMatch(/^Asset Events rejected the request: /);
  expect(String(r.data.reason)).toMatch(reason);
}

export const certificate = (times = 1) =>
  nock(SNS).get(CERT_PATH).times(times).reply(200, signer.pem);
