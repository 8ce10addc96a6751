// HTTP(S) fetching of one feed, built on node:http/https rather than fetch() because a
// feed fetcher has to bound everything a hostile or broken server can stretch: the
// connect time, the total time across redirects, and the number of bytes *after*
// decompression (a small gzip body can inflate to gigabytes). Each bound fails with its
// own error code so the source's health record can say what went wrong.
import http from "node:http";
import type net from "node:net";
import https from "node:https";
import { Transform, Writable, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { guardedLookup, refusedLiteral, STRICT_NETWORK_POLICY, type NetworkPolicy, type RefusedAddress } from "./network-policy.server.ts";

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = "OverseasIPRadar/0.1 (+https://github.com/overseas-ip-radar/overseas-ip-radar; feed fetcher)";

export type FetchFeedOptions = {
  /** ETag from the previous successful fetch; sent as If-None-Match. */
  etag?: string | null;
  /** Last-Modified from the previous successful fetch; sent as If-Modified-Since. */
  lastModified?: string | null;
  /** Whole operation, all redirects and the body included. */
  timeoutMs?: number;
  /** TCP (and TLS) connection set-up, per hop. */
  connectTimeoutMs?: number;
  /** Cap on the decompressed body. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Which non-public addresses may be reached; by default none (public unicast only). */
  networkPolicy?: NetworkPolicy;
};

type FetchMeta = {
  etag: string | null;
  lastModified: string | null;
  finalUrl: string;
  redirects: number;
  durationMs: number;
};

export type FetchFeedOk = FetchMeta & {
  kind: "ok";
  bytes: Buffer;
  contentType: string | null;
  httpStatus: number;
};

export type FetchFeedNotModified = FetchMeta & { kind: "not-modified"; httpStatus: 304 };

export type FetchFeedResult = FetchFeedOk | FetchFeedNotModified;

export type FeedFetchErrorCode = "timeout" | "too-large" | "too-many-redirects" | "http-status" | "network" | "bad-url" | "refused-address";

export class FeedFetchError extends Error {
  readonly code: FeedFetchErrorCode;
  /** The HTTP status of the response that failed, when there was one. */
  readonly httpStatus: number | null;
  /** The URL being fetched when it failed (after any redirects). */
  readonly url: string;
  /** From Retry-After on 429/503, for the caller's back-off. */
  readonly retryAfterMs: number | null;
  /** For "refused-address": which address the network policy refused, and its range. */
  readonly refused: RefusedAddress | null;

  constructor(
    code: FeedFetchErrorCode,
    message: string,
    details: { url: string; httpStatus?: number | null; retryAfterMs?: number | null; cause?: unknown; refused?: RefusedAddress },
  ) {
    super(message, { cause: details.cause });
    this.name = "FeedFetchError";
    this.code = code;
    this.url = details.url;
    this.httpStatus = details.httpStatus ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.refused = details.refused ?? null;
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const policy = options.networkPolicy ?? STRICT_NETWORK_POLICY;

  const started = performance.now();
  let current = requireHttpUrl(url, url);
  let redirects = 0;

  const headers: Record<string, string> = {
    "User-Agent": options.userAgent ?? DEFAULT_USER_AGENT,
    Accept: ACCEPT,
    "Accept-Encoding": "gzip, deflate, br",
  };
  if (options.etag) headers["If-None-Match"] = options.etag;
  if (options.lastModified) headers["If-Modified-Since"] = options.lastModified;

  // One deadline for the whole operation: whatever is in flight when it passes (a
  // connection, a redirect hop, a body half read) is destroyed with a timeout error.
  const inFlight = new Set<{ destroy(error?: Error): unknown }>();
  let timedOut: FeedFetchError | null = null;
  const timer = setTimeout(() => {
    timedOut = new FeedFetchError("timeout", `Timed out after ${timeoutMs} ms fetching ${current.href} (the server did not finish sending the feed)`, {
      url: current.href,
    });
    for (const s of inFlight) s.destroy(timedOut);
  }, timeoutMs);

  const meta = (res: http.IncomingMessage) => ({
    etag: headerValue(res.headers.etag),
    lastModified: headerValue(res.headers["last-modified"]),
    finalUrl: current.href,
    redirects,
    durationMs: Math.round(performance.now() - started),
  });

  try {
    for (;;) {
      // Every hop is checked again: an allowed public host may redirect into private space.
      const res = await request(current, headers, connectTimeoutMs, inFlight, policy);
      const status = res.statusCode ?? 0;

      if (REDIRECT_STATUSES.has(status)) {
        res.resume();
        const location = headerValue(res.headers.location);
        if (!location) {
          throw new FeedFetchError("http-status", `HTTP ${status} redirect without a Location header from ${current.href}`, {
            url: current.href,
            httpStatus: status,
          });
        }
        if (redirects >= maxRedirects) {
          throw new FeedFetchError("too-many-redirects", `More than ${maxRedirects} redirects fetching ${url} (last hop: ${current.href} → ${location})`, {
            url: current.href,
            httpStatus: status,
          });
        }
        redirects += 1;
        current = requireHttpUrl(location, current.href, current);
        continue;
      }

      if (status === 304) {
        res.resume();
        return { kind: "not-modified", httpStatus: 304, ...meta(res) };
      }

      if (status < 200 || status > 299) {
        res.resume();
        throw new FeedFetchError("http-status", `HTTP ${status}${reasonPhrase(res)} from ${current.href}`, {
          url: current.href,
          httpStatus: status,
          retryAfterMs: status === 429 || status === 503 ? retryAfterMs(res.headers["retry-after"]) : null,
        });
      }

      const bytes = await readBody(res, current.href, maxBytes, inFlight);
      return {
        kind: "ok",
        bytes,
        contentType: headerValue(res.headers["content-type"]),
        httpStatus: status,
        ...meta(res),
      };
    }
  } catch (error) {
    throw timedOut ?? toFetchError(error, current.href);
  } finally {
    clearTimeout(timer);
    for (const s of inFlight) s.destroy();
  }
}

function request(
  url: URL,
  headers: Record<string, string>,
  connectTimeoutMs: number,
  inFlight: Set<{ destroy(error?: Error): unknown }>,
  policy: NetworkPolicy,
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const refuse = (refused: RefusedAddress) =>
      new FeedFetchError(
        "refused-address",
        `Refused to connect to ${refused.host} (${refused.address}, ${refused.range} address): feeds may only be fetched from public addresses unless FEED_ALLOWED_NETWORKS opens it`,
        { url: url.href, refused },
      );
    // An IP literal never goes through lookup, so it is checked here.
    const literal = refusedLiteral(url, policy);
    if (literal) return reject(refuse(literal));
    const isHttps = url.protocol === "https:";
    // agent: false — one connection per fetch, closed after it. Polls of one host are
    // minutes apart, and an idle keep-alive pool would only hold sockets open.
    const req = (isHttps ? https : http).request(url, {
      method: "GET",
      headers,
      agent: false,
      lookup: guardedLookup(policy, refuse) as unknown as net.LookupFunction,
    });
    inFlight.add(req);
    req.once("close", () => inFlight.delete(req));

    req.once("socket", (socket) => {
      if (!socket.connecting) return;
      const connectTimer = setTimeout(() => {
        req.destroy(
          new FeedFetchError("timeout", `Could not connect to ${url.host} within ${connectTimeoutMs} ms`, {
            url: url.href,
          }),
        );
      }, connectTimeoutMs);
      socket.once(isHttps ? "secureConnect" : "connect", () => clearTimeout(connectTimer));
      socket.once("close", () => clearTimeout(connectTimer));
    });
    req.once("response", (res) => {
      inFlight.add(res);
      res.once("close", () => inFlight.delete(res));
      resolve(res);
    });
    req.once("error", reject);
    req.end();
  });
}

