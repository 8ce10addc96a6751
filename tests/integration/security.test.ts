// Issue 8's security findings, each reproduced as a real request to the loaders and actions.
import { describe, expect, it } from "vitest";
import { listAuditEvents, recordAudit } from "~/models/audit.server.ts";
import { action as loginAction } from "~/routes/_auth+/login.tsx";
import { action as localeAction } from "~/routes/resources+/locale.tsx";
import { action as passwordAction } from "~/routes/settings+/password.tsx";
import { loader as staffSearchLoader } from "~/routes/staff+/search.tsx";
import { getDb } from "~/utils/db.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { readForm } from "~/utils/forms.server.ts";
import { CLIENT_ADDRESS_HEADER, getSessionUser } from "~/utils/session.server.ts";
import { makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { BASE, getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request) => ({ request, params: {}, context: {} });

/** A login POST as our web server passes it on: with the client's address in our header. */
function loginFrom(address: string | null, fields: Record<string, string>, cookie?: string) {
  const req = postForm("/login", fields, { cookie });
  if (address) req.headers.set(CLIENT_ADDRESS_HEADER, address);
  return settle(() => loginAction(args(req)));
}

describe("redirects after login and language switch", () => {
  it.each([
    ["a tab that browsers drop", "/\t/evil.example/x"],
    ["a newline", "/\n/evil.example"],
    ["an ideographic space", "/\u3000evil"],
    ["a backslash", "/\\evil.example"],
    ["a protocol-relative URL", "//evil.example"],
  ])("sends the user to their home, not off-site, when redirectTo has %s", async (_name, redirectTo) => {
    const db = await getDb();
    const user = await makeUser(db, { role: "staff" });
    const res = await loginFrom("203.0.113.1", { email: user.email, password: TEST_PASSWORD, redirectTo });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/staff");
    const { cookie, csrf } = await sessionFor(user.id);
    const locale = await settle(() => localeAction(args(postForm("/resources/locale", { csrf, locale: "en", redirectTo }, { cookie }))));
    expect(locale.status).toBe(302);
    expect(locale.headers.get("Location")).toBe("/staff");
  });
});

describe("the way back after signing in", () => {
  it("returns an anonymous client navigation to the page, not to its JSON", async () => {
    const res = await settle(() => staffSearchLoader(args(getRequest("/staff/search?q=solar&_data=routes%2Fstaff%2B%2Fsearch"))));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent("/staff/search?q=solar")}`);
  });
});

describe("login throttle", () => {
  it("slows an attacker's address down while the owner signs in from another address", async () => {
    const db = await getDb();
    const admin = await makeUser(db, { role: "admin", email: "root@example.test" });
    for (let i = 0; i < 5; i++) expect((await loginFrom("198.51.100.7", { email: admin.email, password: `wrong-guess-${i}` })).status).toBe(400);
    const slowed = await loginFrom("198.51.100.7", { email: admin.email, password: TEST_PASSWORD });
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(Number(slowed.headers.get("Retry-After"))).toBeLessThanOrEqual(30);
    expect((await slowed.json()).formError).toMatch(/^security\.login\.throttled\|seconds=\d+$/);
    // The attacker could not lock the admin out: the owner, elsewhere, gets in.
    const owner = await loginFrom("192.0.2.10", { email: admin.email, password: TEST_PASSWORD });
    expect(owner.status).toBe(302);
    expect(owner.headers.get("Location")).toBe("/admin");
  });

  it("limits one address spraying a password across many accounts", async () => {
    const db = await getDb();
    const victim = await makeUser(db, { role: "staff" });
    for (let i = 0; i < 20; i++) {
      expect((await loginFrom("198.51.100.99", { email: `user${i}@example.test`, password: "Spring2026!" })).status).toBe(400);
    }
    expect((await loginFrom("198.51.100.99", { email: victim.email, password: TEST_PASSWORD })).status).toBe(429);
    expect((await loginFrom("192.0.2.55", { email: victim.email, password: TEST_PASSWORD })).status).toBe(302);
  });

  it("applies the address limit to requests whose address is unknown, and ignores X-Forwarded-For", async () => {
    const db = await getDb();
    await makeUser(db, { role: "staff" });
    for (let i = 0; i < 20; i++) {
      const req = postForm("/login", { email: `nobody${i}@example.test`, password: "x" });
      req.headers.set("X-Forwarded-For", `10.0.0.${i}`);
      expect((await settle(() => loginAction(args(req)))).status).toBe(400);
    }
    const req = postForm("/login", { email: "nobody-else@example.test", password: "x" });
    req.headers.set("X-Forwarded-For", "10.0.1.1");
    expect((await settle(() => loginAction(args(req)))).status).toBe(429);
  });
});

describe("sessions", () => {
  it("ends the old session when someone signs in while signed in", async () => {
    const db = await getDb();
    const first = await makeUser(db, { role: "exporter" });
    const second = await makeUser(db, { role: "staff" });
    const old = await sessionFor(first.id);
    const res = await loginFrom("192.0.2.1", { email: second.email, password: TEST_PASSWORD }, old.cookie);
    expect(res.status).toBe(302);
    expect(await db.session.findUnique({ where: { id: old.sessionId } })).toBeNull();
    expect(await getSessionUser(getRequest("/", old.cookie))).toBeNull();
  });
});

describe("origin and host checks", () => {
  it("refuses a form whose Origin merely equals a foreign Host header (DNS rebinding)", async () => {
    const req = new Request(`${BASE}/login`, {
      method: "POST",
      headers: { Host: "rebind.evil.example", Origin: "http://rebind.evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.c&password=x",
    });
    await expect(settle(() => readForm(req, null))).resolves.toHaveProperty("status", 403);
  });

  it("accepts APP_URL's host, loopback names and ALLOWED_HOSTS", async () => {
    const post = (host: string) =>
      new Request(`http://${host}/login`, {
        method: "POST",
        headers: { Host: host, Origin: `http://${host}`, "Content-Type": "application/x-www-form-urlencoded" },
        body: "a=1",
      });
    await expect(readForm(post("localhost:3000"), null)).resolves.toBeInstanceOf(FormData);
    await expect(readForm(post("127.0.0.1:8080"), null)).resolves.toBeInstanceOf(FormData);
    await expect(settle(() => readForm(post("radar.example.org"), null))).resolves.toHaveProperty("status", 403);
    process.env.ALLOWED_HOSTS = "radar.example.org";
    resetEnvCache();
    try {
      await expect(readForm(post("radar.example.org"), null)).resolves.toBeInstanceOf(FormData);
    } finally {
      delete process.env.ALLOWED_HOSTS;
      resetEnvCache();
    }
  });
});

