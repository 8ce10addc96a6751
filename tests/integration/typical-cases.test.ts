import { describe, expect, it } from "vitest";
import { getSearchClient } from "#search/client.server.ts";
import { drainSearchOutbox } from "~/models/search-index.server.ts";
import {
  maskText,
  proposeTypicalCase,
  publishTypicalCase,
  searchDocument,
  submitTypicalCase,
  TypicalCaseSchema,
  withdrawTypicalCase,
} from "~/models/typical-case.server.ts";
import { loader as exporterCase } from "~/routes/exporter+/typical-cases.$id.tsx";
import { loader as exporterCases } from "~/routes/exporter+/typical-cases._index.tsx";
import { getDb, type Db } from "~/utils/db.server.ts";
import { makeCompany, makeGuidanceRequest, makeUser } from "../db-utils.ts";
import { getRequest, sessionFor, settle } from "../support/requests.ts";

async function closedRequest(db: Db) {
  const staff = await makeUser(db, { role: "staff" });
  const company = await makeCompany(db, { nameZh: "宁波海曙明光灯饰有限公司", nameEn: "Ningbo Mingguang Lighting Co., Ltd.", industries: "led-lighting" });
  const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
  const req = await makeGuidanceRequest(db, { companyId: company.id, exporterId: exporter.id, staffId: staff.id, state: "delivered" });
  await db.guidanceRequest.update({ where: { id: req.id }, data: { state: "closed", closedAt: new Date(), rating: 5 } });
  return { staff, company, exporter, req };
}

const input = (over: Record<string, string> = {}) =>
  TypicalCaseSchema.parse({
    title: "宁波明光灯饰应对美国337调查 LED lamps",
    summary: "宁波海曙明光灯饰有限公司被列为美国337调查被申请人，涉案金额 USD 1,200,000。",
    facts: "Ningbo Mingguang Lighting Co., Ltd. was named a respondent; the complainant sought a general exclusion order. 企业位于海曙区。",
    response: "明光灯饰在 20 日内提交答辩并寻求和解，律师费 50万元。",
    outcome: "Settled; Mingguang Lighting kept the US market.",
    lessons: "出口企业应尽早进行 FTO 分析。",
    industry: "led-lighting",
    jurisdiction: "US",
    disputeType: "us-itc-337",
    tags: "337; LED; 明光灯饰",
    anonymise: "on",
    maskTerms: "海曙区; 明光灯饰; Mingguang Lighting",
    ...over,
  });

/** The ids an exporter's typical-case search returns, through the route. */
const exporterSearch = (cookie: string) => async (q: string) =>
  (
    await (
      await settle(() => exporterCases({ request: getRequest(`/exporter/typical-cases?q=${encodeURIComponent(q)}`, cookie), params: {}, context: {} }))
    ).json()
  ).hits.map((h: { id: string }) => h.id);

