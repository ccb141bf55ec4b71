import nock from "nock";

nock.disableNetConnect();
nock.enableNetConnect((host) => host.startsWith("127.0.0.1") || host.startsWith("localhost"));

afterEach(() => {
  nock.cleanAll();
});

// nock 14 patches the process-wide http module once per module registry; restoring it after each
// file lets the next file's copy of nock intercept again (otherwise later files hit the network).
afterAll(() => {
  nock.restore();
});
