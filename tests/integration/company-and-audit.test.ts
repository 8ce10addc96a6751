import { describe, expect, it } from "vitest";
import { action as companyAction, loader as companyLoader } from "~/routes/exporter+/company.tsx";
import { loader as auditLoader } from "~/routes/staff+/audit.tsx";
import { action as usersAction } from "~/routes/admin+/users._index.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request) => ({ request, params: {}, context: {} });

describe("company profile (exporter tenancy)", () => {
  it("shows an exporter only their own company, whatever the request says", async () => {
    const db = await getDb();
    const mine = await makeCompany(db, { nameZh: "甲公司" });
    await makeCompany(db, { nameZh: "乙公司" });
    const user = await makeUser(db, { role: "exporter", companyId: mine.id });
    const { cookie } = await sessionFor(user.id);
    const res = await settle(() => companyLoader(args(getRequest("/exporter/company?companyId=other", cookie))));
    const body = await res.json();
    expect(body.company.id).toBe(mine.id);
    expect(body.company.nameZh).toBe("甲公司");
  });

  it("saves a valid profile, normalising lists and codes, and audits what changed", async () => {
    const db = await getDb();
    const company = await makeCompany(db);
    const user = await makeUser(db, { role: "exporter", companyId: company.id });
    const { cookie, csrf } = await sessionFor(user.id);
    const res = await settle(() =>
      companyAction(
        args(
          postForm(
            "/exporter/company",
            {
              csrf,
              nameZh: "宁波示例光伏有限公司",
              nameEn: "Ningbo Example Solar Co., Ltd.",
              aliases: "Example Solar，Shili Guangfu",
              creditCode: "91330200mA2abcde1y",
              city: "宁波",
              industries: "photovoltaic",
              products: "光伏组件\nsolar panels",
              hsCodes: "8541.43, 850440",
              markets: "us, de",
            },
            { cookie },
          ),
        ),
      ),
    );
    expect(res.status).toBe(200);
    const row = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(row.nameZh).toBe("宁波示例光伏有限公司");
    expect(JSON.parse(row.aliases)).toEqual(["Example Solar", "Shili Guangfu"]);
    expect(row.creditCode).toBe("91330200MA2ABCDE1Y");
    expect(JSON.parse(row.hsCodes)).toEqual(["854143", "850440"]);
    expect(JSON.parse(row.markets)).toEqual(["US", "DE"]);
    expect(JSON.parse(row.products)).toEqual(["光伏组件", "solar panels"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "company.update", entityId: company.id } });
    expect(audit.actorId).toBe(user.id);
    expect(JSON.parse(audit.after!)).toMatchObject({ nameZh: "宁波示例光伏有限公司" });
  });

  it("answers 400 naming each invalid field, and changes nothing", async () => {
    const db = await getDb();
    const company = await makeCompany(db, { nameZh: "原名称" });
    const user = await makeUser(db, { role: "exporter", companyId: company.id });
    const { cookie, csrf } = await sessionFor(user.id);
    const res = await settle(() =>
      companyAction(args(postForm("/exporter/company", { csrf, nameZh: "", creditCode: "123", hsCodes: "8541, abc", markets: "USA" }, { cookie }))),
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.fieldErrors).toEqual({
      nameZh: "form.required",
      creditCode: "company.invalidCreditCode",
      hsCodes: "company.invalidHsCode|value=abc",
      markets: "company.invalidMarket|value=USA",
    });
    expect(body.values.creditCode).toBe("123");
    expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).nameZh).toBe("原名称");
  });
});

