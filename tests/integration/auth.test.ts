import { describe, expect, it } from "vitest";
import { action as loginAction, loader as loginLoader } from "~/routes/_auth+/login.tsx";
import { action as logoutAction } from "~/routes/_auth+/logout.tsx";
import { action as passwordAction } from "~/routes/settings+/password.tsx";
import { loader as staffHomeLoader } from "~/routes/staff+/_index.tsx";
import { loader as staffLayoutLoader } from "~/routes/staff+/_layout.tsx";
import { loader as exporterHomeLoader } from "~/routes/exporter+/_index.tsx";
import { action as localeAction } from "~/routes/resources+/locale.tsx";
import { getDb } from "~/utils/db.server.ts";
import { getSessionUser } from "~/utils/session.server.ts";
import { makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request) => ({ request, params: {}, context: {} });

describe("login", () => {
  it("signs a staff user in with a session cookie and sends them to the staff home", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "staff", email: "officer@example.test" });
    const res = await settle(() => loginAction(args(postForm("/login", { email: "Officer@Example.test ", password: TEST_PASSWORD }))));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/staff");
    const cookie = res.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/__radar_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await getSessionUser(getRequest("/", cookie.split(";")[0]));
    expect(session?.user.id).toBe(user.id);
    const audit = await db.auditEvent.findFirst({ where: { action: "auth.login", entityId: user.id } });
    expect(audit).not.toBeNull();
  });

  it("returns to a same-site redirectTo path but never to another host", async () => {
    const db = await getDb();
    await makeUser(db, { role: "exporter", email: "exp@example.test" });
    const ok = await settle(() =>
      loginAction(args(postForm("/login", { email: "exp@example.test", password: TEST_PASSWORD, redirectTo: "/exporter/company" }))),
    );
    expect(ok.headers.get("Location")).toBe("/exporter/company");
    const evil = await settle(() =>
      loginAction(args(postForm("/login", { email: "exp@example.test", password: TEST_PASSWORD, redirectTo: "//evil.example/x" }))),
    );
    expect(evil.headers.get("Location")).toBe("/exporter");
  });

  it("gives the same generic message for a wrong password and an unknown email", async () => {
    const db = await getDb();
    await makeUser(db, { role: "staff", email: "known@example.test" });
    const wrong = await settle(() => loginAction(args(postForm("/login", { email: "known@example.test", password: "nope-nope-nope" }))));
    const unknown = await settle(() => loginAction(args(postForm("/login", { email: "nobody@example.test", password: "nope-nope-nope" }))));
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    const a = await wrong.json();
    const b = await unknown.json();
    expect(a.formError).toBe("login.failed");
    expect(b.formError).toBe(a.formError);
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
  });

  it("names the missing fields of an empty login form", async () => {
    const res = await settle(() => loginAction(args(postForm("/login", { email: "", password: "" }))));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.fieldErrors).toEqual({ email: "form.required", password: "form.required" });
  });

  it("slows further attempts from the same address after five failures for an email, even with the right password", async () => {
    const db = await getDb();
    await makeUser(db, { role: "expert", email: "target@example.test" });
    for (let i = 0; i < 5; i++) {
      const res = await settle(() => loginAction(args(postForm("/login", { email: "target@example.test", password: `guess-${i}-xxxx` }))));
      expect(res.status).toBe(400);
    }
    const blocked = await settle(() => loginAction(args(postForm("/login", { email: "target@example.test", password: TEST_PASSWORD }))));
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).formError).toMatch(/^security\.login\.throttled\|seconds=/);
    // An unknown email is limited the same way, so the limiter does not reveal accounts.
    for (let i = 0; i < 5; i++) await settle(() => loginAction(args(postForm("/login", { email: "ghost@example.test", password: "x" }))));
    const ghost = await settle(() => loginAction(args(postForm("/login", { email: "ghost@example.test", password: "x" }))));
    expect(ghost.status).toBe(429);
  });

  it("rejects a login form posted from another origin", async () => {
    const res = await settle(() => loginAction(args(postForm("/login", { email: "a@b.c", password: "x" }, { origin: "https://evil.example" }))));
    expect(res.status).toBe(403);
  });

  it("sends an already signed-in user from the login page to their home", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "expert" });
    const { cookie } = await sessionFor(user.id);
    const res = await settle(() => loginLoader(args(getRequest("/login", cookie))));
    expect(res.headers.get("Location")).toBe("/expert");
  });
});

