import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { clock } from "../../../src/core/http/clock";
import { permanentConnection } from "../../helpers/connections";
import { installFakeClock } from "./fakeClock";

/** A loopback portal that notes when (on the process clock) each request arrives, and from whom. */
let server: Server;
let portal: string;
let arrivals: { who: string; at: number }[];
let answer429 = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    arrivals.push({ who: String(req.headers["x-who"]), at: clock().now() });
    if (answer429) {
      answer429 = false;
      res.writeHead(429, { "Content-Type": "application/json", "Retry-After": "30" });
      res.end(JSON.stringify({ message: "Too Many Requests" }));
      return;
    }
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end("{}");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  portal = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock();
  arrivals = [];
  answer429 = false;
});
afterEach(() => fake.restore());

/** A client of the loopback portal whose connection asks for `rate` requests per second. */
function clientAt(rate: number, interactive = false) {
  const connection = permanentConnection(portal);
  connection.fields = { ...connection.fields, requestsPerSecond: String(rate) };
  return createBynderClient(connection, { interactive, retry: { maxRetries: 0 } });
}

const send = (client: ReturnType<typeof clientAt>, who: string) =>
  client.request({ method: "GET", path: "/api/v4/account/", headers: { "x-who": who } });

const gaps = (who: string) => {
  const times = arrivals.filter((a) => a.who === who).map((a) => a.at);
  return times.slice(1).map((t, i) => t - times[i]);
};

describe("Two connections to one portal at different Requests Per Second", () => {
  it("each keeps its own pace: the second client does not retune the first", async () => {
    const slow = clientAt(2);
    const fast = clientAt(10); // made after the slow one, as a second connection would be
    for (let i = 0; i < 4; i++) await send(slow, "slow");
    for (let i = 0; i < 8; i++) await send(fast, "fast");
    // 2 a second: one every 500 ms (a burst of one).
    expect(gaps("slow")).toEqual([500, 500, 500]);
    // 10 a second: a burst of five, then one every 100 ms.
    expect(gaps("fast")).toEqual([0, 0, 0, 0, 100, 100, 100]);
  });

  it("a 429 to one pauses the other too: the limit is per IP, whatever the pace", async () => {
    const slow = clientAt(2, true);
    const fast = clientAt(10);
    const waiting = clientAt(5, true);
    await send(fast, "fast");
    answer429 = true;
    await expect(send(slow, "slow")).rejects.toThrow(/HTTP 429/);
    const limitedAt = arrivals[arrivals.length - 1].at;
    // An interactive call at a third pace is not sent while the pause lasts.
    await expect(send(waiting, "waiting")).rejects.toThrow(/was not sent/);
    await send(fast, "fast");
    const resumedAt = arrivals[arrivals.length - 1].at;
    expect(resumedAt - limitedAt).toBeGreaterThanOrEqual(30_000);
    expect(arrivals.map((a) => a.who)).toEqual(["fast", "slow", "fast"]);
  });
});
