import { createHarness } from "@prismatic-io/spectral/dist/testing";
import fc from "fast-check";
import component from "../../../src/bynder";
import { resetPacers } from "../../../src/core/http/clock";
import { brandExample } from "../../../src/bynder/examplePayloads/brands";
import { type InputKind, kindOf } from "../../../src/core/inputs/kinds";
import { contracts } from "../contracts";
import { oauthConnection } from "../../helpers/connections";
import { type Recorded, recordPortal } from "../../helpers/recorder";
import { containedTexts, expectedTexts, leaves, verdict } from "./oracle";

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

interface BuiltInput {
  key: string;
  label: string | { value: string };
  type: string;
  clean?: (v: unknown) => unknown;
}
const labelOf = (i: BuiltInput) => (typeof i.label === "string" ? i.label : i.label.value);
const actions = component.actions as unknown as Record<
  string,
  { inputs: BuiltInput[]; examplePayload?: { data?: unknown } }
>;

const whitespace = fc.constantFrom(" ", "  ", "\t", "\n", " \t ");
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", minLength: 1 }),
  fc.tuple(whitespace, fc.string({ minLength: 1 }), whitespace).map(([a, b, c]) => a + b + c),
  fc.constantFrom("true", "false", "0", "1", "off", "null", "yes", "false ", " TRUE", "maybe"),
  fc.constantFrom("Shot in Paris, France, 2026", "A,B", "a\nb", '["A","B"]', '["A"', '{"id":"X"}'),
  fc.integer().map(String),
  fc.bigInt({ min: 10n ** 15n, max: 10n ** 30n }).map(String),
  fc.constantFrom("1e3", "0x10", "1.5", "-0", "+7", "007"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.json(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.array(fc.record({ id: fc.string({ minLength: 1 }) }), { minLength: 1, maxLength: 2 }),
  fc.array(fc.record({ key: fc.string(), value: fc.string() }), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }),
);

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

async function check(key: string, input: BuiltInput, kind: InputKind, value: unknown) {
  resetPacers();
  const label = labelOf(input);
  const portal = recordPortal(replier(key));
  let error: Error | undefined;
  try {
    await harness.action(key, {
      ...baseline(key),
      connection: oauthConnection(),
      [input.key]: value,
    });
  } catch (e) {
    error = e as Error;
  } finally {
    portal.stop();
  }
  const sent = portal.requests.filter((r) => !LOOKUPS.has(r.path) || key === "rawRequest");
  const shown = `${key}.${input.key} = ${JSON.stringify(value)}`;
  const refusedHere = error?.name === "InputError" || /^Input "/.test(error?.message ?? "");
  if (refusedHere) {
    expect([shown, sent.length]).toEqual([shown, 0]);
    // Cross-input checks (e.g. "fill in at least one field") name every input involved.
    expect([shown, error?.message]).toEqual([shown, expect.stringContaining(`"`)]);
    // Only kinds whose rule is fully modelled must accept; text may carry extra checks of its own.
    const exact = ["flag", "boolean", "optionalBoolean", "integer"].includes(kind.kind);
    if (exact && verdict(kind, value) === "accept" && error?.message.startsWith(`Input "${label}"`))
      throw new Error(`${shown} was refused but should be accepted: ${error.message}`);
    return;
  }
  if (verdict(kind, value) === "refuse")
    throw new Error(`${shown} was accepted but should have been refused (input "${label}").`);
  if (notSent(key, input.key)) return;
  if (!sent.length) throw new Error(`${shown} failed without naming an input: ${error?.message}`);
  // The value may travel in any of the action's requests (e.g. a read before a write).
  const found = new Set(sent.flatMap((r) => [...leaves(r)]));
  for (const text of expectedTexts(kind, value))
    if (!found.has(text))
      throw new Error(`${shown}: "${text}" is not in the requests ${JSON.stringify(sent)}.`);
  for (const text of containedTexts(kind, value))
    if (![...found].some((l) => l.includes(text)))
      throw new Error(`${shown}: "${text}" is not in the requests ${JSON.stringify(sent)}.`);
}

const cases = Object.entries(actions).flatMap(([key, a]) =>
  a.inputs.filter((i) => i.type !== "connection").map((i) => [key, i] as const),
);

describe("every input of every action", () => {
  it("has a registered kind (so the rule for its kind is checked)", () => {
    const missing = cases.filter(([, i]) => !kindOf(i.clean)).map(([k, i]) => `${k}.${i.key}`);
    expect(missing).toEqual([]);
  });

  it("reads every boolean input with the one strict parser", () => {
    for (const [key, input] of cases.filter(([, i]) => i.type === "boolean")) {
      const clean = input.clean ?? ((v: unknown) => v);
      for (const off of ["0", "off", "false ", "No"])
        expect([key, clean(off)]).not.toEqual([key, true]);
      for (const bad of ["null", "maybe", "2"])
        expect(() => clean(bad)).toThrow(`Input "${labelOf(input)}"`);
    }
  });

  it("refuses an item outside a restricted list input, and keeps one inside it", () => {
    const restricted = cases.flatMap(([key, input]) => {
      const kind = kindOf(input.clean);
      return kind?.kind === "list" && kind.values ? [[key, input, kind.values] as const] : [];
    });
    expect(restricted.length).toBeGreaterThan(0);
    for (const [key, input, values] of restricted) {
      const clean = input.clean as (v: unknown) => unknown;
      expect([key, clean([` ${values[0]} `])]).toEqual([key, [values[0]]]);
      expect(() => clean([values[0], "not-a-value"])).toThrow(`Input "${labelOf(input)}"`);
    }
  });

  it.each(Object.keys(actions))(
    "%s: random values are sent as meant or refused by name",
    async (key) => {
      const inputs = cases.filter(([k, i]) => k === key && kindOf(i.clean));
      for (const [n, [, input]] of inputs.entries()) {
        const kind = kindOf(input.clean) as InputKind;
        // A fixed seed per input keeps CI stable; PROPERTY_SEED=<n> and PROPERTY_RUNS=<n> explore more.
        await fc.assert(
          fc.asyncProperty(anyValue, (value) => check(key, input, kind, value)),
          { numRuns: RUNS, seed: SEED + key.length * 101 + n },
        );
      }
    },
  );
});
