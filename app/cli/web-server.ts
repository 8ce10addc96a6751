// The web server (Express + the built Remix app), startable alone (web.ts) or beside the
// scheduler in one process (serve.ts).
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { translator } from "~/i18n/i18n.ts";
import { bodyLimitFor, formatBytes } from "~/utils/body-limits.server.ts";
import type { Env } from "~/utils/env.server.ts";
import { runInRequestScope } from "~/utils/request-scope.server.ts";
import { isAllowedHost } from "~/utils/hosts.server.ts";
import { CLIENT_ADDRESS_HEADER } from "~/utils/session.server.ts";
import type { Logger } from "~/utils/logger.server.ts";

export function projectRoot(): string {
  // This file runs from app/cli/ (tsx) or build/proc/ (bundled): both are two levels down.
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
}

/**
 * DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 reaches us with
 * `Host: evil.example`. Answer only to the hosts we serve (hosts.server.ts); the health check
 * stays open to probes that use whatever name the machine has.
 */
function hostGuard(log: Logger): express.RequestHandler {
  // An operator who opens the app under a new name (a LAN address, a proxy's internal name)
  // should learn why it answers 421: say so once per name, not once per request.
  const reported = new Set<string>();
  return (req, res, next) => {
    if (req.path === "/resources/healthz" || isAllowedHost(req.headers.host)) return next();
    const name = String(req.headers.host ?? "").slice(0, 100);
    if (reported.size < 100 && !reported.has(name)) {
      reported.add(name);
      log.warn("refused a request for an unknown host; add it to ALLOWED_HOSTS (or set APP_URL) if it is ours", { host: name });
    }
    res.status(421).type("text/plain").send("Misdirected request: unknown host (see ALLOWED_HOSTS)");
  };
}

/**
 * A request line may name an absolute URL (`GET http://host/path HTTP/1.1`, RFC 9112 §3.2.2).
 * The Remix adapter glues the target onto the Host and threw "Invalid URL" (500). The URL's own
 * host then stands for the Host header: it must be one of ours (421 otherwise, as the host
 * guard answers), and the request goes on with the origin-form path.
 */
function originFormTarget(): express.RequestHandler {
  return (req, res, next) => {
    if (req.url.startsWith("/")) return next();
    let target: URL;
    try {
      target = new URL(req.url);
    } catch {
      res.status(400).type("text/plain").send("Bad request target");
      return;
    }
    if (!isAllowedHost(target.host)) {
      res.status(421).type("text/plain").send("Misdirected request: unknown host (see ALLOWED_HOSTS)");
      return;
    }
    req.headers.host = target.host;
    // Express copied the target into originalUrl before any middleware ran; the Remix adapter reads that.
    req.url = req.originalUrl = `${target.pathname}${target.search}`;
    next();
  };
}

/** Rejects state-changing requests from another origin before Remix sees them (403). */
function sameOriginGuard(env: Env): express.RequestHandler {
  const appOrigin = new URL(env.APP_URL).origin;
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const source = req.get("origin") ?? req.get("referer");
    if (!source) return next();
    let origin: URL | null = null;
    try {
      origin = source === "null" ? null : new URL(source);
    } catch {
      origin = null;
    }
    // Not "Origin equals Host": the Host was already checked against the hosts we serve.
    const host = req.headers.host;
    const allowed = origin !== null && (origin.origin === appOrigin || (host !== undefined && origin.host === host && isAllowedHost(host)));
    if (!allowed) {
      res.status(403).type("text/plain").send("Cross-origin request rejected");
      return;
    }
    next();
  };
}

/**
 * Body size per route, from the declared length, before anything reads the body: an oversize
 * request gets 413, at once. A body without a declared length (chunked) gets 411: browsers
 * always declare it, and counting a chunked stream under the Remix adapter would mean reading
 * it twice. Nothing of the request is echoed in the answer.
 */
function bodyLimit(env: Env): express.RequestHandler {
  const say = (key: "http.bodyTooLarge" | "http.lengthRequired", params?: Record<string, string>) =>
    `${translator("zh")(key, params)}\n${translator("en")(key, params)}\n`;
  return (req, res, next) => {
    const declared = req.headers["content-length"];
    if (declared === undefined) {
      if (req.headers["transfer-encoding"] === undefined) return next();
      refuseAndLinger(req, res, 411, say("http.lengthRequired"));
      return;
    }
    const limit = bodyLimitFor(req.path, env);
    if (Number(declared) > limit) {
      refuseAndLinger(req, res, 413, say("http.bodyTooLarge", { limit: formatBytes(limit) }));
      return;
    }
    next();
  };
}

