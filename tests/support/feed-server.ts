// A real HTTP server on 127.0.0.1 serving the feed fixtures, plus the misbehaviours a
// feed fetcher must survive. Tests cannot reach real feeds (DESIGN.md §4), and a fake
// fetch would not exercise sockets, timeouts, compression or redirects.
//
// Routes:
//   /<file>[?charset=gbk]   a fixture; Content-Type by name, with a charset only if asked;
//                           ETag and Last-Modified, 304 on a matching conditional request
//   /gzip/<file>, /deflate/<file>, /deflate-raw/<file>, /br/<file>
//                           the fixture compressed (deflate-raw is sent as "deflate", as
//                           some servers do)
//   /slow                   headers and the start of a feed, then nothing until closed
//   /redirect-loop          302 to itself
//   /redirect/N[?to=file]   N hops of 302 (relative Locations), then the file (rss2.xml)
//   /huge?mb=N[&encoding=gzip]
//                           a valid RSS feed of about N MiB, streamed without Content-Length
//   /status/<code>          that status with a short body (Retry-After on 429/503)
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

export type FeedServer = {
  /** Absolute URL of a path on this server, e.g. url("/rss2.xml"). */
  url(pathAndQuery: string): string;
  /** Requests received for a path (query ignored). */
  hits(pathname: string): number;
  /** Headers of the latest request for a path, to check what a client sent. */
  lastRequestHeaders(pathname: string): http.IncomingHttpHeaders | undefined;
  close(): Promise<void>;
};

export async function startFeedServer({ dir }: { dir: string }): Promise<FeedServer> {
  const hitCounts = new Map<string, number>();
  const lastHeaders = new Map<string, http.IncomingHttpHeaders>();
  const sockets = new Set<Socket>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    hitCounts.set(url.pathname, (hitCounts.get(url.pathname) ?? 0) + 1);
    lastHeaders.set(url.pathname, req.headers);
    handle(req, res, url, dir).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "text/plain" });
        res.end(String(error));
      } else {
        res.destroy();
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (p) => `http://127.0.0.1:${port}${p.startsWith("/") ? p : `/${p}`}`,
    hits: (p) => hitCounts.get(p) ?? 0,
    lastRequestHeaders: (p) => lastHeaders.get(p),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // /slow holds its connection open forever; close() must not wait for it.
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, dir: string) {
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/slow") {
    res.writeHead(200, { "Content-Type": "application/rss+xml" });
    res.write('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Slow</title>\n');
    return; // never ends
  }

  if (url.pathname === "/redirect-loop") {
    res.writeHead(302, { Location: "/redirect-loop" });
    res.end();
    return;
  }

  if (parts[0] === "redirect" && parts.length === 2 && /^\d+$/.test(parts[1])) {
    const remaining = Number(parts[1]);
    const to = url.searchParams.get("to") ?? "rss2.xml";
    if (remaining > 0) {
      // Relative Locations, as many servers send them, so the client must resolve them.
      res.writeHead(302, { Location: `${remaining - 1}${url.search}` });
      res.end();
      return;
    }
    return serveFile(req, res, dir, to, url, null);
  }

  if (url.pathname === "/huge") {
    return serveHuge(res, Number(url.searchParams.get("mb") ?? "11"), url.searchParams.get("encoding"));
  }

  if (parts[0] === "status" && parts[1]) {
    const code = Number(parts[1]);
    const headers: http.OutgoingHttpHeaders = { "Content-Type": "text/plain" };
    if (code === 429 || code === 503) headers["Retry-After"] = "120";
    res.writeHead(code, headers);
    res.end(`status ${code}\n`);
    return;
  }

  if (["gzip", "deflate", "deflate-raw", "br"].includes(parts[0]) && parts[1]) {
    return serveFile(req, res, dir, parts.slice(1).join("/"), url, parts[0] as Compression);
  }

  return serveFile(req, res, dir, parts.join("/"), url, null);
}

