import net from "node:net";
import { connectHost, isLoopbackHost } from "../helpers/loopbackOnly";

describe("the test process's network guard (test/setup.ts)", () => {
  it("refuses a socket to any non-loopback address, even with nock switched off", async () => {
    const socket = new net.Socket();
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      socket.on("error", resolve);
      socket.connect({ host: "192.0.2.10", port: 443 });
    });
    expect(error.code).toBe("ETESTNETWORK");
    expect(error.message).toContain("192.0.2.10");
  });

  it("still lets a socket reach a loopback server", async () => {
    const server = net.createServer((s) => s.end("hi"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const text = await new Promise<string>((resolve, reject) => {
      const c = net.connect({ host: "127.0.0.1", port });
      let got = "";
      c.on("data", (d) => (got += d))
        .on("end", () => resolve(got))
        .on("error", reject);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(text).toBe("hi");
  });

  it("reads the host of every connect() form and knows loopback from the rest", () => {
    expect(connectHost([{ host: "example.com", port: 80 }])).toBe("example.com");
    expect(connectHost([443, "example.com"])).toBe("example.com");
    expect(connectHost([443])).toBe("localhost");
    expect(connectHost([{ path: "/tmp/sock" }])).toBeUndefined();
    expect(["127.0.0.1", "127.9.0.1", "localhost", "::1", "[::1]"].every(isLoopbackHost)).toBe(
      true,
    );
    expect(["10.0.0.1", "169.254.169.254", "example.com", "::"].some(isLoopbackHost)).toBe(false);
  });
});
