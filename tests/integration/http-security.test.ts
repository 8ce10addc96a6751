// Security behaviour of the real web server (build/proc/serve.js over HTTP): headers, the
// Host allow-list, and which client address the login throttle sees with and without
// TRUST_PROXY. Needs `npm run build`.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";

let server: AppServer;
let staffEmail: string;

beforeAll(async () => {
  staffEmail = (await makeUser(await getDb(), { role: "staff" })).email;
  server = await startAppServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** A raw HTTP request (fetch will not let us choose the Host header). */
function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? "GET", headers: opts.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

async function signIn(base: string, extra: Record<string, string> = {}, email = staffEmail, password = TEST_PASSWORD) {
  return raw(`${base}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, ...extra },
    body: new URLSearchParams({ email, password }).toString(),
  });
}

function count(rawHeaders: string[], name: string) {
  return rawHeaders.filter((h, i) => i % 2 === 0 && h.toLowerCase() === name).length;
}

describe("response headers", () => {
  it("sends no-store, exactly one nosniff and a CSP whose script nonce is on every inline script", async () => {
    const login = await signIn(server.url);
    expect(login.status).toBe(302);
    const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
    for (const path of ["/staff", "/staff?_data=routes%2Fstaff%2B%2F_index", "/staff/sources/opml"]) {
      const res = await raw(`${server.url}${path}`, { headers: { Cookie: cookie } });
      expect(res.status, path).toBe(200);
      expect(res.headers["cache-control"], path).toBe("no-store");
      expect(count(res.rawHeaders, "x-content-type-options"), path).toBe(1);
      expect(count(res.rawHeaders, "cache-control"), path).toBe(1);
    }
    const page = await raw(`${server.url}/staff`, { headers: { Cookie: cookie } });
    const csp = String(page.headers["content-security-policy"]);
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const inline = [...page.body.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const attrs of inline) expect(attrs).toContain(`nonce="${nonce}"`);
    // A fresh nonce per response.
    const again = await raw(`${server.url}/login`);
    expect(again.status).toBe(200);
    expect(String(again.headers["content-security-policy"])).not.toContain(nonce);
    expect(count(again.rawHeaders, "x-content-type-options")).toBe(1);
  });
});

describe("Host allow-list", () => {
  it("answers 421 to a request for a host we do not serve (DNS rebinding), and serves our own", async () => {
    const port = new URL(server.url).port;
    const rebound = await raw(`${server.url}/login`, { headers: { Host: `evil.example:${port}` } });
    expect(rebound.status).toBe(421);
    const post = await signIn(server.url, { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` });
    expect(post.status).toBe(421);
    expect((await raw(`${server.url}/login`, { headers: { Host: `localhost:${port}` } })).status).toBe(200);
    expect((await raw(`${server.url}/resources/healthz`, { headers: { Host: "probe.internal" } })).status).toBe(200);
  });
});

describe("client address", () => {
  it("ignores X-Forwarded-For by default, so rotating it does not escape the address limit", async () => {
    for (let i = 0; i < 20; i++) {
      const res = await signIn(server.url, { "X-Forwarded-For": `10.9.0.${i}`, "X-Real-IP": `10.8.0.${i}` }, `spray${i}@example.test`, "Winter2026!");
      expect(res.status).toBe(400);
    }
    const db = await getDb();
    const ips = await db.auditEvent.findMany({
      where: { action: "auth.login.failed", entityId: { startsWith: "spray" } },
      select: { ip: true },
      distinct: ["ip"],
    });
    expect(ips.map((r) => r.ip)).toEqual(["127.0.0.1"]);
    const limited = await signIn(server.url, { "X-Forwarded-For": "10.9.9.9" });
    expect(limited.status).toBe(429);
  });

  it("believes the proxy's X-Forwarded-For when TRUST_PROXY is set", async () => {
    const proxied = await startAppServer({ TRUST_PROXY: "loopback" });
    try {
      const res = await signIn(proxied.url, { "X-Forwarded-For": "203.0.113.77" }, "proxied@example.test", "nope-nope-nope");
      expect(res.status).toBe(400);
      const db = await getDb();
      const row = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.login.failed", entityId: "proxied@example.test" } });
      expect(row.ip).toBe("203.0.113.77");
    } finally {
      await proxied.stop();
    }
  });
});
