import { existsSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { createReport, freezeReport, getReport, publishReport, regenerateReport } from "~/models/report.server.ts";
import { renderSvg } from "~/reports/charts.server.ts";
import { shanghaiIso } from "~/reports/period.ts";
import { reportToDocx } from "~/reports/report-docx.server.ts";
import { reportHtml, reportToPdf } from "~/reports/report-pdf.server.ts";
import { loader as exporterReport } from "~/routes/exporter+/reports.$id.tsx";
import { loader as exporterReports } from "~/routes/exporter+/reports._index.tsx";
import { loader as statsCsv } from "~/routes/staff+/statistics[.]csv.tsx";
import { loader as statsPage } from "~/routes/staff+/statistics.tsx";
import { action as newReport } from "~/routes/staff+/reports._index.tsx";
import { loader as records } from "~/routes/staff+/statistics_.records.tsx";
import { getDb, type Db } from "~/utils/db.server.ts";
import { makeCompany, makeGuidanceRequest, makeUser } from "../db-utils.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

const today = shanghaiIso(new Date());
const year = Number(today.slice(0, 4));
const month = Number(today.slice(5, 7));

let worlds = 0;
/** Tests share one database per file: each world has its own city to filter on. */
async function world(db: Db) {
  const city = `测试市${++worlds}`;
  const staff = await makeUser(db, { role: "staff" });
  const company = await makeCompany(db, { nameZh: `宁波光明照明${worlds}有限公司`, industries: "led-lighting", markets: "US", city });
  const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
  const other = await makeUser(db, { role: "exporter" });
  await makeGuidanceRequest(db, { companyId: company.id, exporterId: exporter.id, staffId: staff.id, state: "accepted" });
  await makeGuidanceRequest(db, { companyId: company.id, exporterId: exporter.id, staffId: staff.id, state: "rejected" });
  return { staff, company, exporter, other, city };
}

async function documentXml(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  return { xml, text: xml.replace(/<[^>]+>/g, ""), files: Object.keys(zip.files) };
}

describe("generated reports", () => {
  it("a frozen report keeps its number and figures when the records change later", async () => {
    const db = await getDb();
    const { staff, company, exporter } = await world(db);
    const report = await createReport(db, { kind: "monthly", year, n: month }, staff.id);
    const before = await getReport(db, report.id);
    expect(before!.content.figures.find((f) => f.id === "received")!.current).toBe("2");
    expect(before!.sections.summary).toContain("收到海外知识产权纠纷应对指导申请 2 件");
    const number = await freezeReport(db, report.id, staff.id);
    expect(number).toBe(`〔${year}〕月报第 1 号`);
    await makeGuidanceRequest(db, { companyId: company.id, exporterId: exporter.id, staffId: staff.id, state: "accepted" });
    const after = await getReport(db, report.id);
    expect(after!.content).toEqual(before!.content);
    expect(after!.number).toBe(number);
    // a draft generated now sees the new request
    const fresh = await getReport(db, (await createReport(db, { kind: "monthly", year, n: month }, staff.id)).id);
    expect(fresh!.content.figures.find((f) => f.id === "received")!.current).toBe("3");
    await expect(freezeReport(db, report.id, staff.id)).rejects.toThrow("state");
  });

  it("writes Word with the report's text, the official sizes, A4 and the charts as SVG", async () => {
    const db = await getDb();
    const { staff } = await world(db);
    const report = await createReport(db, { kind: "quarterly", year, n: Math.floor((month - 1) / 3) + 1 }, staff.id);
    const view = (await getReport(db, report.id))!;
    const { xml, text, files } = await documentXml(await reportToDocx(view));
    expect(text).toContain("季度海外纠纷信息与典型案例报送");
    expect(text).toContain("受理数");
    expect(text).toContain("典型案例");
    expect(xml).toContain('w:sz w:val="44"'); // 二号 title
    expect(xml).toContain('w:sz w:val="32"'); // 三号 body
    expect(xml).toMatch(/w:pgSz w:w="1190[56]" w:h="1683[78]"/); // A4 in twips
    expect(files.filter((f) => f.endsWith(".svg")).length).toBe(5);
  });

  it.skipIf(!existsSync("/usr/bin/chromium"))(
    "prints the same document to PDF with Chromium",
    async () => {
      const db = await getDb();
      const { staff } = await world(db);
      const report = await createReport(db, { kind: "annual", year }, staff.id);
      const pdf = (await reportToPdf((await getReport(db, report.id))!))!;
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const body = pdf.toString("latin1");
      expect(body).toMatch(/\/Type\s*\/Page\b/);
      expect(body).toContain("%%EOF");
    },
    90_000,
  );

  it("a month that follows more cases than one query may bind still lists its 30 newest cases", async () => {
    const db = await getDb();
    const { staff } = await world(db);
    const source = await db.source.create({ data: { name: "bulk", url: `https://feeds.example.test/bulk-${worlds}.xml`, kind: "case", jurisdiction: "US" } });
    // SQLite through Prisma binds at most 999 values per IN list; 1,100 followed cases exceed it.
    const base = Date.now() + 86_400_000;
    const ids = Array.from({ length: 1100 }, (_, i) => `bulk${worlds}-${String(i).padStart(4, "0")}`);
    await db.case.createMany({
      data: ids.map((id, i) => ({
        id,
        otherNumber: id,
        caseType: "us-district-court",
        jurisdiction: "US",
        title: `Bulk case ${i}`,
        firstSeenAt: new Date(base + i * 1000),
      })),
    });
    await db.riskItem.createMany({
      data: ids.map((id, i) => ({
        sourceId: source.id,
        guid: id,
        title: `Bulk notice ${i}`,
        summary: "",
        publishedAt: new Date(),
        fetchedAt: new Date(),
        language: "en",
        jurisdiction: "US",
        kind: "case",
        caseType: "us-district-court",
        caseId: id,
        fingerprint: id,
      })),
    });
    const report = await getReport(db, (await createReport(db, { kind: "monthly", year, n: month }, staff.id)).id);
    expect(report!.content.cases.map((c) => c.id)).toEqual(ids.slice(-30).reverse());
  });

  it("exporters see only published risk-warning reports, in their public version, and are notified", async () => {
    const db = await getDb();
    const { staff, exporter, other, company } = await world(db);
    const draft = await createReport(db, { kind: "risk-warning", year, n: month, industry: "led-lighting" }, staff.id);
    const monthly = await createReport(db, { kind: "monthly", year, n: month }, staff.id);
    await freezeReport(db, monthly.id, staff.id);
    const { cookie } = await sessionFor(exporter.id);
    expect(
      (await settle(() => exporterReport({ request: getRequest(`/exporter/reports/${draft.id}`, cookie), params: { id: draft.id }, context: {} }))).status,
    ).toBe(404);
    expect(
      (await settle(() => exporterReport({ request: getRequest(`/exporter/reports/${monthly.id}`, cookie), params: { id: monthly.id }, context: {} }))).status,
    ).toBe(404);
    await db.report.update({
      where: { id: draft.id },
      data: { sections: JSON.stringify({ summary: "本期 LED 行业风险上升", internal: "内部：宁波光明照明有限公司 拟委托律师" }) },
    });
    await db.report.update({
      where: { id: draft.id },
      data: {
        content: JSON.stringify({ ...(await getReport(db, draft.id))!.content, companies: [{ name: company.nameZh, caseTitle: "337-TA-1", date: today }] }),
      },
    });
    await freezeReport(db, draft.id, staff.id);
    expect(await publishReport(db, draft.id, staff.id)).toBeGreaterThanOrEqual(1);
    const res = await settle(() => exporterReport({ request: getRequest(`/exporter/reports/${draft.id}`, cookie), params: { id: draft.id }, context: {} }));
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).toContain("本期 LED 行业风险上升");
    expect(body).not.toContain(company.nameZh);
    expect(body).not.toContain("拟委托律师");
    expect(body).not.toContain("受理数");
    const list = await (await settle(() => exporterReports({ request: getRequest("/exporter/reports?q=LED", cookie), params: {}, context: {} }))).json();
    expect(list.reports.map((r: { id: string }) => r.id)).toEqual([draft.id]);
    const none = await (await settle(() => exporterReports({ request: getRequest("/exporter/reports?q=不存在的词", cookie), params: {}, context: {} }))).json();
    expect(none.reports).toEqual([]);
    expect(await db.notification.count({ where: { userId: exporter.id, kind: "report" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: other.id, kind: "report" } })).toBe(0);
  });
});

