import type { Connection } from "@prismatic-io/spectral";
import fc from "fast-check";
import { resetPacers } from "../../src/core/http/clock";
import { type InputKind, kindOf } from "../../src/core/inputs/kinds";
import { containedTexts, expectedTexts, leaves, verdict } from "./inputOracle";
import { type Recorded, recordPortal } from "./recorder";

/**
 * The property-based input suite's vendor-neutral half: random values, and the check that a value
 * is either refused by name before any request, or sent exactly as meant (on the recorded request).
 */

export interface BuiltInput {
  key: string;
  label: string | { value: string };
  type: string;
  clean?: (v: unknown) => unknown;
}
export const labelOf = (i: BuiltInput) => (typeof i.label === "string" ? i.label : i.label.value);

export type BuiltActions = Record<
  string,
  { inputs: BuiltInput[]; examplePayload?: { data?: unknown } }
>;

const whitespace = fc.constantFrom(" ", "  ", "\t", "\n", " \t ");
/** Unicode, blanks, padded text, numbers as text and as numbers, JSON, arrays, booleans, nulls. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
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

/** IDs that could leave their path segment or its meaning: dots, slashes, queries, fragments. */
export const badIds: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("..", ".", " .. ", "%2e%2e", "%2E.", "a/b", "../admin", "id?x=1", "id#top"),
  fc.constantFrom("id%20x", "ïd-ünï", "🦄", "a\\b", "id;drop", "  spaced id  "),
);

/** Text that must travel untrimmed and unmangled: padded unicode, inner blanks, commas, quotes. */
export const paddedText: fc.Arbitrary<unknown> = fc
  .tuple(whitespace, fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), whitespace)
  .map(([a, b, c]) => `${a}${b}, "${b}"${c}`);

/** Every (action key, input) pair of a component, connections left out. */
export const inputCases = (actions: BuiltActions) =>
  Object.entries(actions).flatMap(([key, a]) =>
    a.inputs.filter((i) => i.type !== "connection").map((i) => [key, i] as const),
  );

type Case = ReturnType<typeof inputCases>[number];

/** Every input has a registered kind, so the oracle knows the rule it is checked against. */
export function expectKinds(cases: Case[]): void {
  const missing = cases.filter(([, i]) => !kindOf(i.clean)).map(([k, i]) => `${k}.${i.key}`);
  expect(missing).toEqual([]);
}

/** Every boolean input reads off-spellings as off and refuses what is no boolean, by name. */
export function expectStrictBooleans(cases: Case[]): void {
  const booleans = cases.filter(([, i]) => i.type === "boolean");
  expect(booleans.length).toBeGreaterThan(0);
  for (const [key, input] of booleans) {
    const clean = input.clean ?? ((v: unknown) => v);
    for (const off of ["0", "off", "false ", "No"])
      expect([key, clean(off)]).not.toEqual([key, true]);
    for (const bad of ["null", "maybe", "2"])
      expect(() => clean(bad)).toThrow(`Input "${labelOf(input)}"`);
  }
}

/** A list input restricted to named values keeps one (trimmed) and refuses any other, by name. */
export function expectRestrictedLists(cases: Case[], atLeast: number): void {
  const restricted = cases.flatMap(([key, input]) => {
    const kind = kindOf(input.clean);
    return kind?.kind === "list" && kind.values ? [[key, input, kind.values] as const] : [];
  });
  expect(restricted.length).toBeGreaterThanOrEqual(atLeast);
  for (const [key, input, values] of restricted) {
    const clean = input.clean as (v: unknown) => unknown;
    expect([key, clean([` ${values[0]} `])]).toEqual([key, [values[0]]]);
    expect(() => clean([values[0], "not-a-value"])).toThrow(`Input "${labelOf(input)}"`);
  }
}

export interface PropertySetup {
  /** Runs the action as the platform would (spectral's harness). */
  run(key: string, params: Record<string, unknown>): Promise<unknown>;
  /** The API host the requests go to (answered by `reply`, recorded at the HTTP boundary). */
  origin: string;
  /** Hosts off the API that actions also call (signed storage URLs), answered and recorded too. */
  otherOrigins?: string[];
  connection(): Connection | Record<string, unknown>;
  /** The action's working inputs (its contract's), that each random value replaces one of. */
  baseline(key: string): Record<string, unknown>;
  reply(key: string): (r: Recorded) => [number, unknown];
  /** Inputs never sent as such (a client setting, a local filter…): only their refusal is checked. */
  notSent(key: string, input: string): boolean;
  /** Lookups an action may make before its own request, left out of what is checked. */
  isLookup?(key: string, r: Recorded): boolean;
  /** Actions whose input check needs a read first (a name looked up): refused before any write. */
  readsBeforeRefusing?(key: string): boolean;
}

/** Feeds one value to one input and checks the outcome against the oracle. */
export async function checkInput(
  setup: PropertySetup,
  key: string,
  input: BuiltInput,
  kind: InputKind,
  value: unknown,
) {
  resetPacers();
  const label = labelOf(input);
  const portal = recordPortal(setup.reply(key), setup.origin);
  const others = (setup.otherOrigins ?? []).map((o) => recordPortal(setup.reply(key), o));
  let error: Error | undefined;
  try {
    await setup.run(key, {
      ...setup.baseline(key),
      connection: setup.connection(),
      [input.key]: value,
    });
  } catch (e) {
    error = e as Error;
  } finally {
    portal.stop();
  }
  const recorded = [...portal.requests, ...others.flatMap((o) => o.requests)];
  const sent = recorded.filter((r) => !setup.isLookup?.(key, r));
  const shown = `${key}.${input.key} = ${JSON.stringify(value)}`;
  const refusedHere = error?.name === "InputError" || /^Input "/.test(error?.message ?? "");
  if (refusedHere) {
    const reads = setup.readsBeforeRefusing?.(key) ?? false;
    const writes = sent.filter((r) => !reads || r.method !== "GET");
    expect([shown, writes.length]).toEqual([shown, 0]);
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
  if (setup.notSent(key, input.key)) return;
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

/** Runs every input of one action through `runs` seeded random values. */
export async function checkAction(
  setup: PropertySetup,
  actions: BuiltActions,
  key: string,
  opts: { runs: number; seed: number; values?: fc.Arbitrary<unknown>; examples?: unknown[] },
) {
  const inputs = inputCases(actions).filter(([k, i]) => k === key && kindOf(i.clean));
  for (const [n, [, input]] of inputs.entries()) {
    const kind = kindOf(input.clean) as InputKind;
    // A fixed seed per input keeps CI stable; PROPERTY_SEED=<n> and PROPERTY_RUNS=<n> explore more.
    await fc.assert(
      fc.asyncProperty(opts.values ?? anyValue, (value) =>
        checkInput(setup, key, input, kind, value),
      ),
      {
        numRuns: opts.runs,
        seed: opts.seed + key.length * 101 + n,
        // Values every input meets whatever the seed draws (fast-check runs them first).
        examples: (opts.examples ?? []).map((v) => [v] as [unknown]),
      },
    );
  }
}