async function readBody(res: http.IncomingMessage, url: string, maxBytes: number, inFlight: Set<{ destroy(error?: Error): unknown }>): Promise<Buffer> {
  const tooLarge = () =>
    new FeedFetchError("too-large", `The feed at ${url} is larger than the ${formatBytes(maxBytes)} size cap (measured after decompression)`, {
      url,
      httpStatus: res.statusCode ?? null,
    });

  const codings = contentCodings(res.headers["content-encoding"]);
  const unsupported = codings.find((c) => !DECODERS[c]);
  if (unsupported) {
    throw new FeedFetchError("network", `Unsupported Content-Encoding "${unsupported}" from ${url}`, {
      url,
      httpStatus: res.statusCode ?? null,
    });
  }
  // Without compression a declared length over the cap fails before reading a byte.
  const declared = Number(res.headers["content-length"]);
  if (codings.length === 0 && Number.isFinite(declared) && declared > maxBytes) throw tooLarge();

  const chunks: Buffer[] = [];
  let total = 0;
  // The check happens before a chunk is kept, so memory never holds more than the cap;
  // failing the write tears down the pipeline (and the socket) at once.
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (total + chunk.length > maxBytes) return callback(tooLarge());
      total += chunk.length;
      chunks.push(chunk);
      callback();
    },
  });
  // Codings are listed in the order they were applied, so they are undone in reverse.
  const decoders = codings.reverse().map((c) => DECODERS[c]!());
  for (const d of decoders) inFlight.add(d);
  try {
    await pipeline([res as Readable, ...decoders, sink]);
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (decoders.length && isZlibError(error)) {
      throw new FeedFetchError("network", `Could not decompress the ${codings.join(", ")} response from ${url}: ${(error as Error).message}`, {
        url,
        httpStatus: res.statusCode ?? null,
        cause: error,
      });
    }
    throw error;
  } finally {
    for (const d of decoders) inFlight.delete(d);
  }
  return Buffer.concat(chunks, total);
}