describe("sessions and CSRF", () => {
  it("logs out by deleting the session row, so the old cookie no longer works", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "staff" });
    const { cookie, csrf, sessionId } = await sessionFor(user.id);
    const res = await settle(() => logoutAction(args(postForm("/logout", { csrf }, { cookie }))));
    expect(res.headers.get("Location")).toBe("/login");
    expect(await db.session.findUnique({ where: { id: sessionId } })).toBeNull();
    const after = await settle(() => staffHomeLoader(args(getRequest("/staff", cookie))));
    expect(after.status).toBe(302);
    expect(after.headers.get("Location")).toBe("/login?redirectTo=%2Fstaff");
  });

  it("rejects a signed-in form without the session's CSRF token", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "staff" });
    const other = await makeUser(db, { role: "staff" });
    const { cookie } = await sessionFor(user.id);
    const { csrf: foreignToken } = await sessionFor(other.id);
    const missing = await settle(() => localeAction(args(postForm("/resources/locale", { locale: "en" }, { cookie }))));
    expect(missing.status).toBe(403);
    const foreign = await settle(() => localeAction(args(postForm("/resources/locale", { locale: "en", csrf: foreignToken }, { cookie }))));
    expect(foreign.status).toBe(403);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("zh");
  });

  it("remembers the language switch on the user and audits it", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "expert" });
    const { cookie, csrf } = await sessionFor(user.id);
    const res = await settle(() => localeAction(args(postForm("/resources/locale", { locale: "en", csrf, redirectTo: "/expert" }, { cookie }))));
    expect(res.headers.get("Location")).toBe("/expert");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
    expect(await db.auditEvent.count({ where: { action: "user.locale.change", entityId: user.id } })).toBe(1);
  });

  it("changes a password only with the current one, and signs out the user's other sessions", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "exporter" });
    const current = await sessionFor(user.id);
    const elsewhere = await sessionFor(user.id);
    const wrong = await settle(() =>
      passwordAction(
        args(
          postForm(
            "/settings/password",
            { csrf: current.csrf, currentPassword: "wrong-password", newPassword: "a-new-long-password", confirmPassword: "a-new-long-password" },
            { cookie: current.cookie },
          ),
        ),
      ),
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).fieldErrors).toEqual({ currentPassword: "password.wrongCurrent" });
    const short = await settle(() =>
      passwordAction(
        args(
          postForm(
            "/settings/password",
            { csrf: current.csrf, currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "other" },
            { cookie: current.cookie },
          ),
        ),
      ),
    );
    expect((await short.json()).fieldErrors).toEqual({ newPassword: "form.tooShort|min=10", confirmPassword: "password.mismatch" });
    const ok = await settle(() =>
      passwordAction(
        args(
          postForm(
            "/settings/password",
            { csrf: current.csrf, currentPassword: TEST_PASSWORD, newPassword: "a-new-long-password", confirmPassword: "a-new-long-password" },
            { cookie: current.cookie },
          ),
        ),
      ),
    );
    expect(ok.status).toBe(200);
    expect(await db.session.findUnique({ where: { id: elsewhere.sessionId } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: current.sessionId } })).not.toBeNull();
    const relogin = await settle(() => loginAction(args(postForm("/login", { email: user.email, password: "a-new-long-password" }))));
    expect(relogin.status).toBe(302);
  });
});

describe("roles", () => {
  it("answers 404 when an exporter opens a staff page, and 200 for staff", async () => {
    const db = await getDb();
    const exporter = await makeUser(db, { role: "exporter" });
    const staff = await makeUser(db, { role: "staff" });
    const asExporter = await sessionFor(exporter.id);
    const asStaff = await sessionFor(staff.id);
    expect((await settle(() => staffLayoutLoader(args(getRequest("/staff", asExporter.cookie))))).status).toBe(404);
    expect((await settle(() => staffHomeLoader(args(getRequest("/staff", asExporter.cookie))))).status).toBe(404);
    expect((await settle(() => staffHomeLoader(args(getRequest("/staff", asStaff.cookie))))).status).toBe(200);
    expect((await settle(() => exporterHomeLoader(args(getRequest("/exporter", asStaff.cookie))))).status).toBe(404);
  });

  it("does not let a disabled user's session in", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const { cookie } = await sessionFor(staff.id);
    await db.user.update({ where: { id: staff.id }, data: { disabled: true } });
    const res = await settle(() => staffHomeLoader(args(getRequest("/staff", cookie))));
    expect(res.status).toBe(302);
  });
});
