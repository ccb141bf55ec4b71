/** A logger that records every call, so tests can assert what was (and was not) logged. */
export function recordingLogger() {
  const lines: string[] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      lines.push(
        `${level} ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}`,
      );
    };
  return {
    lines,
    logger: {
      metric: record("metric"),
      trace: record("trace"),
      debug: record("debug"),
      info: record("info"),
      log: record("log"),
      warn: record("warn"),
      error: record("error"),
    },
  };
}

/**
 * A harness context with debug logging on: spectral turns `context.debug.enabled` on only from
 * `globalDebug`, which its context type does not list.
 */
export function debugContext(logger: ReturnType<typeof recordingLogger>["logger"]) {
  return { logger, globalDebug: true } as { logger: typeof logger };
}
