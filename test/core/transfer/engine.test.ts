import { createHash } from "node:crypto";
import { crc32 } from "node:zlib";
import { deadlineFrom } from "../../../src/core/http/clock";
import { ApiError } from "../../../src/core/http/errors";
import { bufferChunks, chunkCount } from "../../../src/core/transfer/chunks";
import { uploadChunks } from "../../../src/core/transfer/engine";
import type { Chunk, SentFile, UploadProtocol } from "../../../src/core/transfer/protocol";
import { failure } from "../../helpers/client";
import { installFakeClock } from "../http/fakeClock";

const MINUTE = 60_000;
const FILE = Buffer.from("abcdefghijklmnopqrstuvwxyz0123"); // 30 bytes: 10 chunks of 3

/** A protocol that records every call; `fail` decides, per chunk and attempt, what goes wrong. */
function fakeProtocol(
  fail: (chunk: Chunk, attempt: number) => Error | undefined = () => undefined,
) {
  const calls: string[] = [];
  const received: Buffer[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const protocol: UploadProtocol<string, { id: string; sent: SentFile }> = {
    needsSha256: true,
    label: (index, total) => `Part ${index + 1} of ${total}`,
    async start(info) {
      calls.push(`start ${info.totalChunks}`);
      return "session-1";
    },
    async sendChunk(session, chunk, attempt) {
      calls.push(`send ${chunk.index}@${chunk.offset} #${attempt} (${session})`);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      // Yield to the event loop so that chunks really overlap (no real time passes).
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      const error = fail(chunk, attempt);
      if (error) throw error;
      received[chunk.index] = Buffer.from(chunk.data);
    },
    async finish(session, sent) {
      calls.push(`finish ${sent.chunks} ${sent.size} (${session})`);
      return { id: session, sent };
    },
  };
  return { protocol, calls, received, maxInFlight: () => maxInFlight };
}

const s3Error = (status: number, retryAfter?: string) => {
  const error = new ApiError(
    { method: "POST", url: "https://bucket.example.test/", status },
    `POST https://bucket.example.test/ failed with HTTP ${status}.`,
  );
  error.retryAfter = retryAfter;
  return error;
};

describe("the chunk engine driving an upload protocol", () => {
  let time: ReturnType<typeof installFakeClock>;
  const warnings: string[] = [];
  beforeEach(() => {
    time = installFakeClock();
    warnings.length = 0;
  });
  afterEach(() => time.restore());

  const run = (
    protocol: UploadProtocol<string, { id: string; sent: SentFile }>,
    concurrency = 3,
    startedAt?: number,
  ) =>
    uploadChunks(
      protocol,
      { chunks: bufferChunks(FILE, 3), totalChunks: chunkCount(FILE.length, 3) },
      {
        concurrency,
        retry: { attempts: 4, baseDelayMs: 1000 },
        deadline: deadlineFrom(13 * MINUTE, startedAt),
        warn: (m) => warnings.push(m),
        vendorName: "Acme DAM",
      },
    );

  it("starts once, sends every chunk with its offset, then finishes once with the file's digest", async () => {
    const fake = fakeProtocol();
    const { finished, sent } = await run(fake.protocol);
    expect(fake.calls[0]).toBe("start 10");
    expect(fake.calls.at(-1)).toBe("finish 10 30 (session-1)");
    expect(fake.calls.filter((c) => c.startsWith("finish"))).toHaveLength(1);
    const sends = fake.calls.filter((c) => c.startsWith("send"));
    // Handed out in file order, each at its byte offset, each once.
    expect(sends).toEqual(
      Array.from({ length: 10 }, (_, i) => `send ${i}@${i * 3} #1 (session-1)`),
    );
    expect(Buffer.concat(fake.received).equals(FILE)).toBe(true);
    expect(sent).toEqual({
      chunks: 10,
      size: 30,
      sha256: createHash("sha256").update(FILE).digest("hex"),
      crc32: String(crc32(FILE) >>> 0),
    });
    expect(finished.sent).toBe(sent);
  });

  it.each([1, 3])("never has more than Concurrency (%i) chunks in flight", async (concurrency) => {
    const fake = fakeProtocol();
    await run(fake.protocol, concurrency);
    expect(fake.maxInFlight()).toBe(concurrency);
  });

  it("sends one chunk at a time to a protocol that takes chunks only in order", async () => {
    const fake = fakeProtocol();
    await run({ ...fake.protocol, maxConcurrency: 1 }, 4);
    expect(fake.maxInFlight()).toBe(1);
    expect(Buffer.concat(fake.received).equals(FILE)).toBe(true);
  });

  it("reads the source only as chunks are sent: at most Concurrency chunks held at once", async () => {
    let held = 0;
    let mostHeld = 0;
    async function* source() {
      for await (const data of bufferChunks(FILE, 3)) {
        held += 1;
        mostHeld = Math.max(mostHeld, held);
        yield data;
      }
    }
    await uploadChunks(
      fakeProtocol().protocol,
      { chunks: source(), release: () => (held -= 1) },
      {
        concurrency: 3,
        retry: { attempts: 1, baseDelayMs: 1 },
        deadline: deadlineFrom(MINUTE),
        warn: () => {},
        vendorName: "Acme DAM",
      },
    );
    expect(held).toBe(0);
    expect(mostHeld).toBe(3);
  });

  it("sends a chunk that failed with a 5xx again, honouring a Retry-After longer than its backoff", async () => {
    const fake = fakeProtocol((chunk, attempt) =>
      chunk.index === 4 && attempt === 1 ? s3Error(503, "7") : undefined,
    );
    await run(fake.protocol);
    const fifth = fake.calls.filter((c) => c.startsWith("send 4@"));
    expect(fifth).toEqual(["send 4@12 #1 (session-1)", "send 4@12 #2 (session-1)"]);
    expect(fake.calls.filter((c) => c.startsWith("send"))).toHaveLength(11);
    expect(time.sleeps).toEqual([7_000]);
    expect(warnings).toEqual([
      "Part 5 of 10 failed (POST https://bucket.example.test/ failed with HTTP 503.); sending it again in 7000 ms.",
    ]);
    expect(Buffer.concat(fake.received).equals(FILE)).toBe(true);
  });

  it("does not send a chunk again after a 4xx, and never finishes", async () => {
    const fake = fakeProtocol((chunk) => (chunk.index === 2 ? s3Error(403) : undefined));
    const error = await failure(run(fake.protocol));
    expect((error as ApiError).status).toBe(403);
    expect(fake.calls.filter((c) => c.startsWith("send 2@"))).toHaveLength(1);
    expect(fake.calls.some((c) => c.startsWith("finish"))).toBe(false);
  });

  it("gives up after the last attempt, naming the chunk and the vendor, and never finishes", async () => {
    const fake = fakeProtocol((chunk) => (chunk.index === 0 ? s3Error(500) : undefined));
    const error = await failure(run(fake.protocol, 1));
    expect(error.message).toBe(
      "Part 1 of 10 failed on all 4 attempts; nothing was saved in Acme DAM, so the upload can simply be run again later. The last attempt: POST https://bucket.example.test/ failed with HTTP 500.",
    );
    expect(time.sleeps).toEqual([1_000, 2_000, 4_000]);
    expect(fake.calls.some((c) => c.startsWith("finish"))).toBe(false);
  });

  it("does not wait for a retry that would end past the deadline", async () => {
    const fake = fakeProtocol((chunk) => (chunk.index === 0 ? s3Error(503, "120") : undefined));
    const error = await failure(run(fake.protocol, 1, Date.now() - 12 * MINUTE));
    expect(error.message).toMatch(
      /^Part 1 of 10 failed on attempt 1, and sending it again in 120 s would end past the execution's time limit \(13 minutes after it started\)/,
    );
    expect(time.sleeps).toEqual([]);
  });

  it("refuses to finish when the source yields another number of chunks than it declared", async () => {
    const fake = fakeProtocol();
    const error = await failure(
      uploadChunks(
        fake.protocol,
        { chunks: bufferChunks(FILE, 3), totalChunks: 11 },
        {
          concurrency: 2,
          retry: { attempts: 1, baseDelayMs: 1 },
          deadline: deadlineFrom(MINUTE),
          warn: () => {},
          vendorName: "Acme DAM",
        },
      ),
    );
    expect(error.message).toBe("The file had 10 chunks where 11 were expected: its size changed.");
    expect(fake.calls.some((c) => c.startsWith("finish"))).toBe(false);
  });
});