describe("statistics page", () => {
  it("shows every indicator with its definition, links to the records, and downloads CSV; exporters are refused", async () => {
    const db = await getDb();
    const { staff, exporter, city } = await world(db);
    const { cookie } = await sessionFor(staff.id);
    const res = await settle(() =>
      statsPage({
        request: getRequest(`/staff/statistics?period=month&year=${year}&n=${month}&region=${encodeURIComponent(city)}`, cookie),
        params: {},
        context: {},
      }),
    );
    const page = await res.json();
    expect(page.rows).toHaveLength(21);
    expect(page.rows.find((r: { id: string }) => r.id === "received")).toMatchObject({ current: "2", definition: expect.stringContaining("提交") });
    expect(page.charts.map((c: { id: string }) => c.id)).toEqual(["casesOverTime", "casesByIndustry", "requestsByRegion", "stages337", "funnel"]);
    expect(page.charts[4].svg).toMatch(/^<svg/);
    const rec = await (
      await settle(() => records({ request: getRequest(`/staff/statistics/records?indicator=rejected&${page.query}`, cookie), params: {}, context: {} }))
    ).json();
    expect(rec.total).toBe(1);
    expect(rec.rows[0].href).toMatch(/^\/staff\/requests\//);
    const bytes = new Uint8Array(
      await (await settle(() => statsCsv({ request: getRequest(`/staff/statistics.csv?${page.query}`, cookie), params: {}, context: {} }))).arrayBuffer(),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith("指标,本期,去年同期,口径")).toBe(true);
    expect(csv).toContain("不予受理数,1,");
    const exporterCookie = (await sessionFor(exporter.id)).cookie;
    const denied = await settle(() => statsPage({ request: getRequest("/staff/statistics", exporterCookie), params: {}, context: {} }));
    expect([403, 404]).toContain(denied.status); // main hides staff pages from other roles
  });

  it("charts escape data labels: a label with <script> stays text", async () => {
    const svg = await renderSvg({
      xAxis: { type: "category", data: ["<script>alert(1)</script>"] },
      yAxis: { type: "value" },
      series: [{ type: "bar", data: [1] }],
    });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
  });
});

// Han characters and CJK punctuation (、，：（）〔〕……).
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;

/** The text with every record-derived string (company names, places, case and item titles) removed. */
async function withoutData(db: Db, text: string) {
  const companies = await db.company.findMany({ select: { nameZh: true, nameEn: true, city: true, province: true } });
  const cases = await db.case.findMany({ select: { title: true } });
  const items = await db.riskItem.findMany({ select: { title: true } });
  const data = [...companies.flatMap((c) => [c.nameZh, c.nameEn, c.city, c.province]), ...cases.map((c) => c.title), ...items.map((i) => i.title)]
    .filter((d): d is string => !!d && /[\u3400-\u9fff]/.test(d))
    .sort((a, b) => b.length - a.length);
  return data.reduce((t, d) => t.split(d).join(""), text);
}

describe("reports in English", () => {
  it("a report generated in English has English headings, figure and chart labels, and no Chinese outside the data", async () => {
    const db = await getDb();
    const { staff, city } = await world(db);
    const created = await createReport(db, { kind: "monthly", year, n: month, language: "en" }, staff.id);
    const view = (await getReport(db, created.id))!;
    expect(view.language).toBe("en");
    expect(view.title).toBe(`Monthly work report (${year}-${String(month).padStart(2, "0")})`);
    expect(view.sections.summary).toMatch(/^In \d{4}-\d{2} the centre received \d+ requests for guidance/);
    expect(view.content.figures.find((f) => f.id === "accepted")!.label).toBe("Accepted");
    expect(view.content.charts.map((c) => c.title)).toContain("Request funnel for the period");
    // the region chart keeps the city's name (data) while its title and axes are English
    expect(view.content.charts.find((c) => c.id === "requestsByRegion")!.svg).toContain(city);
    const html = reportHtml(view);
    expect(html).toContain('<html lang="en">');
    // the body's text (the print CSS names Chinese fonts, which is not text)
    const text = html.slice(html.indexOf("<body>")).replace(/<[^>]+>/g, " ");
    for (const heading of [
      "1. Summary of work",
      "2. Key figures",
      "3. Charts",
      "4. Notable cases",
      "5. Law changes",
      "7. Typical cases",
      "Analysis and commentary",
      "Recommendations",
    ])
      expect(text).toContain(heading);
    expect(text).toContain("Overseas IP Dispute Guidance Centre");
    expect((await withoutData(db, text)).match(CJK)).toBeNull();

    // Word: the same English document
    const docx = await documentXml(await reportToDocx(view));
    expect(docx.text).toContain("Monthly work report");
    expect(docx.text).toContain("2. Key figures");
    expect(docx.text).toContain("Accepted");
    expect(docx.files.filter((f) => f.endsWith(".svg")).length).toBe(5);
    expect((await withoutData(db, docx.text)).match(CJK)).toBeNull();

    // regenerating keeps the language; freezing numbers it in English and keeps the content
    await regenerateReport(db, created.id, staff.id);
    const regenerated = (await getReport(db, created.id))!;
    expect(regenerated.content.figures.find((f) => f.id === "accepted")!.label).toBe("Accepted");
    const number = await freezeReport(db, created.id, staff.id);
    expect(number).toMatch(new RegExp(`^\\[${year}\\] Monthly Report No\\. \\d+$`));
    expect((await getReport(db, created.id))!.content).toEqual(regenerated.content);
  });

  it("a risk-warning report in English names its scope in English; Chinese stays the default and reads as before", async () => {
    const db = await getDb();
    const { staff } = await world(db);
    const en = (await getReport(
      db,
      (await createReport(db, { kind: "risk-warning", year, n: month, industry: "led-lighting", language: "en" }, staff.id)).id,
    ))!;
    expect(en.title).toMatch(/^Overseas IP risk-warning report \(\d{4}-\d{2} · \S.*\)$/);
    expect(en.title.match(CJK)).toBeNull();
    expect(en.sections.summary).toMatch(/warning items/);
    expect(await freezeReport(db, en.id, staff.id)).toMatch(new RegExp(`^\\[${year}\\] Issue \\d+$`));

    const zh = (await getReport(db, (await createReport(db, { kind: "risk-warning", year, n: month, industry: "led-lighting" }, staff.id)).id))!;
    expect(zh.language).toBe("zh");
    expect(zh.title).toBe(`海外知识产权风险预警报告（${year}-${String(month).padStart(2, "0")} · led-lighting）`);
    expect(zh.sections.summary).toContain("本中心共采集海外知识产权预警信息");
    const html = reportHtml(zh);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("一、工作概述");
    expect(html).not.toContain("1. Summary of work");
    expect(await freezeReport(db, zh.id, staff.id)).toMatch(new RegExp(`^〔${year}〕第 \\d+ 期$`));
  });

  it("the staff's new-report form takes the language; without one, or with an unknown one, the report is Chinese", async () => {
    const db = await getDb();
    const { staff } = await world(db);
    const session = await sessionFor(staff.id);
    const post = async (fields: Record<string, string>) => {
      const res = await settle(() =>
        newReport({
          request: postForm("/staff/reports", { csrf: session.csrf, kind: "annual", year: String(year), ...fields }, { cookie: session.cookie }),
          params: {},
          context: {},
        }),
      );
      expect(res.status).toBe(302);
      const id = res.headers.get("Location")!.split("/").pop()!;
      return (await getReport(db, id))!;
    };
    const en = await post({ language: "en" });
    expect(en.language).toBe("en");
    expect(en.title).toBe(`Annual summary (${year})`);
    expect((await post({})).language).toBe("zh");
    const unknown = await post({ language: "fr" });
    expect(unknown.language).toBe("zh");
    expect(unknown.title).toBe(`年度工作总结（${year}）`);
  });
});
