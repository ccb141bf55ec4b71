import { type SimulatorOptions, startSimulator } from "./bynder/index";

const STRING_FLAGS: Record<string, "publicUrl" | "host"> = {
  "--public-url": "publicUrl",
  "--host": "host",
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

function parseArgs(argv: string[]): SimulatorOptions {
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
  return withClockSpeed(opts as SimulatorOptions & { clockSpeed?: number });
}

/** `--clock-speed N`: simulated time runs N times real time, so a bench can outwait a settle window. */
function withClockSpeed({ clockSpeed, ...opts }: SimulatorOptions & { clockSpeed?: number }) {
  if (clockSpeed === undefined) return opts;
  if (clockSpeed === 0) throw new Error("--clock-speed needs a positive number");
  const t0 = Date.now();
  return { ...opts, clock: () => t0 + (Date.now() - t0) * clockSpeed };
}

async function main(): Promise<void> {
  const sim = await startSimulator(parseArgs(process.argv.slice(2)));
  // Exactly one line on stdout so scripts can parse it.
  process.stdout.write(
    `${JSON.stringify({
      url: sim.url,
      publicUrl: sim.publicUrl,
      authorizeUrl: sim.credentials.authorizeUrl,
      tokenUrl: sim.credentials.tokenUrl,
      clientId: sim.credentials.clientId,
      clientSecret: sim.credentials.clientSecret,
      permanentToken: sim.credentials.permanentToken,
    })}\n`,
  );
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
  process.stderr.write(`bynder simulator: ${(err as Error).message}\n`);
  process.exit(2);
});