describe("typical cases", () => {
  it("maskText replaces company names and amounts in figures", () => {
    expect(maskText("宁波海曙明光灯饰有限公司赔偿 $3.5 million", ["宁波海曙明光灯饰有限公司"], [])).toBe("某公司赔偿 若干金额");
  });

  it("publishes an anonymised case whose public text and search document contain no masked name", async () => {
    const db = await getDb();
    const { staff, req } = await closedRequest(db);
    const tc = await proposeTypicalCase(db, { requestId: req.id }, input(), staff.id);
    await submitTypicalCase(db, tc.id, staff.id);
    await publishTypicalCase(db, tc.id, staff.id);
    const row = await db.typicalCase.findUniqueOrThrow({ where: { id: tc.id } });
    const doc = searchDocument(row)!;
    const everything = JSON.stringify(doc) + row.published;
    for (const name of ["宁波海曙明光灯饰有限公司", "Ningbo Mingguang Lighting", "明光灯饰", "Mingguang", "海曙区", "1,200,000", "50万元"])
      expect(everything).not.toContain(name);
    expect(doc.summary).toContain("某公司");
    expect(doc.summary).toContain("若干金额");
    expect(doc.tags).toEqual(["337", "LED", "某某"]);
  });

  it("refuses to publish when a masked term survives in a field that is not masked, and a case needs a closed request", async () => {
    const db = await getDb();
    const { staff, req } = await closedRequest(db);
    // the company asked to hide its market too, but the jurisdiction tag still says US
    const tc = await proposeTypicalCase(db, { requestId: req.id }, input({ maskTerms: "海曙区; 明光灯饰; Mingguang Lighting; US" }), staff.id);
    await submitTypicalCase(db, tc.id, staff.id);
    await expect(publishTypicalCase(db, tc.id, staff.id)).rejects.toThrow("masked:jurisdiction");
    expect((await db.typicalCase.findUniqueOrThrow({ where: { id: tc.id } })).status).toBe("in-review");
    const notClosed = await makeGuidanceRequest(db, {
      companyId: req.companyId,
      exporterId: (await makeUser(db, { role: "exporter", companyId: req.companyId })).id,
      staffId: staff.id,
      state: "accepted",
    });
    await expect(proposeTypicalCase(db, { requestId: notClosed.id }, input(), staff.id)).rejects.toThrow("not-closed");
  });

  it("exporters find published cases in Meilisearch in Chinese and English, and never see drafts", async () => {
    const db = await getDb();
    const { staff, req, exporter } = await closedRequest(db);
    const published = await proposeTypicalCase(
      db,
      { requestId: req.id },
      input({ title: "光伏组件337调查应诉典型案例 solar modules", anonymise: "" }),
      staff.id,
    );
    await submitTypicalCase(db, published.id, staff.id);
    await publishTypicalCase(db, published.id, staff.id);
    const draft = await proposeTypicalCase(db, { requestId: req.id }, input({ title: "草稿案例 draft solar" }), staff.id);
    const drained = await drainSearchOutbox(db, getSearchClient());
    expect(drained.error).toBeNull();
    const { cookie } = await sessionFor(exporter.id);
    const search = exporterSearch(cookie);
    expect(await search("光伏组件")).toContain(published.id);
    expect(await search("solar modules")).toContain(published.id);
    expect(await search("草稿案例")).not.toContain(draft.id);
    const res = await settle(() => exporterCase({ request: getRequest(`/exporter/typical-cases/${draft.id}`, cookie), params: { id: draft.id }, context: {} }));
    expect(res.status).toBe(404);
  });

  it("withdrawing a published case removes it from exporters' search and pages and audits who withdrew it", async () => {
    const db = await getDb();
    const { staff, req, exporter } = await closedRequest(db);
    const tc = await proposeTypicalCase(db, { requestId: req.id }, input({ title: "撤回测试案例 withdrawn lamps", anonymise: "" }), staff.id);
    await submitTypicalCase(db, tc.id, staff.id);
    await expect(withdrawTypicalCase(db, tc.id, staff.id)).rejects.toThrow(); // not published yet
    await publishTypicalCase(db, tc.id, staff.id);
    expect((await drainSearchOutbox(db, getSearchClient())).error).toBeNull();
    const { cookie } = await sessionFor(exporter.id);
    const search = exporterSearch(cookie);
    const page = () => settle(() => exporterCase({ request: getRequest(`/exporter/typical-cases/${tc.id}`, cookie), params: { id: tc.id }, context: {} }));
    expect(await search("撤回测试案例")).toContain(tc.id);
    expect((await page()).status).toBe(200);

    await withdrawTypicalCase(db, tc.id, staff.id, "当事企业要求");
    expect((await drainSearchOutbox(db, getSearchClient())).error).toBeNull();
    expect(await search("撤回测试案例")).not.toContain(tc.id);
    expect(await search("withdrawn lamps")).not.toContain(tc.id);
    expect((await page()).status).toBe(404);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "typical-case.withdraw", entityId: tc.id } });
    expect(audit.actorId).toBe(staff.id);
    expect(audit.after).toContain("当事企业要求");
    await expect(withdrawTypicalCase(db, tc.id, staff.id)).rejects.toThrow(); // once
  });
});