describe("password strength", () => {
  it("refuses 'aaaaaaaaaa' and the user's own email on a password change, with catalogue messages", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "expert", email: "wang.fang@example.test", name: "Wang Fang" });
    const { cookie, csrf } = await sessionFor(user.id);
    const change = (pw: string) =>
      settle(() =>
        passwordAction(args(postForm("/settings/password", { csrf, currentPassword: TEST_PASSWORD, newPassword: pw, confirmPassword: pw }, { cookie }))),
      );
    const weak = await change("aaaaaaaaaa");
    expect(weak.status).toBe(400);
    expect((await weak.json()).fieldErrors).toEqual({ newPassword: "security.password.weak" });
    const own = await change("wang.fang@example.test");
    expect((await own.json()).fieldErrors).toEqual({ newPassword: "security.password.personal" });
    expect((await change("amber kettle orbits slowly")).status).toBe(200);
  });
});

describe("audit search", () => {
  it("treats % and _ in the action filter as plain characters", async () => {
    const db = await getDb();
    await recordAudit(db, { actorId: null, action: "probe.create", entity: "probe", entityId: "p1" });
    await recordAudit(db, { actorId: null, action: "probeXcreate", entity: "probe", entityId: "p1" });
    const find = (action: string) => listAuditEvents(db, { entity: "probe", action });
    expect((await find("%")).events).toHaveLength(0);
    expect((await find("probe_")).events).toHaveLength(0);
    const exact = await find("probe.");
    expect(exact.events.map((e) => e.action)).toEqual(["probe.create"]);
  });
});
