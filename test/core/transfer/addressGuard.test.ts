import { blockedCategory } from "../../../src/core/transfer/addressGuard";

describe("blockedCategory", () => {
  it.each([
    ["0.1.2.3", '"this network"'],
    ["10.255.255.255", "private"],
    ["100.64.0.0", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["127.8.9.10", "loopback"],
    ["169.254.169.254", "link-local (cloud metadata)"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.0.1", "private"],
    ["198.18.0.1", "benchmarking"],
    ["224.0.0.251", "multicast"],
    ["255.255.255.255", "reserved or broadcast"],
    ["::", "unspecified, loopback or IPv4-compatible"],
    ["::1", "unspecified, loopback or IPv4-compatible"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:a9fe:a9fe", "link-local (cloud metadata)"],
    ["64:ff9b::a00:1", "private"],
    ["2002:a00:1::1", "private"],
    ["fc00::1", "unique local (private)"],
    ["fdff:ffff::1", "unique local (private)"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["ff02::1", "multicast"],
    ["[::1]", "unspecified, loopback or IPv4-compatible"],
  ])("refuses %s as %s", (address, category) => {
    expect(blockedCategory(address)).toBe(category);
  });

  // The neighbours of each range, so a prefix that is one bit too wide fails here.
  it.each([
    "8.8.8.8",
    "9.255.255.255",
    "11.0.0.0",
    "100.63.255.255",
    "100.128.0.0",
    "126.255.255.255",
    "128.0.0.0",
    "169.253.255.255",
    "169.255.0.0",
    "172.15.255.255",
    "172.32.0.0",
    "192.167.255.255",
    "192.169.0.0",
    "223.255.255.255",
    "93.184.215.14",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
    "2606:4700::1111",
    "2a00:1450:4001::200e",
    "fbff::1",
    "fe00::1",
  ])("lets the public address %s through", (address) => {
    expect(blockedCategory(address)).toBeUndefined();
  });

  it("refuses what is not an IP address", () => {
    expect(blockedCategory("files.example.test")).toBe("not an IP address");
  });
});
