// The web server (Express + the built Remix app), startable alone (web.ts) or beside the
// scheduler in one process (serve.ts).
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import type { Env } from "~/utils/env.server.ts";
import type { Logger } from "~/utils/logger.server.ts";

export function projectRoot(): string {
  // This file runs from app/cli/ (tsx) or build/proc/ (bundled): both are two levels down.
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
}

/** Rejects state-changing requests from another origin before Remix sees them (403). */
function sameOriginGuard(env: Env): express.RequestHandler {
  const appOrigin = new URL(env.APP_URL).origin;
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const source = req.get("origin") ?? req.get("referer");
    if (!source) return next();
    let origin: string | null = null;
    try {
      origin = source === "null" ? null : new URL(source).origin;
    } catch {
      origin = null;
    }
    const host = req.get("host");
    const allowed = origin !== null && (origin === appOrigin || (host !== undefined && new URL(origin).host === host));
    if (!allowed) {
      res.status(403).type("text/plain").send("Cross-origin request rejected");
      return;
    }
    next();
  };
}

export async function startWebServer(env: Env, log: Logger) {
  const root = projectRoot();
  const build = (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    // Feed content is untrusted; a strict CSP is a second wall behind never rendering it as HTML.
    res.setHeader(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
    );
    next();
  });
  app.use(sameOriginGuard(env));
  app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, mode: env.NODE_ENV }));
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const s = app.listen(env.PORT, env.HOST, () => resolve(s));
  });
  log.info(`listening on http://${env.HOST}:${env.PORT} (open ${env.APP_URL})`);
  return {
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
