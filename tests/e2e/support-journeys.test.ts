// More support journeys in Chromium against the built app (issue 15): an exporter records IP
// insurance that staff then see on the company's guidance request; staff designate an
// observation member whose report becomes a risk item (and a non-member cannot open it); and a
// guide edited by one staff member, published by another, reaches the exporter.
// Needs `npm run build` first.
import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { ensureSupportReferenceData } from "../../prisma/seed-support.ts";
import { makeCompany, makeGuidanceRequest, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, openPageAs } from "../support/browser.ts";

let server: AppServer;
let browser: Browser;
let tag: string;
let companyName: string;
let exporterEmail: string;
let otherExporterEmail: string;
let staffEmail: string;
let reviewerEmail: string;
let requestId: string;
const problems: string[] = [];

beforeAll(async () => {
  const db = await getDb();
  await ensureGuidanceReferenceData(db);
  await ensureSupportReferenceData(db);
  tag = crypto.randomBytes(3).toString("hex");
  companyName = `宁波保险观察${tag}有限公司`;
  const company = await makeCompany(db, { nameZh: companyName, nameEn: `Ningbo Insurance Observation ${tag} Co., Ltd.`, city: "宁波" });
  const other = await makeCompany(db, { nameZh: `温州非成员${tag}有限公司`, nameEn: `Wenzhou Non-member ${tag} Co., Ltd.`, city: "温州" });
  const exporter = await makeUser(db, { role: "exporter", companyId: company.id, name: "保险登记人" });
  const otherExporter = await makeUser(db, { role: "exporter", companyId: other.id, name: "非成员用户" });
  const staff = await makeUser(db, { role: "staff", name: "指南编辑人" });
  const reviewer = await makeUser(db, { role: "staff", name: "指南审核人" });
  exporterEmail = exporter.email;
  otherExporterEmail = otherExporter.email;
  staffEmail = staff.email;
  reviewerEmail = reviewer.email;
  const r = await makeGuidanceRequest(db, { companyId: company.id, exporterId: exporter.id, staffId: staff.id, state: "delivered" });
  requestId = r.id;
  server = await startAppServer();
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// An invalid form answers 400 on purpose; Chromium logs that response as a console error.
function openAs(email: string, landing: string): Promise<Page> {
  return openPageAs(browser, server.url, email, TEST_PASSWORD, landing, problems, /status of 400/);
}

/** A date `days` from today as YYYY-MM-DD. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("more support journeys in the browser", () => {
  it("records an insurance policy, shows per-field errors for an invalid one, and shows it to staff on the request", async () => {
    const exporter = await openAs(exporterEmail, "/exporter");
    await exporter.goto(`${server.url}/exporter/insurance`);
    await exporter.locator("h1", { hasText: "知识产权保险" }).waitFor();
    // Invalid: no insurer, a cover that is not a number, and an end before the start.
    await exporter.locator('input[name="cover"]').fill("很多");
    await exporter.locator('input[name="premium"]').fill("8000");
    await exporter.locator('input[name="startsOn"]').fill(dayFromNow(10));
    await exporter.locator('input[name="endsOn"]').fill(dayFromNow(-10));
    await exporter.getByRole("button", { name: "登记保险单" }).click();
    await exporter.locator(".error-summary").waitFor();
    await expect(exporter.locator("#f-insurer-error").textContent()).resolves.toContain("必填");
    await expect(exporter.locator("#f-cover-error").textContent()).resolves.toContain("请输入有效的金额或数字");
    await expect(exporter.locator("#f-endsOn-error").textContent()).resolves.toContain("结束日期须晚于开始日期");
    await expect(exporter.locator("#f-premium-error").count()).resolves.toBe(0);
    await expect(exporter.locator('input[name="premium"]').inputValue()).resolves.toBe("8000");
    await expect(exporter.getByText("尚未登记保险单。").count()).resolves.toBe(1);

    await exporter.locator('select[name="kind"]').selectOption({ label: "专利执行险" });
    await exporter.locator('input[name="insurer"]').fill(`人保财险${tag}`);
    await exporter.locator('input[name="policyNumber"]').fill(`PICC-${tag}`);
    await exporter.locator('input[name="cover"]').fill("2000000");
    await exporter.locator('input[name="startsOn"]').fill(dayFromNow(-30));
    await exporter.locator('input[name="endsOn"]').fill(dayFromNow(335));
    await exporter.getByRole("button", { name: "登记保险单" }).click();
    await exporter.getByRole("status").filter({ hasText: "保险单已登记。" }).waitFor();
    const listed = exporter.locator("li", { hasText: `人保财险${tag}` });
    await expect(listed.textContent()).resolves.toMatch(/专利执行险.*2000000 \/ 8000/);
    await exporter.context().close();

    const staff = await openAs(staffEmail, "/staff");
    await staff.goto(`${server.url}/staff/requests/${requestId}`);
    await staff.locator("h1", { hasText: companyName }).waitFor();
    const insured = staff.locator('section[aria-labelledby="insured-h"]');
    await expect(insured.textContent()).resolves.toMatch(new RegExp(`专利执行险 · 人保财险${tag} PICC-${tag} · 2000000`));
    await staff.context().close();
    expect(problems).toEqual([]);
  }, 120_000);

  it("turns a designated member's observation into a risk item that the member sees, and keeps it from other companies", async () => {
    const staff = await openAs(staffEmail, "/staff");
    await staff.goto(`${server.url}/staff/observations`);
    await staff.locator("h1", { hasText: "待处理的观察报告" }).waitFor();
    await staff.locator('select[name="companyId"]').selectOption({ label: companyName });
    await staff.locator('select[name="memberKind"]').selectOption("enterprise");
    await staff.locator('input[name="contactName"]').fill("王观察");
    await staff.locator('input[name="termFrom"]').fill(dayFromNow(-1));
    await staff.locator('input[name="termTo"]').fill(dayFromNow(365));
    await staff.getByRole("button", { name: "指定成员" }).click();
    await staff.getByRole("status").filter({ hasText: "已指定为观察企业成员。" }).waitFor();
    await staff.locator("tr", { hasText: companyName }).waitFor();

    const member = await openAs(exporterEmail, "/exporter");
    await member.goto(`${server.url}/exporter/observations/new`);
    await member.locator("h1", { hasText: "提交观察报告" }).waitFor();
    await member.locator('input[name="country"]').fill("德国");
    await member.locator('input[name="forum"]').fill("杜塞尔多夫地方法院");
    await member.locator('input[name="title"]').fill(`展会现场临时禁令${tag}`);
    await member.locator('textarea[name="whatHappened"]').fill("法兰克福展会第二天，竞争对手申请了针对多家中国参展商的临时禁令，海关人员到场。");
    await member.locator('select[name="urgency"]').selectOption("high");
    await member.getByRole("button", { name: "提交观察报告" }).click();
    await member.getByRole("status").filter({ hasText: "观察报告已提交。" }).waitFor();
    await member.locator("h1", { hasText: `展会现场临时禁令${tag}` }).waitFor();
    const observationUrl = member.url().replace(/\?.*$/, "");
    const observationId = /\/exporter\/observations\/([^/?]+)/.exec(observationUrl)![1]!;

    await staff.goto(`${server.url}/staff/observations`);
    await staff.locator(`a[href="/staff/observations/${observationId}"]`).click();
    // The queue's own heading also says 待处理: wait for the report page first.
    await staff.waitForURL(`${server.url}/staff/observations/${observationId}`);
    await staff.locator("h1", { hasText: `展会现场临时禁令${tag} · 待处理` }).waitFor();
    await staff.locator('textarea[name="note"]').fill("已核实，转为预警");
    await staff.getByRole("button", { name: "转为预警信息" }).click();
    await staff.locator("h1", { hasText: "已转为预警信息" }).waitFor();
    await staff.getByRole("link", { name: "生成的预警信息" }).waitFor();
    await staff.context().close();

    await member.goto(observationUrl);
    await member.locator("h1", { hasText: `展会现场临时禁令${tag}` }).waitFor();
    await expect(member.locator("h2 + p").textContent()).resolves.toContain("已转为预警信息");
    await member.getByRole("link", { name: "生成的预警信息" }).click();
    await member.waitForURL(/\/exporter\/items\/[^/?]+$/);
    await member.locator("h1.risk-item__title", { hasText: `展会现场临时禁令${tag}` }).waitFor();
    await member.context().close();

    const outsider = await openAs(otherExporterEmail, "/exporter");
    const answer = await outsider.context().request.get(observationUrl);
    expect(answer.status()).toBe(404);
    expect(await answer.text()).not.toContain(`展会现场临时禁令${tag}`);
    await outsider.context().close();
    expect(problems).toEqual([]);
  }, 120_000);

  it("publishes a guide edit only after a second staff member's review, and the exporter then reads the new version", async () => {
    const slug = "us-itc-337";
    const summary = `新版摘要${tag}：收到337立案通知后立即委托美国律师。`;
    const editor = await openAs(staffEmail, "/staff");
    await editor.goto(`${server.url}/staff/guides/${slug}`);
    await editor.locator("h1", { hasText: "美国国际贸易委员会337调查应对指南" }).waitFor();
    await editor.getByRole("link", { name: "编辑（保存为新版本）" }).click();
    await editor.locator("h1", { hasText: "编辑（保存为新版本）" }).waitFor();
    await editor.locator('textarea[name="summaryZh"]').fill(summary);
    await editor.locator('input[name="changeNote"]').fill(`更新摘要${tag}`);
    await editor.getByRole("button", { name: "保存为新版本" }).click();
    await editor.locator("h1", { hasText: "美国国际贸易委员会337调查应对指南" }).waitFor();
    await expect(editor.locator("article.guide").textContent()).resolves.toContain("草稿");
    await editor.getByRole("button", { name: "提交审核" }).click();
    await editor.locator("article.guide p", { hasText: "待审核" }).waitFor();
    // The author cannot publish their own version.
    await expect(editor.getByRole("button", { name: "审核通过并发布" }).count()).resolves.toBe(0);
    await editor.context().close();

    // Before review the exporter still reads the published version.
    const exporter = await openAs(exporterEmail, "/exporter");
    await exporter.goto(`${server.url}/exporter/guides/${slug}`);
    await exporter.locator("h1", { hasText: "美国国际贸易委员会337调查应对指南" }).waitFor();
    await expect(exporter.locator("article.guide").textContent()).resolves.not.toContain(summary);

    const reviewer = await openAs(reviewerEmail, "/staff");
    await reviewer.goto(`${server.url}/staff/guides/${slug}`);
    await reviewer.locator("h1", { hasText: "美国国际贸易委员会337调查应对指南" }).waitFor();
    await reviewer.locator('textarea[name="note"]').fill("核对无误");
    await reviewer.getByRole("button", { name: "审核通过并发布" }).click();
    await reviewer.locator("article.guide p", { hasText: "已发布" }).waitFor();
    const history = reviewer.locator("section", { has: reviewer.locator("h2", { hasText: "版本历史" }) });
    await expect(history.locator("li").count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(history.locator("li").first().textContent()).resolves.toMatch(new RegExp(`已发布.*指南编辑人 → 指南审核人.*更新摘要${tag}.*核对无误`));
    await expect(history.textContent()).resolves.toContain("已被替代");
    await reviewer.context().close();

    await exporter.goto(`${server.url}/exporter/guides/${slug}`);
    await exporter.locator("h1", { hasText: "美国国际贸易委员会337调查应对指南" }).waitFor();
    await expect(exporter.locator("article.guide").textContent()).resolves.toContain(summary);
    await expect(exporter.locator("article.guide > p").first().textContent()).resolves.toMatch(/第 \d+ 版 · 已发布/);
    await exporter.context().close();
    expect(problems).toEqual([]);
  }, 120_000);
});
