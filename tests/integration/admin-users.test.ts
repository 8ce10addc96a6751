// User management by admins, through real requests with session cookies: list and filter,
// create, edit, role and company, disable/enable, one-time reset links (mailed through a
// real SMTP server) and the public reset page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as loginAction } from "~/routes/_auth+/login.tsx";
import { action as resetAction, loader as resetLoader } from "~/routes/_auth+/reset-password.$token.tsx";
import { action as editAction, loader as editLoader } from "~/routes/admin+/users.$id.tsx";
import { action as usersAction, loader as usersLoader } from "~/routes/admin+/users._index.tsx";
import { getDb } from "~/utils/db.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { closeMail } from "~/utils/mail.server.ts";
import { makeCompany, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";
import { startTestSmtp, type TestSmtp } from "../support/smtp.ts";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  closeMail();
  await smtp.close();
  delete process.env.SMTP_URL;
  resetEnvCache();
});

async function asAdmin() {
  const db = await getDb();
  const admin = await makeUser(db, { role: "admin" });
  return { admin, ...(await sessionFor(admin.id)) };
}

function edit(id: string, fields: Record<string, string>, session: { cookie: string; csrf: string }) {
  return settle(() => editAction(args(postForm(`/admin/users/${id}`, { csrf: session.csrf, ...fields }, { cookie: session.cookie }), { id })));
}

describe("user list", () => {
  it("filters by text, role, status and company", async () => {
    const db = await getDb();
    const s = await asAdmin();
    const company = await makeCompany(db, { nameZh: "筛选测试公司" });
    const exporter = await makeUser(db, { role: "exporter", companyId: company.id, name: "Zhao Filter" });
    const staff = await makeUser(db, { role: "staff", name: "Qian Filter" });
    await db.user.update({ where: { id: staff.id }, data: { disabled: true } });
    const list = async (query: string) => {
      const res = await settle(() => usersLoader(args(getRequest(`/admin/users?${query}`, s.cookie))));
      expect(res.status).toBe(200);
      return ((await res.json()).users as { id: string }[]).map((u) => u.id);
    };
    expect(await list("q=filter")).toEqual(expect.arrayContaining([exporter.id, staff.id]));
    expect(await list("q=filter&role=exporter")).toEqual([exporter.id]);
    expect(await list("q=filter&status=disabled")).toEqual([staff.id]);
    expect(await list(`companyId=${company.id}`)).toEqual([exporter.id]);
    // Nonsense filters are ignored, not a 500.
    expect((await list("role=boss&status=x")).length).toBeGreaterThan(2);
  });

  it("refuses a weak initial password with a per-field message", async () => {
    const s = await asAdmin();
    const res = await settle(() =>
      usersAction(
        args(postForm("/admin/users", { csrf: s.csrf, email: "weak@example.test", name: "Weak", role: "staff", password: "aaaaaaaaaa" }, { cookie: s.cookie })),
      ),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ password: "security.password.weak" });
  });
});

describe("editing a user", () => {
  it("changes name, email and language, audited with before and after", async () => {
    const db = await getDb();
    const s = await asAdmin();
    const user = await makeUser(db, { role: "expert", email: "old@example.test", name: "Old Name" });
    const res = await edit(user.id, { intent: "profile", email: "New@Example.test", name: "新名字", locale: "en" }, s);
    expect(res.status).toBe(200);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.email, after.name, after.locale]).toEqual(["new@example.test", "新名字", "en"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.update", entityId: user.id } });
    expect(audit.actorId).toBe(s.admin.id);
    expect(JSON.parse(audit.before!)).toEqual({ email: "old@example.test", name: "Old Name", locale: "zh" });
    const taken = await edit(user.id, { intent: "profile", email: s.admin.email, name: "x", locale: "zh" }, s);
    expect((await taken.json()).fieldErrors).toEqual({ email: "users.emailTaken" });
  });

  it("changes the role and company, requires a company for exporters and signs the user out", async () => {
    const db = await getDb();
    const s = await asAdmin();
    const company = await makeCompany(db);
    const user = await makeUser(db, { role: "staff" });
    const theirs = await sessionFor(user.id);
    const missing = await edit(user.id, { intent: "role", role: "exporter", companyId: "" }, s);
    expect((await missing.json()).fieldErrors).toEqual({ companyId: "users.companyRequired" });
    const forged = await edit(user.id, { intent: "role", role: "exporter", companyId: "no-such-company" }, s);
    expect((await forged.json()).fieldErrors).toEqual({ companyId: "admin.users.unknownCompany" });
    expect((await edit(user.id, { intent: "role", role: "exporter", companyId: company.id }, s)).status).toBe(200);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.role, after.companyId]).toEqual(["exporter", company.id]);
    expect(await db.session.findUnique({ where: { id: theirs.sessionId } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.role.change", entityId: user.id } })).toBe(1);
  });

  it("disables a user (ending their sessions and sign-in) and enables them again", async () => {
    const db = await getDb();
    const s = await asAdmin();
    const user = await makeUser(db, { role: "exporter" });
    const theirs = await sessionFor(user.id);
    // Without the ticked confirm box nothing changes (issue 13).
    const unconfirmed = await edit(user.id, { intent: "disable" }, s);
    expect(unconfirmed.status).toBe(400);
    expect((await unconfirmed.json()).formError).toBe("confirm.required");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    expect((await edit(user.id, { intent: "disable", confirm: "yes" }, s)).status).toBe(200);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(theirs.sessionId).toBeTruthy();
    const login = await settle(() => loginAction(args(postForm("/login", { email: user.email, password: TEST_PASSWORD }))));
    expect(login.status).toBe(400);
    expect((await edit(user.id, { intent: "enable" }, s)).status).toBe(200);
    const again = await settle(() => loginAction(args(postForm("/login", { email: user.email, password: TEST_PASSWORD }))));
    expect(again.status).toBe(302);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: { in: ["user.disable", "user.enable"] } } })).toBe(2);
  });

  it("does not let an admin disable or demote themselves", async () => {
    const s = await asAdmin();
    const res = await edit(s.admin.id, { intent: "disable", confirm: "yes" }, s);
    expect(res.status).toBe(400);
    expect((await res.json()).formError).toBe("admin.users.notYourself");
    expect((await edit(s.admin.id, { intent: "role", role: "staff" }, s)).status).toBe(400);
  });

  it("answers 404 for an unknown user and for a staff member", async () => {
    const db = await getDb();
    const s = await asAdmin();
    expect((await settle(() => editLoader(args(getRequest("/admin/users/nope", s.cookie), { id: "nope" })))).status).toBe(404);
    const staff = await makeUser(db, { role: "staff" });
    const st = await sessionFor(staff.id);
    expect((await settle(() => editLoader(args(getRequest(`/admin/users/${staff.id}`, st.cookie), { id: staff.id })))).status).toBe(404);
    expect((await edit(staff.id, { intent: "disable", confirm: "yes" }, st)).status).toBe(404);
  });
});

