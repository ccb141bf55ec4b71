import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { uploadRequestExample } from "../../../src/brandfolder/examplePayloads/uploads";
import component from "../../../src/brandfolder";
import { contracts } from "../contracts";
import fc from "fast-check";
import {
  anyValue,
  badIds,
  paddedText,
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
 * Every input of every Brandfolder action, fed seeded random values on top of the action's contract
 * inputs: each value is refused with an error naming the input before any request, or sent exactly
 * as typed (checked on the request recorded at the HTTP boundary). The oracle is Bynder's: it knows
 * the input rules by kind, not by vendor.
 */
const harness = createHarness(component);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 8);
const SEED = Number(process.env.PROPERTY_SEED ?? 18);
const HOST = "https://brandfolder.com";
const KEY = "bf-property-key-5a6b7c8d";
/** Inputs that shape what the connector does but are never sent to Brandfolder as such. */
const NOT_SENT: Record<string, string> = {
  maxItems: "caps what Fetch All keeps",
  maxSizeMb: "caps what is read",
  "uploadFile.resumableThresholdMib": "chooses one PUT or the resumable protocol, not sent",
  "uploadFile.chunkSizeMib": "sizes the resumable chunks, not sent as such",
  "rawRequest.timeout": "a client setting; a tiny one fails the request on purpose",
  "setCustomFieldValue.keyName": "matched against the Brandfolder's key names, not sent",
};
/** Set Custom Field Value reads the key (its name, its allowed values) before refusing: no write. */
const READS_FIRST = new Set(["setCustomFieldValue"]);
const notSent = (key: string, input: string) => `${key}.${input}` in NOT_SENT || input in NOT_SENT;

const actions = component.actions as unknown as BuiltActions;
/** Bynder's value mix, plus IDs that try to leave their path segment and padded unicode text. */
/** Met by every input on every run: padded unicode text, a number as text, a path escape. */
const EXAMPLES = [' Ünïcode, "quoted" 🦄 ', " 42 ", "../x", "  "];
const values = fc.oneof(
  { arbitrary: anyValue, weight: 3 },
  { arbitrary: badIds, weight: 1 },
  { arbitrary: paddedText, weight: 1 },
);

/** Answers as Brandfolder would to the contract's own requests, so the action can finish. */
function replier(key: string) {
  const contract = contracts[key];
  const example = actions[key].examplePayload?.data;
  return (r: Recorded): [number, unknown] => {
    const same = contract?.requests.filter((w) => w.method === r.method && w.path === r.path);
    // Pages of one list (keys on page 1, then 2) are told apart by their query.
    const query = (q: [string, string][]) => JSON.stringify(Object.fromEntries(q.sort()));
    const want =
      same?.find((w) => query(Object.entries(w.query ?? {})) === query(r.query)) ?? same?.[0];
    const body = want?.reply && "body" in want.reply ? want.reply.body : example;
    return [want?.reply?.status ?? 200, body];
  };
}

function baseline(key: string): Record<string, unknown> {
  const inputs = { ...(contracts[key]?.inputs ?? {}) };
  // One page, so Page and Per Page reach the request.
  if (actions[key].inputs.some((i) => i.key === "fetchAll")) inputs.fetchAll = "false";
  return inputs;
}

const setup: PropertySetup = {
  run: (key, params) => harness.action(key, params),
  origin: HOST,
  // Upload File's bytes go to the signed storage URL that Get Upload URL's example names.
  otherOrigins: [new URL(uploadRequestExample.upload_url).origin],
  connection: () => ({ key: "apiKey", configVarKey: "c", fields: { apiKey: KEY } }),
  baseline,
  reply: replier,
  notSent,
  readsBeforeRefusing: (key) => READS_FIRST.has(key),
};

const cases = inputCases(actions);

describe("every input of every Brandfolder action", () => {
  it("has a registered kind (so the rule for its kind is checked)", () => expectKinds(cases));

  it("reads every boolean input with the one strict parser", () => expectStrictBooleans(cases));

  it("refuses an item outside a restricted list input, and keeps one inside it", () =>
    // Get Attachment's Include and Fields.
    expectRestrictedLists(cases, 2));

  it.each(Object.keys(actions))("%s: random values are sent as meant or refused by name", (key) =>
    checkAction(setup, actions, key, { runs: RUNS, seed: SEED, values, examples: EXAMPLES }),
  );
});
