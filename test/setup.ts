import nock from "nock";
import { resetPacers } from "../src/core/http/clock";
import { installTestClock, resetTestClock } from "./core/http/fakeClock";
import { installLoopbackOnly } from "./helpers/loopbackOnly";

installLoopbackOnly();

nock.disableNetConnect();
nock.enableNetConnect((host) => host.startsWith("127.0.0.1") || host.startsWith("localhost"));

// No test really sleeps for pacing, 429 pauses or retry backoff: the client's waits go through a
// fake clock (a test that needs real waits calls `useRealClock()` from test/core/http/fakeClock.ts).
// Installed once per file, under any clock a test installs itself, which restores back onto it.
const restoreClock = installTestClock();
beforeEach(() => resetTestClock());

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  // Every test starts with a fresh request budget and no 429 pause from the one before.
  resetPacers();
  // An interceptor nobody called means the test expected a request that was never sent.
  if (pending.length) {
    throw new Error(
      `This test left ${pending.length} nock interceptor(s) unused:\n  ${pending.join("\n  ")}`,
    );
  }
});

// nock 14 patches the process-wide http module once per module registry; restoring it after each
// file lets the next file's copy of nock intercept again (otherwise later files hit the network).
afterAll(() => {
  nock.restore();
  restoreClock();
});
