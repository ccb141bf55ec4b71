import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { oauthConnection } from "../../helpers/connections";
import { recordPortal } from "../../helpers/recorder";

const harness = createHarness(component);
const create = (protocol: string, endpoint: string) =>
  harness.action("createWebhook", {
    connection: oauthConnection(),
    name: "Prismatic: new assets",
    endpoint,
    protocol,
    events: ["asset_bank.media.create"],
  });

/** [protocol, endpoint, what the error must say]: each is refused before any request. */
const refused: [string, string, string][] = [
  ["HTTPS", "not a url", "is not a URL: Protocol HTTPS needs an https:// URL"],
  [
    "HTTPS",
    "http://hooks.example.com/bynder",
    "must be an https:// URL for Protocol HTTPS (got http://…)",
  ],
  ["HTTPS", "ftp://hooks.example.com/bynder", "(got ftp://…)"],
  [
    "HTTPS",
    "dam-team@acme.com",
    'is an email address, but Protocol is HTTPS: choose Protocol "Email"',
  ],
  ["EMAIL", "https://hooks.example.com/bynder", "must be one email address for Protocol Email"],
  ["EMAIL", "https://hooks.example.com/bynder", "(got a URL: choose Protocol HTTPS for a URL)"],
  ["EMAIL-JSON", "dam-team", "must be one email address for Protocol Email (JSON)"],
  ["EMAIL", "a@acme.com, b@acme.com", "must be one email address"],
  ["SQS", "arn:aws:sqs:eu-west-1:123456789012:bynder-events.fifo", "is an SQS FIFO queue (.fifo)"],
  [
    "SQS",
    "https://sqs.eu-west-1.amazonaws.com/123456789012/bynder-events",
    "use the queue's ARN, shown in the SQS console, not its URL",
  ],
  ["SQS", "arn:aws:sns:eu-west-1:123456789012:topic", "must be an SQS queue ARN for Protocol SQS"],
  ["SQS", "bynder-events", "must be an SQS queue ARN"],
];

describe("Create Webhook refuses an Endpoint that does not fit its Protocol", () => {
  it.each(refused)("%s with %s", async (protocol, endpoint, message) => {
    const portal = recordPortal();
    const error = await create(protocol, endpoint).catch((e: Error) => e);
    portal.stop();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('Input "Endpoint" ');
    expect((error as Error).message).toContain(message);
    expect(portal.requests).toEqual([]);
  });

  it("never echoes an HTTPS endpoint, which may carry basic-auth credentials", async () => {
    const error = await create("HTTPS", "http://user:S3cretPw@hooks.example.com/x").catch(
      (e: Error) => e,
    );
    expect((error as Error).message).toContain('Input "Endpoint"');
    expect((error as Error).message).not.toContain("S3cretPw");
  });
});

describe("Create Webhook sends an Endpoint that fits its Protocol", () => {
  it.each([
    ["HTTPS", "https://hooks.example.com/bynder?source=bynder"],
    ["HTTPS", "https://user:pw@hooks.example.com/bynder"],
    ["EMAIL", "dam-team@acme.com"],
    ["EMAIL-JSON", "dam.events+bynder@acme.co.uk"],
    ["SQS", "arn:aws:sqs:eu-west-1:123456789012:bynder-events"],
    ["SQS", "arn:aws-us-gov:sqs:us-gov-west-1:123456789012:bynder_events"],
  ])("%s with %s", async (protocol, endpoint) => {
    const portal = recordPortal(() => [201, { id: "9b2f4c1e-6a3d-4e8b-b7c5-1d2e3f4a5b6c" }]);
    await create(protocol, endpoint);
    portal.stop();
    expect(portal.requests).toHaveLength(1);
    expect(JSON.parse(portal.requests[0].body)).toMatchObject({ endpoint, protocol });
  });
});
