import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { brandExample } from "../../../src/bynder/examplePayloads/brands";
import { contracts } from "../contracts";
import { oauthConnection, PORTAL } from "../../helpers/connections";
import {
  type BuiltActions,
  checkAction,
  inputCases,
  type PropertySetup,
  expectKinds,
  expectRestrictedLists,
  expectStrictBooleans,
} from "../../helpers/propertyInputs";
import type { Recorded } from "../../helpers/recorder";

/**
 * Every input of every action, fed random values on top of the action's contract inputs: each value
 * is either refused with an error naming the input and no request, or sent exactly as meant
 * (checked on the recorded request). Runs are few per input so the suite stays fast.
 */
const harness = createHarness(component);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 5);
const SEED = Number(process.env.PROPERTY_SEED ?? 8);
/** Inputs that shape what the connector does but are never sent to Bynder as such. */
const NOT_SENT: Record<string, string> = {
  maxItems: "caps what Fetch All keeps",
  timeout: "a client setting; a tiny one fails the request on purpose",
  retryDelayMS: "a client setting",
  maxRetries: "a client setting",
  responseType: "how the answer is read",
  "getOrder.orderNumber": "matched against the order list locally",
  uploadMethod: "chooses the upload flow",
  saveAs: "chooses the save endpoint",
  chunkSizeMib: "how the file is cut",
  concurrency: "how many chunks travel at once",
  pollInterval: "the wait between polls",
  pollTimeout: "how long polling lasts",
  maxSizeMb: "caps what is read",
  "downloadAsset.derivative": "picks a thumbnail URL out of the asset",
  "uploadChunk.chunk": "sent inside the multipart S3 form, which the oracle does not parse",
  "uploadChunk.chunks": "sent inside the multipart S3 form, which the oracle does not parse",
};
const notSent = (key: string, input: string) => `${key}.${input}` in NOT_SENT || input in NOT_SENT;
/** Lookups an action may make before its own request (e.g. classifying a typed brand ID). */
const LOOKUPS = new Set(["/api/v4/brands/"]);

const actions = component.actions as unknown as BuiltActions;

/** Answers like Bynder would for the contract's own requests, so the action can finish. */
function replier(key: string) {
  const contract = contracts[key];
  const example = actions[key].examplePayload?.data;
  return (r: Recorded): [number, unknown] => {
    if (r.path === "/api/v4/brands/") return [200, [brandExample]];
    const same = contract?.requests.filter((w) => w.method === r.method && w.path === r.path);
    // Several requests to one path (upload register, then finalise) are told apart by their form keys.
    const keys = (o: object) => Object.keys(o).sort().join();
    const form = () => keys(Object.fromEntries(new URLSearchParams(r.body)));
    const want =
      same?.find((w) => w.body && typeof w.body === "object" && keys(w.body) === form()) ??
      same?.[0];
    const body = want?.reply && "body" in want.reply ? want.reply.body : example;
    return [want?.reply?.status ?? 200, body];
  };
}

function baseline(key: string): Record<string, unknown> {
  const inputs = { ...(contracts[key]?.inputs ?? {}) };
  // One page, so Page and Limit reach the request.
  if (actions[key].inputs.some((i) => i.key === "fetchAll")) inputs.fetchAll = "false";
  return inputs;
}

const setup: PropertySetup = {
  run: (key, params) => harness.action(key, params),
  origin: PORTAL,
  connection: () => oauthConnection(),
  baseline,
  reply: replier,
  notSent,
  isLookup: (key, r) => LOOKUPS.has(r.path) && key !== "rawRequest",
};

const cases = inputCases(actions);

describe("every input of every action", () => {
  it("has a registered kind (so the rule for its kind is checked)", () => expectKinds(cases));

  it("reads every boolean input with the one strict parser", () => expectStrictBooleans(cases));

  it("refuses an item outside a restricted list input, and keeps one inside it", () =>
    expectRestrictedLists(cases, 1));

  it.each(Object.keys(actions))("%s: random values are sent as meant or refused by name", (key) =>
    checkAction(setup, actions, key, { runs: RUNS, seed: SEED }),
  );
});
