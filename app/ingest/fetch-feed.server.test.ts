import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startFeedServer, type FeedServer } from "../../tests/support/feed-server.ts";
import { DEFAULT_USER_AGENT, fetchFeed as fetchFeedStrict, FeedFetchError, type FetchFeedOptions, type FeedFetchErrorCode } from "./fetch-feed.server.ts";
import { parseNetworkAllowList } from "./network-policy.server.ts";

// The fixture servers listen on loopback, which the default policy refuses (see the
// network-policy tests); these tests are about HTTP behaviour, so loopback is opened.
const LOOPBACK = parseNetworkAllowList("127.0.0.1");
const fetchFeed = (url: string, options: FetchFeedOptions = {}) => fetchFeedStrict(url, { networkPolicy: LOOPBACK, ...options });

const FIXTURES = fileURLToPath(new URL("../../tests/fixtures/feeds/", import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`);

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({ dir: FIXTURES });
});
afterAll(async () => {
  await server.close();
});

async function fetchError(promise: Promise<unknown>): Promise<FeedFetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FeedFetchError);
    return error as FeedFetchError;
  }
  throw new Error("expected the fetch to fail");
}

async function expectCode(promise: Promise<unknown>, code: FeedFetchErrorCode): Promise<FeedFetchError> {
  const error = await fetchError(promise);
  expect(error.code).toBe(code);
  return error;
}

describe("fetchFeed", () => {
  test("a plain fetch returns the exact bytes with their validators and content type", async () => {
    const result = await fetchFeed(server.url("/rss2.xml"));
    expect(result.kind).toBe("ok");
    if (result.kind !== "ok") return;
    expect(result.bytes.equals(fixture("rss2.xml"))).toBe(true);
    expect(result.httpStatus).toBe(200);
    expect(result.contentType).toBe("application/rss+xml");
    expect(result.etag).toMatch(/^"[0-9a-f]{20}"$/);
    expect(Date.parse(result.lastModified ?? "")).not.toBeNaN();
    expect(result.finalUrl).toBe(server.url("/rss2.xml"));
    expect(result.redirects).toBe(0);
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  test("the request carries the descriptive User-Agent, feed Accept types and compression support", async () => {
    await fetchFeed(server.url("/rss1.rdf"));
    const headers = server.lastRequestHeaders("/rss1.rdf");
    expect(headers?.["user-agent"]).toBe(DEFAULT_USER_AGENT);
    expect(headers?.accept).toContain("application/rss+xml");
    expect(headers?.["accept-encoding"]).toBe("gzip, deflate, br");
  });

  test("a repeat fetch with the ETag gets 304 and is reported as not modified", async () => {
    const first = await fetchFeed(server.url("/atom-xml-base.xml"));
    const second = await fetchFeed(server.url("/atom-xml-base.xml"), { etag: first.etag });
    expect(second).toMatchObject({ kind: "not-modified", httpStatus: 304, etag: first.etag, redirects: 0 });
    expect(server.lastRequestHeaders("/atom-xml-base.xml")?.["if-none-match"]).toBe(first.etag);
    expect(server.hits("/atom-xml-base.xml")).toBe(2);
  });

  test("a repeat fetch with only Last-Modified also gets 304", async () => {
    const first = await fetchFeed(server.url("/rss2.xml"));
    const second = await fetchFeed(server.url("/rss2.xml"), { lastModified: first.lastModified });
    expect(second.kind).toBe("not-modified");
    expect(server.lastRequestHeaders("/rss2.xml")?.["if-modified-since"]).toBe(first.lastModified);
  });

  test("a stale ETag gets the full feed again", async () => {
    const result = await fetchFeed(server.url("/rss2.xml"), { etag: '"outdated"' });
    expect(result).toMatchObject({ kind: "ok", httpStatus: 200 });
  });

  test("a server that never finishes fails with a timeout after the total time allowed", async () => {
    const started = Date.now();
    const error = await expectCode(fetchFeed(server.url("/slow"), { timeoutMs: 300 }), "timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.message).toBe(`Timed out after 300 ms fetching ${server.url("/slow")} (the server did not finish sending the feed)`);
  });

  test("a body larger than the cap fails as too large without reading it all", async () => {
    const error = await expectCode(fetchFeed(server.url("/huge?mb=50"), { maxBytes: 1024 * 1024 }), "too-large");
    expect(error.message).toBe(`The feed at ${server.url("/huge?mb=50")} is larger than the 1 MB size cap (measured after decompression)`);
    expect(error.httpStatus).toBe(200);
  });

  test("the size cap applies to the decompressed body, so a small gzip body cannot inflate past it", async () => {
    const error = await expectCode(fetchFeed(server.url("/huge?mb=30&encoding=gzip"), { maxBytes: 2 * 1024 * 1024 }), "too-large");
    expect(error.message).toContain("larger than the 2 MB size cap (measured after decompression)");
  });

  test("a declared Content-Length over the cap fails before the body is read", async () => {
    const error = await expectCode(fetchFeed(server.url("/rss2.xml"), { maxBytes: 100 }), "too-large");
    expect(error.message).toContain("larger than the 100 bytes size cap");
  });

  test("a feed exactly at the cap is accepted", async () => {
    const size = fixture("rss1.rdf").length;
    const result = await fetchFeed(server.url("/rss1.rdf"), { maxBytes: size });
    expect(result.kind === "ok" && result.bytes.length).toBe(size);
  });

  test("a redirect loop fails after following five redirects", async () => {
    const before = server.hits("/redirect-loop");
    const error = await expectCode(fetchFeed(server.url("/redirect-loop")), "too-many-redirects");
    expect(server.hits("/redirect-loop") - before).toBe(6);
    expect(error.message).toContain(`More than 5 redirects fetching ${server.url("/redirect-loop")}`);
    expect(error.httpStatus).toBe(302);
  });

  test("five redirects are followed to the feed, with relative Locations resolved", async () => {
    const result = await fetchFeed(server.url("/redirect/5"));
    expect(result).toMatchObject({ kind: "ok", redirects: 5, finalUrl: server.url("/redirect/0") });
    expect(result.kind === "ok" && result.bytes.equals(fixture("rss2.xml"))).toBe(true);
  });

  test("a sixth redirect fails", async () => {
    await expectCode(fetchFeed(server.url("/redirect/6")), "too-many-redirects");
  });

  test("the redirect limit is configurable", async () => {
    await expectCode(fetchFeed(server.url("/redirect/2"), { maxRedirects: 1 }), "too-many-redirects");
    expect((await fetchFeed(server.url("/redirect/1"), { maxRedirects: 1 })).kind).toBe("ok");
  });

  test.each(["gzip", "deflate", "deflate-raw", "br"])("a %s-encoded response is decompressed to the exact bytes", async (coding) => {
    const result = await fetchFeed(server.url(`/${coding}/federal-register-itc.xml`));
    expect(result.kind === "ok" && result.bytes.equals(fixture("federal-register-itc.xml"))).toBe(true);
  });

  test("an HTTP error status fails with the status in the error and the message", async () => {
    const error = await expectCode(fetchFeed(server.url("/status/404")), "http-status");
    expect(error.httpStatus).toBe(404);
    expect(error.message).toBe(`HTTP 404 Not Found from ${server.url("/status/404")}`);
    expect(error.retryAfterMs).toBeNull();
  });

  test("503 with Retry-After reports the delay for the caller's back-off", async () => {
    const error = await expectCode(fetchFeed(server.url("/status/503")), "http-status");
    expect(error).toMatchObject({ httpStatus: 503, retryAfterMs: 120_000 });
  });

  test("a charset added by the server is passed on in contentType", async () => {
    const result = await fetchFeed(server.url("/gbk-alerts.xml?charset=gbk"));
    expect(result.kind === "ok" && result.contentType).toBe("application/rss+xml; charset=gbk");
  });

  test.each([
    ["ftp://feeds.example.org/feed.xml", "Only http and https URLs can be fetched, not ftp: ftp://feeds.example.org/feed.xml"],
    ["file:///etc/passwd", "Only http and https URLs can be fetched, not file: file:///etc/passwd"],
    ["not a url", 'Not a valid URL: "not a url"'],
  ])("%s is refused as a bad URL before any request", async (url, message) => {
    const error = await expectCode(fetchFeed(url), "bad-url");
    expect(error.message).toBe(message);
  });

  test("a refused connection fails as a network error naming the cause", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const error = await expectCode(fetchFeed(`http://127.0.0.1:${port}/feed.xml`), "network");
    expect(error.message).toBe(`Network error fetching http://127.0.0.1:${port}/feed.xml: connection refused (ECONNREFUSED)`);
    expect(error.httpStatus).toBeNull();
  });
});