type Compression = "gzip" | "deflate" | "deflate-raw" | "br";

async function serveFile(req: http.IncomingMessage, res: http.ServerResponse, dir: string, name: string, url: URL, compression: Compression | null) {
  const file = path.resolve(dir, name);
  if (!file.startsWith(path.resolve(dir) + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  let body: Buffer;
  let mtime: Date;
  try {
    [body, mtime] = await Promise.all([readFile(file), stat(file).then((s) => s.mtime)]);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found\n");
    return;
  }

  const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 20)}"`;
  const lastModified = new Date(Math.floor(mtime.getTime() / 1000) * 1000).toUTCString();
  const headers: http.OutgoingHttpHeaders = {
    "Content-Type": contentTypeFor(name, url.searchParams.get("charset")),
    ETag: etag,
    "Last-Modified": lastModified,
  };

  const ifNoneMatch = req.headers["if-none-match"];
  const ifModifiedSince = req.headers["if-modified-since"];
  const notModified = ifNoneMatch
    ? ifNoneMatch.split(",").some((t) => t.trim() === etag || t.trim() === "*")
    : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Date.parse(lastModified);
  if (notModified) {
    res.writeHead(304, { ETag: etag, "Last-Modified": lastModified });
    res.end();
    return;
  }

  if (compression) {
    headers["Content-Encoding"] = compression === "deflate-raw" ? "deflate" : compression;
    body =
      compression === "gzip"
        ? zlib.gzipSync(body)
        : compression === "deflate"
          ? zlib.deflateSync(body)
          : compression === "deflate-raw"
            ? zlib.deflateRawSync(body)
            : zlib.brotliCompressSync(body);
  }
  headers["Content-Length"] = body.length;
  res.writeHead(200, headers);
  res.end(body);
}

function contentTypeFor(name: string, charset: string | null): string {
  const base = name.endsWith(".rdf")
    ? "application/rdf+xml"
    : path.basename(name).startsWith("atom") || path.basename(name).startsWith("utf16")
      ? "application/atom+xml"
      : name.endsWith(".xml")
        ? "application/rss+xml"
        : "text/plain";
  return charset ? `${base}; charset=${charset}` : base;
}

// Streams a feed of about `mb` MiB with backpressure, so the server itself never holds
// more than one chunk, and stops as soon as the client goes away.
async function serveHuge(res: http.ServerResponse, mb: number, encoding: string | null) {
  const target = Math.max(0, mb) * 1024 * 1024;
  const headers: http.OutgoingHttpHeaders = { "Content-Type": "application/rss+xml" };
  let out: NodeJS.WritableStream = res;
  if (encoding === "gzip") {
    headers["Content-Encoding"] = "gzip";
    const gzip = zlib.createGzip();
    gzip.pipe(res);
    out = gzip;
  }
  res.writeHead(200, headers);

  let closed = false;
  const gone = new Promise<void>((resolve) =>
    res.once("close", () => {
      closed = true;
      resolve();
    }),
  );
  const write = (chunk: string): Promise<void> => (out.write(chunk) ? Promise.resolve() : Promise.race([new Promise<void>((r) => out.once("drain", r)), gone]));

  await write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Huge</title>\n');
  let written = 0;
  let n = 0;
  while (written < target && !closed) {
    const items: string[] = [];
    for (let i = 0; i < 50; i++, n++) {
      items.push(
        `<item><title>Generated item ${n}</title><link>https://huge.example.com/items/${n}</link>` +
          `<guid isPermaLink="false">huge-${n}</guid><pubDate>Mon, 02 Nov 2026 12:00:00 GMT</pubDate>` +
          `<description>Padding text for a large feed, item ${n}. ${"Lorem ipsum dolor sit amet. ".repeat(4)}</description></item>\n`,
      );
    }
    const chunk = items.join("");
    written += Buffer.byteLength(chunk);
    await write(chunk);
  }
  if (!closed) out.end("</channel></rss>\n");
}
