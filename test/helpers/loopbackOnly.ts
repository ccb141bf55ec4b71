import net from "node:net";

/**
 * A last line of defence under nock: a socket of this test process may only dial loopback. nock
 * stops unmatched requests while it is active, but an async leftover of an earlier file (a retry
 * firing after that file's `nock.restore()`) would otherwise reach the real network. The patch is
 * installed once per worker process (core modules are shared by every file's module registry).
 */
const INSTALLED = Symbol.for("connector-tests.loopbackOnly");

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1"
  );
}

type Connect = (this: net.Socket, ...args: unknown[]) => net.Socket;

/** Where a `socket.connect(...)` call is going: a host, or undefined for a local (IPC) path. */
export function connectHost(args: unknown[]): string | undefined {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === "object") {
    const o = first as { path?: string; host?: string };
    return o.path ? undefined : (o.host ?? "localhost");
  }
  if (typeof first === "string" && !/^\d+$/.test(first)) return undefined; // an IPC path
  return typeof args[1] === "string" ? args[1] : "localhost";
}

export function installLoopbackOnly(): void {
  const proto = net.Socket.prototype as unknown as Record<symbol, unknown> & { connect: Connect };
  if (proto[INSTALLED]) return;
  const original = proto.connect;
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    const host = connectHost(args);
    if (host !== undefined && !isLoopbackHost(host)) {
      const error = Object.assign(new Error(`Tests may only reach loopback: refused ${host}`), {
        code: "ETESTNETWORK",
      });
      process.nextTick(() => this.destroy(error));
      return this;
    }
    return original.apply(this, args);
  };
  proto[INSTALLED] = true;
}
