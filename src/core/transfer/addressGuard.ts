import { lookup } from "node:dns/promises";
import { Agent as HttpAgent, type ClientRequestArgs } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { isIP, connect as netConnect } from "node:net";
import type { Duplex } from "node:stream";
import { checkServerIdentity, connect as tlsConnect } from "node:tls";

/** Address ranges a URL from a user (or a webhook payload) must not reach by default. */
const V4_RANGES: [string, number, string][] = [
  ["0.0.0.0", 8, '"this network"'],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local (cloud metadata)"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"],
  ["192.0.2.0", 24, "documentation"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved or broadcast"],
];

const V6_RANGES: [string, number, string][] = [
  ["::", 96, "unspecified, loopback or IPv4-compatible"],
  ["64:ff9b:1::", 48, "local NAT64"],
  ["100::", 64, "discard"],
  ["2001::", 23, "reserved"],
  ["2001:db8::", 32, "documentation"],
  ["fc00::", 7, "unique local (private)"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "site-local"],
  ["ff00::", 8, "multicast"],
];

function v4Bits(ip: string): bigint {
  return ip.split(".").reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

/** The 128 bits of an IPv6 address, whatever its notation (`::`, a dotted IPv4 tail, a zone). */
function v6Bits(text: string): bigint {
  let ip = text.replace(/%.*$/, "").toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (dotted) {
    const v4 = v4Bits(dotted[1]);
    ip = `${ip.slice(0, -dotted[1].length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = ip.includes("::") ? ip.split("::") : [ip, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g || "0", 16)), 0n);
}

const inRange = (bits: bigint, base: bigint, prefix: number, width: number) =>
  bits >> BigInt(width - prefix) === base >> BigInt(width - prefix);

function v4Category(ip: string): string | undefined {
  const bits = v4Bits(ip);
  return V4_RANGES.find(([base, prefix]) => inRange(bits, v4Bits(base), prefix, 32))?.[2];
}

/**
 * Why an address is refused by default (e.g. "private", "loopback"), or undefined for a public one.
 * IPv6 forms that carry an IPv4 address (mapped `::ffff:a.b.c.d`, NAT64, 6to4) are judged by it.
 */
export function blockedCategory(address: string): string | undefined {
  const ip = address.replace(/^\[|\]$/g, "");
  const family = isIP(ip.replace(/%.*$/, ""));
  if (family === 4) return v4Category(ip);
  if (family !== 6) return "not an IP address";
  const bits = v6Bits(ip);
  const embedded = (shift: bigint) => {
    const v4 = (bits >> shift) & 0xffffffffn;
    return [24n, 16n, 8n, 0n].map((s) => String((v4 >> s) & 0xffn)).join(".");
  };
  if (inRange(bits, v6Bits("::ffff:0:0"), 96, 128)) return v4Category(embedded(0n));
  if (inRange(bits, v6Bits("64:ff9b::"), 96, 128)) return v4Category(embedded(0n));
  if (inRange(bits, v6Bits("2002::"), 16, 128)) return v4Category(embedded(80n));
  return V6_RANGES.find(([base, prefix]) => inRange(bits, v6Bits(base), prefix, 128))?.[2];
}

export class PrivateAddressError extends Error {
  readonly code = "EPRIVATEADDRESS";
  constructor(
    readonly host: string,
    readonly address: string,
    readonly category: string,
  ) {
    const what = host === address ? address : `${host} (${address})`;
    super(`${what} is a ${category} address`);
    this.name = "PrivateAddressError";
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Where the network is touched; tests replace both so that no socket ever leaves loopback. */
export interface NetworkHooks {
  /** Name to addresses (default: the system resolver, every address). Not called for IP literals. */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
  /** The address and port actually dialled for a checked address (default: that address). */
  connect?: (target: ResolvedAddress & { port: number }) => { address: string; port: number };
  /** Extra trust for https hops (tests with a self-signed loopback certificate). */
  ca?: string;
}

type Done = (err: Error | null, socket: Duplex) => void;

const systemResolve = async (host: string) => lookup(host, { all: true, verbatim: true });

/**
 * http and https agents that resolve each host themselves, refuse it when any of its addresses is
 * in a blocked range (unless `allowPrivate`), and dial the address that was checked, so a second
 * DNS answer cannot swap in another one. `refusal()` is the last refusal, for the caller's message.
 */
export function guardedAgents(options: { allowPrivate: boolean } & NetworkHooks) {
  const resolve = options.resolve ?? systemResolve;
  const connect = options.connect ?? ((t) => t);
  let refusal: PrivateAddressError | undefined;

  async function open(opts: ClientRequestArgs, secure: boolean): Promise<Duplex> {
    const host = String(opts.hostname ?? opts.host ?? "").replace(/^\[|\]$/g, "");
    const port = Number(opts.port) || (secure ? 443 : 80);
    const family = isIP(host);
    const addresses = family ? [{ address: host, family }] : await resolve(host);
    if (!addresses.length)
      throw Object.assign(new Error(`${host} has no address`), { code: "ENOTFOUND" });
    for (const { address } of addresses) {
      const category = blockedCategory(address);
      if (category && !options.allowPrivate) {
        refusal = new PrivateAddressError(host, address, category);
        throw refusal;
      }
    }
    const target = connect({ ...addresses[0], port });
    if (!secure) return netConnect({ host: target.address, port: target.port });
    return tlsConnect({
      host: target.address,
      port: target.port,
      servername: family ? undefined : host,
      ca: options.ca,
      // The certificate must name the URL's host, not the address it was reached at.
      checkServerIdentity: (_, cert) => checkServerIdentity(host, cert),
    });
  }

  const create = (secure: boolean) => (opts: ClientRequestArgs, done?: Done) => {
    open(opts, secure).then(
      (socket) => done?.(null, socket),
      (error: Error) => done?.(error, undefined as unknown as Duplex),
    );
    return undefined;
  };

  class GuardedHttp extends HttpAgent {
    override createConnection(opts: ClientRequestArgs, done?: Done) {
      return create(false)(opts, done);
    }
  }
  class GuardedHttps extends HttpsAgent {
    override createConnection(opts: ClientRequestArgs, done?: Done) {
      return create(true)(opts, done);
    }
  }
  return {
    http: new GuardedHttp({ keepAlive: false }),
    https: new GuardedHttps({ keepAlive: false }),
    refusal: () => refusal,
  };
}