const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  "x-gzip": () => zlib.createGunzip(),
  deflate: () => new AutoInflate(),
  br: () => zlib.createBrotliDecompress(),
};

// "deflate" should mean a zlib-wrapped stream (RFC 9110), but some servers send raw
// DEFLATE; the first two bytes say which.
class AutoInflate extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void) {
    if (!this.inner) {
      const wrapped = chunk.length >= 2 && (chunk[0] & 0x0f) === 8 && ((chunk[0] << 8) | chunk[1]) % 31 === 0;
      this.inner = wrapped ? zlib.createInflate() : zlib.createInflateRaw();
      this.inner.on("data", (data: Buffer) => this.push(data));
      this.inner.on("error", (error) => this.destroy(error));
    }
    this.inner.write(chunk, () => callback());
  }

  override _flush(callback: (error?: Error | null) => void) {
    if (!this.inner) return callback();
    this.inner.once("end", () => callback());
    this.inner.end();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void) {
    this.inner?.destroy();
    callback(error);
  }
}

function contentCodings(header: string | string[] | undefined): string[] {
  const value = headerValue(header);
  if (!value) return [];
  return value
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== "identity");
}

function requireHttpUrl(raw: string, reportUrl: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FeedFetchError("bad-url", `Not a valid URL: "${raw}"`, { url: reportUrl });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FeedFetchError("bad-url", `Only http and https URLs can be fetched, not ${url.protocol.replace(/:$/, "")}: ${url.href}`, { url: url.href });
  }
  if (!url.hostname) throw new FeedFetchError("bad-url", `The URL has no host: ${url.href}`, { url: url.href });
  // The fragment is never sent; dropping it keeps finalUrl comparable across runs.
  url.hash = "";
  return url;
}

const NETWORK_CAUSES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the server",
  ENOTFOUND: "host name not found (DNS)",
  EAI_AGAIN: "DNS lookup failed (temporary)",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  EPIPE: "connection closed while sending",
  EPROTO: "TLS protocol error",
  CERT_HAS_EXPIRED: "TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "TLS certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "TLS certificate chain contains a self-signed certificate",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "TLS certificate could not be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "TLS certificate does not match the host name",
  HPE_INVALID_CONSTANT: "the server's response is not valid HTTP",
  HPE_HEADER_OVERFLOW: "the server's response headers are too large",
};

function toFetchError(error: unknown, url: string): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const cause = (code && NETWORK_CAUSES[code]) ?? message;
  return new FeedFetchError("network", `Network error fetching ${url}: ${cause}${code ? ` (${code})` : ""}`, {
    url,
    cause: error,
  });
}

function isZlibError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  // zlib reports Z_DATA_ERROR and friends; brotli reports ERR__ERROR_FORMAT_* and the like.
  return code.startsWith("Z_") || code.startsWith("ERR__") || code.startsWith("ERR_BROTLI");
}

function headerValue(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function reasonPhrase(res: http.IncomingMessage): string {
  return res.statusMessage ? ` ${res.statusMessage}` : "";
}

function retryAfterMs(header: string | string[] | undefined): number | null {
  const value = headerValue(header)?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : null;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}