describe("admin user management and the audit log", () => {
  it("creates a user through the admin form and records who did it", async () => {
    const db = await getDb();
    const admin = await makeUser(db, { role: "admin" });
    const company = await makeCompany(db);
    const { cookie, csrf } = await sessionFor(admin.id);
    const res = await settle(() =>
      usersAction(
        args(
          postForm(
            "/admin/users",
            { csrf, email: "New.Exporter@example.test", name: "新用户", role: "exporter", companyId: company.id, password: "long-enough-pass" },
            { cookie },
          ),
        ),
      ),
    );
    expect(res.status).toBe(200);
    const created = await db.user.findUniqueOrThrow({ where: { email: "new.exporter@example.test" } });
    expect(created.companyId).toBe(company.id);
    expect(created.passwordHash).not.toContain("long-enough-pass");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.create", entityId: created.id } });
    expect(audit.actorId).toBe(admin.id);
  });

  it("refuses an exporter user without a company and a duplicate email, field by field", async () => {
    const db = await getDb();
    const admin = await makeUser(db, { role: "admin" });
    await makeUser(db, { role: "staff", email: "taken@example.test" });
    const { cookie, csrf } = await sessionFor(admin.id);
    const noCompany = await settle(() =>
      usersAction(args(postForm("/admin/users", { csrf, email: "x@example.test", name: "X", role: "exporter", password: "long-enough-pass" }, { cookie }))),
    );
    expect((await noCompany.json()).fieldErrors).toEqual({ companyId: "users.companyRequired" });
    const taken = await settle(() =>
      usersAction(args(postForm("/admin/users", { csrf, email: "taken@example.test", name: "X", role: "staff", password: "long-enough-pass" }, { cookie }))),
    );
    expect(taken.status).toBe(400);
    expect((await taken.json()).fieldErrors).toEqual({ email: "users.emailTaken" });
  });

  it("does not let staff create users (404)", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const { cookie, csrf } = await sessionFor(staff.id);
    const res = await settle(() =>
      usersAction(args(postForm("/admin/users", { csrf, email: "y@example.test", name: "Y", role: "admin", password: "long-enough-pass" }, { cookie }))),
    );
    expect(res.status).toBe(404);
    expect(await db.user.findUnique({ where: { email: "y@example.test" } })).toBeNull();
  });

  it("lets staff filter the audit log by entity and entity id", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const company = await makeCompany(db);
    const { cookie } = await sessionFor(staff.id);
    const res = await settle(() => auditLoader(args(getRequest(`/staff/audit?entity=company&entityId=${company.id}`, cookie))));
    const body = await res.json();
    expect(body.events.length).toBe(1);
    expect(body.events[0]).toMatchObject({ action: "company.create", entity: "company", entityId: company.id });
    expect(body.entities).toEqual(expect.arrayContaining(["company", "user"]));
  });

  it("hides the audit log from exporters and experts", async () => {
    const db = await getDb();
    for (const role of ["exporter", "expert"] as const) {
      const user = await makeUser(db, { role });
      const { cookie } = await sessionFor(user.id);
      expect((await settle(() => auditLoader(args(getRequest("/staff/audit", cookie))))).status).toBe(404);
    }
  });
});

describe("the audit log reads as sentences, not codes", () => {
  it("answers an over-long action or entity id with 400 and a per-field message, not a 500", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const { cookie } = await sessionFor(staff.id);
    const longAction = await settle(() => auditLoader(args(getRequest(`/staff/audit?action=${"a".repeat(150)}`, cookie))));
    expect(longAction.status).toBe(400);
    expect((await longAction.json()).fieldErrors).toEqual({ action: "form.tooLong|max=100" });
    const longId = await settle(() => auditLoader(args(getRequest(`/staff/audit?entityId=${"x".repeat(250)}&action=auth`, cookie))));
    expect(longId.status).toBe(400);
    const body = await longId.json();
    expect(body.fieldErrors).toEqual({ entityId: "form.tooLong|max=200" });
    expect(body.query.action).toBe("auth");
  });

  it("gives each event its changes field by field instead of raw JSON", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const company = await makeCompany(db, { nameZh: "旧名称" });
    await db.auditEvent.create({
      data: {
        actorId: staff.id,
        action: "company.update",
        entity: "company",
        entityId: company.id,
        before: JSON.stringify({ nameZh: "旧名称", markets: ["US"] }),
        after: JSON.stringify({ nameZh: "新名称", markets: ["US", "EU"] }),
      },
    });
    const { cookie } = await sessionFor(staff.id);
    const res = await settle(() => auditLoader(args(getRequest(`/staff/audit?entity=company&entityId=${company.id}&action=company.update`, cookie))));
    const [event] = (await res.json()).events;
    expect(event.after).toBeUndefined();
    expect(event.raw).toBeNull();
    expect(event.changes).toEqual([
      { field: "nameZh", before: "旧名称", after: "新名称" },
      { field: "markets", before: "US", after: "US, EU" },
    ]);
  });
});
