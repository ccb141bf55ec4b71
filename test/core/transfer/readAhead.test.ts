import { readAhead } from "../../../src/core/transfer/readAhead";

describe("readAhead", () => {
  it("yields every item in order while reading exactly one ahead", async () => {
    const read: number[] = [];
    async function* source() {
      for (let i = 0; i < 4; i++) {
        read.push(i);
        yield i;
      }
    }
    const seen: [number, number][] = [];
    for await (const item of readAhead(source())) {
      await new Promise((r) => setImmediate(r));
      // While item i is handled, item i + 1 has already been read (the last has no next).
      seen.push([item, read.length]);
    }
    expect(seen).toEqual([
      [0, 2],
      [1, 3],
      [2, 4],
      [3, 4],
    ]);
  });

  it("passes a read failure on when its turn comes, and lets the consumer leave early", async () => {
    async function* failing() {
      yield 1;
      throw new Error("source broke");
    }
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const item of readAhead(failing())) got.push(item);
      })(),
    ).rejects.toThrow("source broke");
    expect(got).toEqual([1]);
    let returned = false;
    async function* endless() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        returned = true;
      }
    }
    for await (const item of readAhead(endless())) if (item === 2) break;
    await new Promise((r) => setImmediate(r));
    expect(returned).toBe(true);
  });
});
