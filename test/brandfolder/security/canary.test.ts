import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import { debugContext, recordingLogger } from "../../helpers/context";
import { errorText, fragments, SHAPES, SPELLINGS } from "../../bynder/security/canaryCases";
import { useCanaryBench } from "../../helpers/canaryBench";

/** Random-looking, header-safe, and changed by URL and JSON encoding (`+`, `/`, `=`, `~`). */
const API_KEY = "bfK-Rq7v+Wd3/Zx9=Lm2Tp~";

const harness = createHarness(component);
const bench = useCanaryBench();

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

const cases = Object.keys(RUNS).flatMap((run) =>
  Object.keys(SHAPES).flatMap((shape) =>
    Object.keys(SPELLINGS).map((spelling) => ({ run, shape, spelling })),
  ),
);

describe("the Brandfolder API key never leaks, whatever Brandfolder echoes (debug logging on)", () => {
  it.each(cases)("$run: $spelling, in a $shape", async ({ run, shape, spelling }) => {
    bench.server.reply = (req) => SHAPES[shape](SPELLINGS[spelling](API_KEY), req);
    bench.console.length = 0;
    const { logger, lines } = recordingLogger();
    const { action, inputs } = RUNS[run];
    const error = await harness
      .action(action, { connection: connection(bench.server.url), ...inputs }, debugContext(logger))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    expect(lines.some((l) => l.startsWith("debug "))).toBe(true);
    const everything = [errorText(error), ...lines, ...bench.console].join("\n");
    expect(fragments(API_KEY).filter((f) => everything.includes(f))).toEqual([]);
  });

  it("really sends the key, without its pasted prefix, to the API host", async () => {
    bench.server.reply = () => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    await harness.action("deleteCustomFieldValue", {
      connection: connection(bench.server.url),
      customFieldValueId: "cfv-1",
    });
    expect(bench.server.requests.at(-1)?.authorization).toBe(`Bearer ${API_KEY}`);
  });
});
