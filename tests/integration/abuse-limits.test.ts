// Issue 19: one anonymous client must not starve the service. Large or malformed bodies against
// the real web server (build/proc/serve.js; needs `npm run build`), and parallel login guesses.
import http from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDRESS_FACTOR, login } from "~/models/login.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { CLIENT_ADDRESS_HEADER } from "~/utils/session.server.ts";
import { makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";

let server: AppServer;

beforeAll(async () => {
  server = await startAppServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request; `chunks` are written one by one (chunked encoding, no Content-Length). */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: string[] } = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    let answered = false;
    const req = http.request(`${server.url}${path}`, { method: opts.method ?? "POST", headers: { Origin: server.url, ...opts.headers } }, (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    // The server answers before the whole body is written: that is the point. A reset after the
    // answer is harmless; a reset before it means the client never learnt why (fail, do not hang).
    req.on("error", (e: NodeJS.ErrnoException) => (answered && (e.code === "EPIPE" || e.code === "ECONNRESET") ? undefined : reject(e)));
    if (opts.chunks) {
      for (const c of opts.chunks) req.write(c);
      req.end();
    } else req.end(opts.body);
  });
}

const form = { "Content-Type": "application/x-www-form-urlencoded" };
const MARKER = "zzEchoMarkerzz";

describe("request bodies", () => {
  it("refuses a large form post to an anonymous route with 413 before reading it, and echoes nothing", async () => {
    const big = `email=${MARKER}${"a".repeat(2 * 1024 * 1024)}&password=x`;
    for (const path of ["/login", "/resources/locale", "/reset-password/any-token"]) {
      const res = await raw(path, { headers: form, body: big });
      expect(res.status, path).toBe(413);
      expect(res.body, path).not.toContain(MARKER);
      expect(res.body.length, path).toBeLessThan(2000);
    }
    expect((await raw("/resources/healthz", { method: "GET" })).status).toBe(200);
  });

  it("refuses a body without a declared length (chunked) on a form route", async () => {
    const res = await raw("/login", { headers: { ...form, "Transfer-Encoding": "chunked" }, chunks: [`email=${MARKER}`, "&password=x"] });
    expect(res.status).toBe(411);
    expect(res.body).not.toContain(MARKER);
  });

  it("does not echo an over-long login e-mail back in the page", async () => {
    const res = await raw("/login", { headers: form, body: new URLSearchParams({ email: `${MARKER}${"b".repeat(5000)}@x.test`, password: "x" }).toString() });
    expect(res.status).toBe(400);
    expect(res.body).not.toContain(MARKER);
  });

  it("answers a body of the wrong type with 415 and an empty or truncated one with 400, never 500", async () => {
    const json = await raw("/login", { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: "a@b.c", password: "x" }) });
    expect(json.status).toBe(415);
    const text = await raw("/login", { headers: { "Content-Type": "text/plain" }, body: "email=a@b.c" });
    expect(text.status).toBe(415);
    const none = await raw("/login", { headers: {}, body: "" });
    expect(none.status).toBe(415);
    const boundary = "----radar";
    const truncated = await raw("/login", {
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.c\r\n--${boundary}\r\nContent-Disposition: form-da`,
    });
    expect(truncated.status).toBe(400);
    expect((await raw("/resources/healthz", { method: "GET" })).status).toBe(200);
  });
});

describe("login throttle under parallel guessing", () => {
  const request = (address: string) => new Request("http://localhost:3000/login", { method: "POST", headers: { [CLIENT_ADDRESS_HEADER]: address } });

  it("checks at most the limit of 200 guesses sent at once for one account from one address", async () => {
    const user = await makeUser(await getDb(), { role: "staff" });
    const max = getEnv().LOGIN_MAX_FAILURES;
    const guesses = Array.from({ length: 200 }, (_, i) => (i === 150 ? TEST_PASSWORD : `wrong-${i}`));
    const results = await Promise.all(guesses.map((g) => login(request("198.51.100.7"), user.email, g)));
    const checked = results.filter((r) => r.ok || r.reason === "invalid");
    expect(checked.length).toBeLessThanOrEqual(max);
    expect(results[150]).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("caps spraying guesses over many accounts from one address", async () => {
    const max = getEnv().LOGIN_MAX_FAILURES;
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => login(request("198.51.100.8"), `nobody-${i}@spray.test`, "Winter2026!")));
    const checked = results.filter((r) => r.ok || r.reason === "invalid");
    expect(checked.length).toBeLessThanOrEqual(max * ADDRESS_FACTOR);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThan(0);
  });
});

describe("transport security", () => {
  it("sends HSTS when the app is served over https, and not over plain http", async () => {
    const secure = await startAppServer({ APP_URL: "https://radar.example.test" });
    try {
      const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http.get(`${secure.url}/login`, { headers: { Host: "radar.example.test" } }, resolve).on("error", reject),
      );
      res.resume();
      expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    } finally {
      await secure.stop();
    }
    expect((await raw("/login", { method: "GET" })).headers["strict-transport-security"]).toBeUndefined();
  }, 60_000);

  it("answers a request line with an absolute URL by its path when the host is ours, 421 when it is not", async () => {
    const { host, hostname, port } = new URL(server.url);
    const statusOf = (requestLine: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), hostname.replace(/^\[|\]$/g, ""), () =>
          socket.write(`${requestLine}\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
        );
        let data = "";
        socket.setEncoding("utf8");
        socket.on("data", (d) => (data += d));
        socket.on("close", () => resolve(data.split("\r\n")[0]));
        socket.on("error", reject);
      });
    expect(await statusOf(`GET ${server.url}/login HTTP/1.1`)).toBe("HTTP/1.1 200 OK");
    expect(await statusOf("GET http://evil.example/login HTTP/1.1")).toBe("HTTP/1.1 421 Misdirected Request");
  });
});
