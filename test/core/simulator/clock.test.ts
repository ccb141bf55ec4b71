import { scaledClock } from "../../../simulator/core/clock";

describe("a scaled simulator clock", () => {
  it("runs N times real time from the moment it is made", () => {
    let real = 1_000_000;
    const clock = scaledClock(3600, () => real);
    expect(clock()).toBe(1_000_000);
    real += 1_000;
    expect(clock()).toBe(1_000_000 + 3_600_000);
  });

  it("refuses a speed that is not a positive number", () => {
    expect(() => scaledClock(0)).toThrow("--clock-speed needs a positive number, not 0");
    expect(() => scaledClock(-2)).toThrow("not -2");
    expect(() => scaledClock(Number.NaN)).toThrow("not NaN");
  });
});
