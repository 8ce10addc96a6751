// Issue 17: several web processes serve one site. Sessions, CSRF tokens and the login throttle
// live in the shared database or the shared secret, so any process serves any signed-in user.
// Needs `npm run build` (runs build/proc/serve.js over loopback HTTP).
import { execFileSync } from "node:child_process";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";

let staffEmail: string;
const servers: AppServer[] = [];

beforeAll(async () => {
  staffEmail = (await makeUser(await getDb(), { role: "staff" })).email;
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

async function start(extraEnv: Record<string, string> = {}) {
  const server = await startAppServer(extraEnv);
  servers.push(server);
  return server;
}

/** One request on its own connection (no keep-alive), so a cluster hands each to the next worker. */
function request(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? "GET", headers: opts.headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

async function signIn(base: string) {
  const res = await request(`${base}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    body: new URLSearchParams({ email: staffEmail, password: TEST_PASSWORD }).toString(),
  });
  expect(res.status).toBe(302);
  return String(res.headers["set-cookie"]).split(";")[0]!;
}

function childPids(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((l) => Number(l.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

async function waitFor<T>(what: string, probe: () => T | undefined | false) {
  for (let i = 0; i < 600; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("several web processes", () => {
  it("serves a session signed in through one web process from another, and a logout through the second ends it in the first", async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const cookie = await signIn(a.url);

    const page = await request(`${b.url}/staff`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(staffEmail);
    // The CSRF token A's page carries is accepted by B (same secret, same session row).
    const token = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1];
    expect(token).toBeTruthy();
    const logout = await request(`${b.url}/logout`, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: b.url },
      body: new URLSearchParams({ csrf: token! }).toString(),
    });
    expect(logout.status).toBe(302);
    expect(logout.headers.location).toBe("/login");

    const after = await request(`${a.url}/staff`, { headers: { Cookie: cookie } });
    expect(after.status).toBe(302);
    expect(after.headers.location).toMatch(/^\/login/);
  }, 300_000);

  it("runs WEB_CONCURRENCY worker processes on one port, each serving the signed-in user, and replaces a worker that dies", async () => {
    const server = await start({ WEB_CONCURRENCY: "2" });
    const workers = await waitFor("two web workers", () => {
      const pids = childPids(server.pid);
      return pids.length === 2 && pids;
    });
    const cookie = await signIn(server.url);
    // Connections go to the workers in turn: several requests reach both.
    for (let i = 0; i < 6; i++) {
      const res = await request(`${server.url}/staff`, { headers: { Cookie: cookie } });
      expect(res.status).toBe(200);
      expect(res.body).toContain(staffEmail);
    }

    process.kill(workers[0]!, "SIGKILL");
    const replaced = await waitFor("a new worker in place of the killed one", () => {
      const pids = childPids(server.pid);
      return pids.length === 2 && !pids.includes(workers[0]!) && pids;
    });
    expect(replaced).toContain(workers[1]);
    for (let i = 0; i < 4; i++) {
      const res = await request(`${server.url}/staff`, { headers: { Cookie: cookie } });
      expect(res.status).toBe(200);
    }
  }, 300_000);
});
