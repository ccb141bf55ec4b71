import { startBrandfolderSimulator } from "./brandfolder/index";
import { type SimulatorOptions, startBynderSimulator } from "./bynder/index";
import { scaledClock } from "./core/clock";

/** A running simulator: the JSON line scripts read, and how to stop it. */
interface Running {
  line: Record<string, string>;
  close(): Promise<void>;
}

/** Every component's simulator; adding one is a line here (undefined: not built yet). */
const COMPONENTS: Record<string, ((options: SimulatorOptions) => Promise<Running>) | undefined> = {
  bynder: async (options) => {
    const sim = await startBynderSimulator(options);
    return {
      line: {
        url: sim.url,
        publicUrl: sim.publicUrl,
        authorizeUrl: sim.credentials.authorizeUrl,
        tokenUrl: sim.credentials.tokenUrl,
        clientId: sim.credentials.clientId,
        clientSecret: sim.credentials.clientSecret,
        permanentToken: sim.credentials.permanentToken,
      },
      close: () => sim.close(),
    };
  },
  brandfolder: async (options) => {
    // Run alone, nobody drives the webhook queue: it delivers on a real timer.
    const sim = await startBrandfolderSimulator({
      ...forBrandfolder(options),
      webhooks: { autoDeliverMs: 250 },
    });
    return {
      line: { url: sim.url, apiKey: sim.apiKey, guestApiKey: sim.guestKey },
      close: () => sim.close(),
    };
  },
};

/** Bynder-only flags (uploads, tokens) have no meaning here: refused rather than ignored. */
function forBrandfolder(options: SimulatorOptions) {
  const { port, host, latencyMs, rateLimit, rateWindowMs, seedAssets, clock, publicUrl, ...rest } =
    options;
  const unused = Object.keys(rest);
  if (unused.length > 0) {
    throw new Error(`the brandfolder simulator does not take: ${unused.join(", ")}`);
  }
  return { port, host, latencyMs, rateLimit, rateWindowMs, seedAssets, clock, publicUrl };
}

const STRING_FLAGS: Record<string, "publicUrl" | "host" | "component"> = {
  "--public-url": "publicUrl",
  "--host": "host",
  "--component": "component",
};

const FLAGS: Record<string, keyof SimulatorOptions | "clockSpeed"> = {
  "--port": "port",
  "--latency-ms": "latencyMs",
  "--rate-limit": "rateLimit",
  "--rate-window-ms": "rateWindowMs",
  "--seed-assets": "seedAssets",
  "--processing-ms": "processingMs",
  "--v7-conversion-ms": "v7ConversionMs",
  "--token-ttl-seconds": "tokenTtlSeconds",
  "--clock-speed": "clockSpeed",
};

type Parsed = SimulatorOptions & { component?: string };

function parseArgs(argv: string[]): Parsed {
  const opts: Record<string, number | string> = {};
  for (let i = 0; i < argv.length; i++) {
    const eq = argv[i].indexOf("=");
    const flagName = eq < 0 ? argv[i] : argv[i].slice(0, eq);
    const inline = eq < 0 ? undefined : argv[i].slice(eq + 1);
    const stringKey = STRING_FLAGS[flagName];
    if (stringKey) {
      const raw = inline ?? argv[++i];
      if (!raw) throw new Error(`${flagName} needs a value`);
      opts[stringKey] = raw;
      continue;
    }
    const key = FLAGS[flagName];
    if (!key) throw new Error(`Unknown option: ${argv[i]}`);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value) || value < 0) {
      throw new Error(`${flagName} needs a non-negative number`);
    }
    opts[key] = value;
  }
  return withClockSpeed(opts as Parsed & { clockSpeed?: number });
}

/** `--clock-speed N`: simulated time runs N times real time, so a bench can outwait a settle window. */
function withClockSpeed({ clockSpeed, ...opts }: Parsed & { clockSpeed?: number }): Parsed {
  if (clockSpeed === undefined) return opts;
  if (clockSpeed === 0) throw new Error("--clock-speed needs a positive number");
  return { ...opts, clock: scaledClock(clockSpeed) };
}

/** `--component` (default bynder): one the CLI knows, else an error naming the choices. */
function componentOf(name = "bynder"): NonNullable<(typeof COMPONENTS)[string]> {
  if (!Object.hasOwn(COMPONENTS, name)) {
    const known = Object.keys(COMPONENTS).join(", ");
    throw new Error(`--component must be one of ${known}, not "${name}"`);
  }
  const start = COMPONENTS[name];
  if (!start) throw new Error(`the ${name} simulator is not yet available; use --component bynder`);
  return start;
}

async function main(): Promise<void> {
  const { component, ...options } = parseArgs(process.argv.slice(2));
  const sim = await componentOf(component)(options);
  // Exactly one line on stdout so scripts can parse it.
  process.stdout.write(`${JSON.stringify(sim.line)}\n`);
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(`simulator: ${(err as Error).message}\n`);
  process.exit(2);
});
