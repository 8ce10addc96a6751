import { describe, expect, it } from "vitest";
import { action as companyAction } from "~/routes/exporter+/company.tsx";
import { action as staffCompanyAction, loader as staffCompanyLoader } from "~/routes/staff+/companies.$id.tsx";
import { loader as staffListLoader } from "~/routes/staff+/companies._index.tsx";
import { action as importAction } from "~/routes/staff+/companies.import.tsx";
import { loader as templateLoader } from "~/routes/staff+/companies.template[.]csv.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { BASE, getRequest, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

function post(pathname: string, entries: [string, string][], cookie: string) {
  return new Request(`${BASE}${pathname}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: BASE },
    body: new URLSearchParams(entries).toString(),
  });
}

function upload(entries: [string, string | Blob, string?][], cookie: string) {
  const form = new FormData();
  for (const [k, v, name] of entries) {
    if (v instanceof Blob) form.append(k, v, name);
    else form.append(k, v);
  }
  return new Request(`${BASE}/staff/companies/import`, { method: "POST", headers: { Cookie: cookie, Origin: BASE }, body: form });
}

const HEADER = "credit_code,name_zh,name_en,aliases,city,province,industries,products,hs_codes,markets";
const GOOD = "914403001922038216,导入光伏有限公司,Import Solar Co. Ltd.,Import Solar,深圳,广东,光伏,solar panel,854143,US";
const BAD_CHECK = "914403001922038217,校验错误公司,,,,,,,,";

describe("company profile form", () => {
  it("lets an exporter save pickers and the new fields, audited", async () => {
    const db = await getDb();
    const company = await makeCompany(db, { nameZh: "原公司" });
    const user = await makeUser(db, { role: "exporter", companyId: company.id });
    const { cookie, csrf } = await sessionFor(user.id);
    const res = await settle(() =>
      companyAction(
        args(
          post(
            "/exporter/company",
            [
              ["csrf", csrf],
              ["nameZh", "新公司"],
              ["province", "浙江"],
              ["industries", "photovoltaic"],
              ["industries", "lithium-battery"],
              ["ipTypes", "patent"],
              ["ipTypes", "trademark"],
              ["observationEnterprise", "false"],
              ["observationEnterprise", "true"],
              ["contactEmail", "ip@example.test"],
            ],
            cookie,
          ),
        ),
      ),
    );
    expect(res.status).toBe(200);
    const row = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(JSON.parse(row.industries)).toEqual(["photovoltaic", "lithium-battery"]);
    expect(JSON.parse(row.ipTypes)).toEqual(["patent", "trademark"]);
    expect(row).toMatchObject({ province: "浙江", observationEnterprise: true, contactEmail: "ip@example.test" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "company.update", entityId: company.id } });
    expect(audit.after).toContain("ipTypes");
  });

  it("rejects unknown picker values and a bad email per field", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "exporter" });
    const { cookie, csrf } = await sessionFor(user.id);
    const res = await settle(() =>
      companyAction(
        args(
          post(
            "/exporter/company",
            [
              ["csrf", csrf],
              ["nameZh", "甲"],
              ["industries", "rockets"],
              ["ipTypes", "magic"],
              ["contactEmail", "nope"],
            ],
            cookie,
          ),
        ),
      ),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({
      industries: "company.unknownIndustry|value=rockets",
      ipTypes: "company.unknownIpType|value=magic",
      contactEmail: "form.invalidEmail",
    });
  });

  it("keeps exporters out of the staff pages (404) and lets staff edit any company", async () => {
    const db = await getDb();
    const other = await makeCompany(db, { nameZh: "他人公司", city: "宁波" });
    const exporter = await makeUser(db, { role: "exporter" });
    const ex = await sessionFor(exporter.id);
    const denied = await settle(() =>
      staffCompanyAction(
        args(
          post(
            `/staff/companies/${other.id}`,
            [
              ["csrf", ex.csrf],
              ["nameZh", "篡改"],
            ],
            ex.cookie,
          ),
          { id: other.id },
        ),
      ),
    );
    expect(denied.status).toBe(404);
    expect((await settle(() => staffCompanyLoader(args(getRequest(`/staff/companies/${other.id}`, ex.cookie), { id: other.id })))).status).toBe(404);
    expect((await db.company.findUniqueOrThrow({ where: { id: other.id } })).nameZh).toBe("他人公司");

    const staff = await makeUser(db, { role: "staff" });
    const st = await sessionFor(staff.id);
    const list = await (await settle(() => staffListLoader(args(getRequest("/staff/companies?q=宁波", st.cookie))))).json();
    expect(list.companies.map((c: { id: string }) => c.id)).toContain(other.id);
    expect(list.count).toBeGreaterThan(0);
    const saved = await settle(() =>
      staffCompanyAction(
        args(
          post(
            `/staff/companies/${other.id}`,
            [
              ["csrf", st.csrf],
              ["nameZh", "他人公司（已核实）"],
              ["industries", "toys"],
            ],
            st.cookie,
          ),
          { id: other.id },
        ),
      ),
    );
    expect(saved.status).toBe(200);
    expect((await db.company.findUniqueOrThrow({ where: { id: other.id } })).nameZh).toBe("他人公司（已核实）");
    await makeCompany(db, { nameZh: "持码公司", creditCode: "91330200MA2AFTQ26L" });
    const taken = await settle(() =>
      staffCompanyAction(
        args(
          post(
            `/staff/companies/${other.id}`,
            [
              ["csrf", st.csrf],
              ["nameZh", "他人公司"],
              ["creditCode", "91330200MA2AFTQ26L"],
            ],
            st.cookie,
          ),
          { id: other.id },
        ),
      ),
    );
    expect(taken.status).toBe(400);
    expect((await taken.json()).fieldErrors).toEqual({ creditCode: "company.creditCodeTaken" });
    const missing = await settle(() => staffCompanyLoader(args(getRequest("/staff/companies/nope", st.cookie), { id: "nope" })));
    expect(missing.status).toBe(404);
  });
});

describe("registry import page", () => {
  it("previews with line-numbered errors without writing, then confirms", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const { cookie, csrf } = await sessionFor(staff.id);
    const csv = `\uFEFF${HEADER}\r\n${GOOD}\r\n${BAD_CHECK}\r\n`;
    const preview = await settle(() =>
      importAction(
        args(
          upload(
            [
              ["csrf", csrf],
              ["intent", "preview"],
              ["file", new Blob([csv], { type: "text/csv" }), "r.csv"],
            ],
            cookie,
          ),
        ),
      ),
    );
    expect(preview.status).toBe(200);
    const body = await preview.json();
    expect(body.result).toMatchObject({ dryRun: true, created: 1, updated: 0 });
    expect(body.result.errors).toEqual([expect.objectContaining({ line: 3, message: "registry.creditCodeCheck" })]);
    expect(await db.company.count({ where: { creditCode: "914403001922038216" } })).toBe(0);

    const confirm = await settle(() =>
      importAction(
        args(
          upload(
            [
              ["csrf", csrf],
              ["intent", "confirm"],
              ["source", body.source],
            ],
            cookie,
          ),
        ),
      ),
    );
    expect((await confirm.json()).result).toMatchObject({ dryRun: false, created: 1 });
    expect(await db.company.count({ where: { creditCode: "914403001922038216" } })).toBe(1);
    // A second confirm of the same text updates nothing and duplicates nothing.
    const again = await settle(() =>
      importAction(
        args(
          upload(
            [
              ["csrf", csrf],
              ["intent", "confirm"],
              ["source", body.source],
            ],
            cookie,
          ),
        ),
      ),
    );
    expect((await again.json()).result).toMatchObject({ created: 0, unchanged: 1 });
  });

  it("refuses a file over 2 MB, a non-CSV file, a missing CSRF token and exporters", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const { cookie, csrf } = await sessionFor(staff.id);
    const big = new Blob([HEADER + "\n" + "x".repeat(2 * 1024 * 1024 + 10)], { type: "text/csv" });
    const tooBig = await settle(() =>
      importAction(
        args(
          upload(
            [
              ["csrf", csrf],
              ["file", big, "big.csv"],
            ],
            cookie,
          ),
        ),
      ),
    );
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).fileError).toBe("companyImport.tooLarge");
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])], { type: "image/png" });
    const notCsv = await settle(() =>
      importAction(
        args(
          upload(
            [
              ["csrf", csrf],
              ["file", png, "a.png"],
            ],
            cookie,
          ),
        ),
      ),
    );
    expect((await notCsv.json()).fileError).toBe("companyImport.notCsv");
    const noCsrf = await settle(() => importAction(args(upload([["file", new Blob([HEADER], { type: "text/csv" }), "a.csv"]], cookie))));
    expect(noCsrf.status).toBe(403);
    const exporter = await makeUser(db, { role: "exporter" });
    const ex = await sessionFor(exporter.id);
    const denied = await settle(() =>
      importAction(
        args(
          upload(
            [
              ["csrf", ex.csrf],
              ["intent", "confirm"],
              ["source", `${HEADER}\n${GOOD}`],
            ],
            ex.cookie,
          ),
        ),
      ),
    );
    expect(denied.status).toBe(404);
  });

  it("serves the template as CSV with a UTF-8 BOM", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const { cookie } = await sessionFor(staff.id);
    const res = await settle(() => templateLoader(args(getRequest("/staff/companies/template.csv", cookie))));
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toMatch(/^credit_code,name_zh,/);
  });
});