describe("password reset links", () => {
  it("refuses a reset link for a disabled user with a message saying why, issuing no token", async () => {
    const db = await getDb();
    const s = await asAdmin();
    const user = await makeUser(db, { role: "exporter" });
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    const res = await edit(user.id, { intent: "reset" }, s);
    expect(res.status).toBe(400);
    expect((await res.json()).formError).toBe("confirm.resetDisabledUser");
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("issues a mailed one-time link whose page sets a strong password once and ends all sessions", async () => {
    process.env.SMTP_URL = smtp.url;
    resetEnvCache();
    const db = await getDb();
    const s = await asAdmin();
    const user = await makeUser(db, { role: "staff", email: "forgetful@example.test", name: "Forgetful" });
    const theirs = await sessionFor(user.id);
    const issued = await edit(user.id, { intent: "reset" }, s);
    const body = await issued.json();
    expect(body.reset.mail).toBe("sent");
    const url = new URL(body.reset.url);
    const token = url.pathname.split("/").pop()!;
    expect(url.pathname).toBe(`/reset-password/${token}`);
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual(["forgetful@example.test"]);
    expect(mail.text).toContain(body.reset.url);
    // Only a hash is stored.
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);

    const page = await settle(() => resetLoader(args(getRequest(`/reset-password/${token}`), { token })));
    expect((await page.json()).email).toBe("forgetful@example.test");
    const submit = (pw: string) => settle(() => resetAction(args(postForm(`/reset-password/${token}`, { newPassword: pw, confirmPassword: pw }), { token })));
    const weak = await submit("forgetful@example.test");
    expect((await weak.json()).fieldErrors).toEqual({ newPassword: "security.password.personal" });
    expect((await submit("violet harbour sketches rain")).status).toBe(200);
    expect(await db.session.findUnique({ where: { id: theirs.sessionId } })).toBeNull();
    const login = await settle(() => loginAction(args(postForm("/login", { email: user.email, password: "violet harbour sketches rain" }))));
    expect(login.status).toBe(302);
    // Single use.
    expect((await submit("another fine long phrase")).status).toBe(410);
    expect((await settle(() => resetLoader(args(getRequest(`/reset-password/${token}`), { token })))).status).toBe(410);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: { in: ["user.password.reset-link", "user.password.reset"] } } })).toBe(2);
  });

  it("refuses an expired link and voids older links when a new one is issued", async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    const db = await getDb();
    const s = await asAdmin();
    const user = await makeUser(db, { role: "expert" });
    const tokenOf = async () => new URL((await (await edit(user.id, { intent: "reset" }, s)).json()).reset.url).pathname.split("/").pop()!;
    const first = await tokenOf();
    const second = await tokenOf();
    expect((await settle(() => resetLoader(args(getRequest("/"), { token: first })))).status).toBe(410);
    expect((await settle(() => resetLoader(args(getRequest("/"), { token: second })))).status).toBe(200);
    await db.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await settle(() => resetLoader(args(getRequest("/"), { token: second })))).status).toBe(410);
  });
});
