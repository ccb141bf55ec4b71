import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { debugContext, recordingLogger } from "../../helpers/context";
import {
  errorText,
  fragments,
  RUNS,
  SECRETS,
  type SecretName,
  SHAPES,
  SPELLINGS,
} from "./canaryCases";
import { useCanaryBench } from "../../helpers/canaryBench";

const harness = createHarness(component);
const bench = useCanaryBench();

const cases = Object.entries(RUNS).flatMap(([runName, run]) =>
  run.secrets.flatMap((secret) =>
    Object.keys(SHAPES).flatMap((shape) =>
      Object.keys(SPELLINGS).map((spelling) => ({ runName, run, secret, shape, spelling })),
    ),
  ),
);

describe("no secret leaks, whatever Bynder echoes (debug logging on)", () => {
  it.each(cases)(
    "$runName: $secret, $spelling, in a $shape",
    async ({ run, secret, shape, spelling }) => {
      const value = SECRETS[secret];
      bench.server.reply = (req) => SHAPES[shape](SPELLINGS[spelling](value), req);
      bench.console.length = 0;
      const { logger, lines } = recordingLogger();
      const error = await harness
        .action(
          run.action,
          { connection: run.connection(bench.server.url), ...run.inputs },
          debugContext(logger),
        )
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(Error);
      // The echo reached the user-facing message, masked.
      expect((error as Error).message).toContain("[RED");
      // Debug logging really ran, so its lines were checked too.
      expect(lines.some((l) => l.startsWith("debug "))).toBe(true);
      const everything = [errorText(error), ...lines, ...bench.console].join("\n");
      const leaked = fragments(value).filter((f) => everything.includes(f));
      expect(leaked).toEqual([]);
    },
  );
});

describe("the echo server really sends each secret", () => {
  it.each(Object.keys(RUNS))(
    "%s: the request carried the connection's token or password",
    async (name) => {
      const run = RUNS[name];
      bench.server.reply = (req) => SHAPES["text body"]("nothing", req);
      await harness
        .action(
          run.action,
          { connection: run.connection(bench.server.url), ...run.inputs },
          { logger: recordingLogger().logger },
        )
        .catch(() => undefined);
      const last = bench.server.requests.at(-1);
      if (run.secrets.includes("dataPassword")) {
        const data = new URLSearchParams(last?.body).get("data") ?? "{}";
        expect(JSON.parse(data).password).toBe(SECRETS.dataPassword);
      } else if (run.secrets.includes("userPassword")) {
        expect(new URLSearchParams(last?.body).get("password")).toBe(SECRETS.userPassword);
      } else {
        const token = run.secrets.find((s) => /AccessToken|permanentToken/.test(s)) as SecretName;
        expect(last?.authorization).toBe(`Bearer ${SECRETS[token]}`);
      }
    },
  );
});
