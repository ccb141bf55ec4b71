import { inspect } from "node:util";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import { useClock } from "../../../src/core/http/clock";
import { debugContext, recordingLogger } from "../../helpers/context";
import { errorText, fragments, SHAPES, SPELLINGS } from "../../bynder/security/canaryCases";
import { type EchoServer, startEchoServer } from "../../bynder/security/echoServer";

/** Random-looking, header-safe, and changed by URL and JSON encoding (`+`, `/`, `=`, `~`). */
const API_KEY = "bfK-Rq7v+Wd3/Zx9=Lm2Tp~";

const harness = createHarness(component);
let server: EchoServer;
let restoreClock: () => void;
let consoleLines: string[] = [];

/** A GET, a write with a JSON body and a DELETE: the key travels in each one's header. */
const RUNS: Record<string, { action: string; inputs: Record<string, unknown> }> = {
  "Get Brandfolder": { action: "getBrandfolder", inputs: { brandfolderId: "bf-1" } },
  "Create Custom Field Keys": {
    action: "createCustomFieldKeys",
    inputs: { brandfolderId: "bf-1", name: "color", allowedValues: ["red"] },
  },
  "Delete Custom Field Value": {
    action: "deleteCustomFieldValue",
    inputs: { customFieldValueId: "cfv-1" },
  },
};

// The key pasted with its "Bearer " prefix, as users copy it.
const connection = (host: string) => ({
  key: "apiKey",
  configVarKey: "c",
  fields: { apiKey: `Bearer ${API_KEY}`, apiHost: host, maxRetries: "0" },
});

beforeAll(async () => {
  server = await startEchoServer();
  let now = Date.parse("2026-01-01T00:00:00Z");
  restoreClock = useClock({
    now: () => now,
    sleep: async (ms) => void (now += ms),
    random: () => 0.5,
  });
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" "));
    });
  }
});

afterAll(async () => {
  restoreClock();
  jest.restoreAllMocks();
  await server.close();
});

const cases = Object.keys(RUNS).flatMap((run) =>
  Object.keys(SHAPES).flatMap((shape) =>
    Object.keys(SPELLINGS).map((spelling) => ({ run, shape, spelling })),
  ),
);

describe("the Brandfolder API key never leaks, whatever Brandfolder echoes (debug logging on)", () => {
  it.each(cases)("$run: $spelling, in a $shape", async ({ run, shape, spelling }) => {
    server.reply = (req) => SHAPES[shape](SPELLINGS[spelling](API_KEY), req);
    consoleLines = [];
    const { logger, lines } = recordingLogger();
    const { action, inputs } = RUNS[run];
    const error = await harness
      .action(action, { connection: connection(server.url), ...inputs }, debugContext(logger))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    expect(lines.some((l) => l.startsWith("debug "))).toBe(true);
    const everything = [errorText(error), ...lines, ...consoleLines].join("\n");
    expect(fragments(API_KEY).filter((f) => everything.includes(f))).toEqual([]);
  });

  it("really sends the key, without its pasted prefix, to the API host", async () => {
    server.reply = () => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    await harness.action("deleteCustomFieldValue", {
      connection: connection(server.url),
      customFieldValueId: "cfv-1",
    });
    expect(server.requests.at(-1)?.authorization).toBe(`Bearer ${API_KEY}`);
  });
});
