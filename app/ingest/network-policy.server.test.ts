import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fetchFeed, FeedFetchError } from "./fetch-feed.server.ts";
import { parseNetworkAllowList, refusedRange, STRICT_NETWORK_POLICY } from "./network-policy.server.ts";

describe("refusedRange", () => {
  test.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["100.100.100.200", "carrierGradeNat"],
    ["169.254.169.254", "linkLocal"],
    ["224.0.0.1", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fd00:ec2::254", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:127.0.0.1", "loopback"],
    ["64:ff9b::a00:1", "rfc6052"],
    ["64:ff9b::7f00:1", "rfc6052"],
    ["::127.0.0.1", "ipv4Compatible"],
    ["::7f00:1", "ipv4Compatible"],
    ["::10.0.0.1", "ipv4Compatible"],
    ["::8.8.8.8", "ipv4Compatible"],
  ])("refuses %s by default (%s)", (address, range) => {
    expect(refusedRange(address, STRICT_NETWORK_POLICY)).toBe(range);
  });

  test.each(["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows the public address %s", (address) => {
    expect(refusedRange(address, STRICT_NETWORK_POLICY)).toBeNull();
  });

  test("an allow-list opens exactly the ranges it names, IPv4-mapped forms included", () => {
    const policy = parseNetworkAllowList("10.20.0.0/16, ::1 intranet.example");
    expect(refusedRange("10.20.3.4", policy)).toBeNull();
    expect(refusedRange("::ffff:10.20.3.4", policy)).toBeNull();
    expect(refusedRange("10.21.0.1", policy)).toBe("private");
    expect(refusedRange("::1", policy)).toBeNull();
    expect(refusedRange("127.0.0.1", policy)).toBe("loopback");
    expect(policy.allowedHosts.has("intranet.example")).toBe(true);
  });

  test("a malformed allow-list entry is an error that names it", () => {
    expect(() => parseNetworkAllowList("10.0.0.0/99")).toThrow(/10\.0\.0\.0\/99/);
    expect(() => parseNetworkAllowList("http://x/")).toThrow(/http:\/\/x\//);
  });
});

describe("fetchFeed under the default network policy", () => {
  let server: http.Server;
  let port: number;
  let hits = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits += 1;
      const to = new URL(req.url ?? "/", "http://x").searchParams.get("to");
      if (to) {
        res.writeHead(302, { Location: to });
        res.end();
        return;
      }
      res.writeHead(200, { "Content-Type": "application/rss+xml" });
      res.end("<rss version='2.0'><channel><title>t</title></channel></rss>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function refusal(url: string, options: Parameters<typeof fetchFeed>[1] = {}) {
    const error = await fetchFeed(url, options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FeedFetchError);
    expect((error as FeedFetchError).code).toBe("refused-address");
    return error as FeedFetchError;
  }

  test("a loopback IP literal is refused without connecting", async () => {
    const before = hits;
    const error = await refusal(`http://127.0.0.1:${port}/feed`);
    expect(error.refused).toMatchObject({ address: "127.0.0.1", range: "loopback" });
    expect(hits).toBe(before);
  });

  test("a host name that resolves to loopback is refused after DNS resolution", async () => {
    const before = hits;
    const error = await refusal(`http://localhost:${port}/feed`);
    expect(error.refused?.host).toBe("localhost");
    expect(["127.0.0.1", "::1"]).toContain(error.refused?.address);
    expect(hits).toBe(before);
  });

  test("the metadata address, IPv6 loopback and IPv4-mapped private addresses are refused", async () => {
    expect((await refusal("http://169.254.169.254/latest/meta-data/")).refused?.range).toBe("linkLocal");
    expect((await refusal(`http://[::1]:${port}/feed`)).refused?.range).toBe("loopback");
    expect((await refusal("http://[::ffff:10.0.0.1]/feed")).refused?.range).toBe("private");
  });

  test("IPv6 forms that embed a loopback IPv4 address are refused without connecting", async () => {
    const before = hits;
    expect((await refusal(`http://[::127.0.0.1]:${port}/feed`)).refused?.range).toBe("ipv4Compatible");
    expect((await refusal(`http://[::ffff:127.0.0.1]:${port}/feed`)).refused?.range).toBe("loopback");
    expect((await refusal(`http://[64:ff9b::7f00:1]:${port}/feed`)).refused?.range).toBe("rfc6052");
    expect(hits).toBe(before);
  });

  test("a redirect from an allowed host into private space is refused at the hop", async () => {
    // localhost is opened by name; its redirect to a loopback literal and to the metadata
    // address are judged on their own.
    const policy = parseNetworkAllowList("localhost");
    const ok = await fetchFeed(`http://localhost:${port}/feed`, { networkPolicy: policy });
    expect(ok.kind).toBe("ok");
    const before = hits;
    const intoLoopback = await refusal(`http://localhost:${port}/r?to=${encodeURIComponent(`http://127.0.0.1:${port}/feed`)}`, {
      networkPolicy: policy,
    });
    expect(intoLoopback.refused?.address).toBe("127.0.0.1");
    expect(hits).toBe(before + 1);
    const intoMetadata = await refusal(`http://localhost:${port}/r?to=${encodeURIComponent("http://169.254.169.254/")}`, { networkPolicy: policy });
    expect(intoMetadata.url).toBe("http://169.254.169.254/");
  });

  test("an allow-listed range is fetched", async () => {
    const res = await fetchFeed(`http://127.0.0.1:${port}/feed`, { networkPolicy: parseNetworkAllowList("127.0.0.0/8") });
    expect(res.kind).toBe("ok");
  });
});
