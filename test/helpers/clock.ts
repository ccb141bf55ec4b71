import { installFakeClock } from "../core/http/fakeClock";

export type FakeClock = ReturnType<typeof installFakeClock>;

/**
 * Installs a fake process clock before each test of the enclosing block and restores it after;
 * returns a getter for the current one (waits are instant but recorded in `sleeps`).
 */
export function useFakeClock(start?: number, random?: number): () => FakeClock {
  let fake: FakeClock | undefined;
  beforeEach(() => {
    fake = installFakeClock(start, random);
  });
  afterEach(() => fake?.restore());
  return () => {
    if (!fake) throw new Error("the fake clock is installed only inside a test");
    return fake;
  };
}
