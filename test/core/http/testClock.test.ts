import { clock } from "../../../src/core/http/clock";
import { installFakeClock, useRealClock } from "./fakeClock";

describe("the test clock every test starts with (test/setup.ts)", () => {
  it("makes the client's waits instant while its time moves on by the wait", async () => {
    const before = clock().now();
    const started = Date.now();
    await clock().sleep(60_000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(clock().now() - before).toBeGreaterThanOrEqual(60_000);
  });

  it("really waits in a test that opts out with useRealClock()", async () => {
    useRealClock();
    const started = Date.now();
    await clock().sleep(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("is back for the next test, and never runs backwards", async () => {
    const before = clock().now();
    const started = Date.now();
    await clock().sleep(5_000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(clock().now()).toBeGreaterThanOrEqual(before + 5_000);
  });

  it("lies under a test's own fake clock, which restores back onto it", async () => {
    const fake = installFakeClock();
    expect(clock().now()).toBe(fake.start);
    fake.restore();
    const started = Date.now();
    await clock().sleep(5_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