/** What a refused body may still send, and for how long, before its connection is cut. */
const LINGER_BYTES = 8 * 1024 * 1024;
const LINGER_MS = 5_000;

/**
 * Answer before the body is read, then read and discard the body for a bounded time (nginx's
 * "lingering close"). Closing at once with unread bytes makes the kernel reset the connection,
 * and a client still sending loses the answer it has not read yet: it sees ECONNRESET instead
 * of 413. A client that keeps sending past the bounds is cut off; by then it had the answer.
 */
function refuseAndLinger(req: express.Request, res: express.Response, status: number, text: string): void {
  let discarded = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, LINGER_MS);
  timer.unref();
  req.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > LINGER_BYTES) cut();
  });
  req.on("end", () => clearTimeout(timer));
  req.socket.once("close", () => clearTimeout(timer));
  // No "Connection: close": Node would then destroy the socket as soon as the answer is written.
  res.status(status).type("text/plain").send(text);
}

/**
 * The client's address for the app (login throttle, audit, sessions), in a header only this
 * server sets: whatever a client sent under that name is overwritten. Proxy headers count only
 * when TRUST_PROXY says a proxy stands in front (Express's `trust proxy` then reads
 * X-Forwarded-For; X-Real-IP is used when a trusted proxy sent only that).
 */
function clientAddress(env: Env): express.RequestHandler {
  return (req, _res, next) => {
    let address = req.ip ?? req.socket.remoteAddress ?? "";
    const realIp = req.get("x-real-ip");
    if (env.TRUST_PROXY !== false && realIp && !req.get("x-forwarded-for")) {
      const trust = req.app.get("trust proxy fn") as (addr: string, i: number) => boolean;
      if (trust(req.socket.remoteAddress ?? "", 0)) address = realIp.trim();
    }
    req.headers[CLIENT_ADDRESS_HEADER] = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
    next();
  };
}

/**
 * Security headers, each exactly once. The Remix adapter *appends* a route's headers, so a
 * route that also sets nosniff or Cache-Control would send two; single-valued headers are
 * replaced instead. Scripts run only with this response's nonce (entry.server.tsx puts it on
 * Remix's inline scripts); styles keep 'unsafe-inline' for React's style attributes.
 */
const SINGLE_VALUED = new Set(["cache-control", "x-content-type-options", "x-frame-options", "referrer-policy", "content-security-policy"]);
function securityHeaders(env: Env): express.RequestHandler {
  // Served over https (APP_URL): browsers must not fall back to http for a year (issue 19).
  const hsts = new URL(env.APP_URL).protocol === "https:";
  return (_req, res, next) => {
    if (hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    // Feed content is untrusted; a strict CSP is a second wall behind never rendering it as HTML.
    res.setHeader(
      "Content-Security-Policy",
      `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'`,
    );
    const append = res.append.bind(res);
    res.append = (field: string, value?: string | string[]) =>
      SINGLE_VALUED.has(field.toLowerCase()) && value !== undefined ? res.set(field, value) : append(field, value);
    next();
  };
}

/** Each request's handling runs in its own memo scope (one session lookup per request). */
function withRequestScope(handler: express.RequestHandler): express.RequestHandler {
  return (req, res, next) => runInRequestScope(() => handler(req, res, next));
}

export async function startWebServer(env: Env, log: Logger) {
  const root = projectRoot();
  const build = (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);
  app.use(originFormTarget());
  app.use(hostGuard(log));
  app.use(securityHeaders(env));
  app.use(sameOriginGuard(env));
  app.use(bodyLimit(env));
  app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
  // Other public files are looked up only for paths that name a file: a page path would cost
  // every request a failed stat() of the public folder.
  const publicFiles = express.static(path.join(root, "public"), { maxAge: "1h" });
  app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()));
  // Pages and data of signed-in users must not sit in shared or back-button caches; a route
  // that wants caching sets its own Cache-Control (it replaces this one, see above).
  app.all(
    "*",
    clientAddress(env),
    (_req, res, next) => {
      res.setHeader("Cache-Control", "no-store");
      next();
    },
    withRequestScope(createRequestHandler({ build, mode: env.NODE_ENV, getLoadContext: (_req, res) => ({ cspNonce: String(res.locals.cspNonce) }) })),
  );
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const s = app.listen(env.PORT, env.HOST, () => resolve(s));
  });
  log.info(`listening on http://${env.HOST}:${env.PORT} (open ${env.APP_URL})`);
  return {
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
