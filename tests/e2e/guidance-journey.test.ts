// One guidance request from intake to delivered advice in Chromium, each step done by the role
// that does it in the real app: the exporter files and submits, staff review, accept and propose
// an expert, the expert accepts and writes advice, staff approve and deliver, the exporter reads
// it and rates it (which closes the request). Users come from the factories; every state change
// goes through the browser. No console error or page error on any page. Needs `npm run build`.
import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { makeExpert, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";

let server: AppServer;
let browser: Browser;
let exporterEmail: string;
let staffEmail: string;
let expertEmail: string;
let expertName: string;
const problems: string[] = [];

beforeAll(async () => {
  const db = await getDb();
  const tag = crypto.randomBytes(3).toString("hex");
  exporterEmail = (await makeUser(db, { role: "exporter", name: "出口企业用户" })).email;
  staffEmail = (await makeUser(db, { role: "staff", name: "受理人员" })).email;
  expertName = `旅程专家${tag}`;
  expertEmail = (await makeExpert(db, { name: expertName, profile: { ipTypes: ["patent"], jurisdictions: ["US"] } })).user.email;
  server = await startAppServer();
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openAs(email: string, landing: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await logIn(page, server.url, email, TEST_PASSWORD, landing);
  return page;
}

async function closePage(page: Page) {
  await page.context().close();
}

describe("guidance journey across three roles in the browser", () => {
  it("goes from the exporter's intake to advice delivered, rated and closed", async () => {
    const db = await getDb();

    // 1. Exporter files the request and submits it.
    const exporter = await openAs(exporterEmail, "/exporter");
    await exporter.goto(`${server.url}/exporter/requests/new`);
    await exporter.locator("h1", { hasText: "新建应对指导申请" }).waitFor();
    await exporter.locator('select[name="disputeType"]').selectOption("us-itc-337");
    await exporter.locator('input[name="country"]').fill("US");
    await exporter.locator('input[name="opposingParty"]').fill("Acme Solar Inc.");
    await exporter.locator('textarea[name="whatHappened"]').fill("收到美国国际贸易委员会的337调查立案通知，我司被列为被申请人。");
    await exporter.locator('textarea[name="helpWanted"]').fill("应诉策略与美国律师对接建议");
    await exporter.locator('input[name="contactName"]').fill("王经理");
    await exporter.locator('input[name="contactEmail"]').fill("wang@example.test");
    await exporter.locator('input[type="checkbox"][name="consentToShare"]').check();
    await exporter.getByRole("button", { name: "保存草稿" }).click();
    await exporter.getByRole("status").filter({ hasText: "草稿已保存" }).waitFor();
    await expect(exporter.locator("h1").textContent()).resolves.toContain("美国337调查 · 草稿");
    const requestId = /\/exporter\/requests\/([^/?]+)/.exec(exporter.url())![1]!;
    await exporter.getByRole("button", { name: "提交申请" }).click();
    await exporter.getByRole("status").filter({ hasText: "申请已提交" }).waitFor();
    await expect(exporter.locator("h1").textContent()).resolves.toContain("已提交");
    await closePage(exporter);

    // 2. Staff open it from the queue, start the review and accept it.
    const staff = await openAs(staffEmail, "/staff");
    await staff.goto(`${server.url}/staff/requests`);
    await staff.locator(`a[href="/staff/requests/${requestId}"]`).first().click();
    await staff.locator("h1", { hasText: "已提交" }).waitFor();
    await staff.getByRole("button", { name: "开始审查", exact: true }).click();
    await staff.locator("h1", { hasText: "审查中" }).waitFor();
    await staff.getByRole("button", { name: "受理", exact: true }).click();
    await staff.locator("h1", { hasText: "已受理" }).waitFor();

    // 3. Staff propose the matching expert.
    await staff.getByRole("link", { name: "指派专家" }).click();
    await staff.locator("h1", { hasText: "匹配专家" }).waitFor();
    await staff.locator("li", { hasText: expertName }).locator('input[name="expertId"]').check();
    await staff.getByRole("button", { name: "向所选专家发出邀请" }).click();
    await staff.getByRole("status").filter({ hasText: "已发出邀请" }).waitFor();
    const assignment = await db.expertAssignment.findFirstOrThrow({ where: { requestId, status: "proposed" }, include: { expert: true } });
    expect(assignment.expert.displayNameZh).toBe(expertName);

    // 4. Expert accepts (declaring no conflict), writes the advice and submits it for review.
    const expert = await openAs(expertEmail, "/expert");
    await expert.goto(`${server.url}/expert/assignments`);
    await expert.locator(`a[href="/expert/assignments/${assignment.id}"]`).click();
    await expert.getByLabel("本人声明", { exact: false }).check();
    await expert.getByRole("button", { name: "接受任务" }).click();
    await expert.getByRole("link", { name: "撰写指导意见书" }).click();
    await expert.locator("h1", { hasText: "指导意见书" }).waitFor();
    await expert.getByLabel("对主张的评估").fill("对方专利权利要求1的保护范围较窄，我司产品可能不落入。");
    await expert.locator('input[name="opt.respond.include"]').check();
    await expert.locator('textarea[name="opt.respond.pros"]').fill("保留美国市场");
    await expert.locator('input[name="opt.respond.recommended"]').check();
    await expert.locator('input[name="step.0.text"]').fill("委托美国律师提交答辩");
    await expert.getByRole("button", { name: "提交审核" }).click();
    await expert.getByRole("status").filter({ hasText: "已提交审核" }).waitFor();
    await closePage(expert);
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: requestId } })).state).toBe("advice-drafted");

    // 5. Staff approve the advice and deliver it.
    await staff.goto(`${server.url}/staff/requests/${requestId}/advice`);
    await staff.locator("h1", { hasText: "审核指导意见书" }).waitFor();
    await staff.getByText("状态：待审核").waitFor();
    await staff.getByRole("button", { name: "审核通过" }).click();
    await staff.getByText("状态：已通过").waitFor();
    // The page says what the decision did, not "已保存" (issue 13).
    await staff.getByRole("status").filter({ hasText: "已审核通过" }).waitFor();
    await staff.getByRole("button", { name: "送达企业" }).click();
    await staff.getByText("状态：已送达").waitFor();
    await staff.getByRole("status").filter({ hasText: "已送达企业，企业已收到通知" }).waitFor();
    await closePage(staff);
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: requestId } })).state).toBe("delivered");

    // 6. Exporter reads the advice, rates it and the request shows closed.
    const back = await openAs(exporterEmail, "/exporter");
    await back.goto(`${server.url}/exporter/requests/${requestId}`);
    await back.locator("h1", { hasText: "已送达指导意见书" }).waitFor();
    await back.goto(`${server.url}/exporter/requests/${requestId}/advice`);
    await back.locator("h1", { hasText: "指导意见书" }).waitFor();
    await back.getByText("保护范围较窄", { exact: false }).first().waitFor();
    await back.getByText("委托美国律师提交答辩").first().waitFor();
    await back.goto(`${server.url}/exporter/requests/${requestId}`);
    await back.locator('select[name="rating"]').selectOption("5");
    await back.locator('textarea[name="feedback"]').fill("意见具体，可操作。");
    await back.getByRole("button", { name: "提交评价并办结" }).click();
    await back.getByRole("status").filter({ hasText: "感谢您的评价" }).waitFor();
    await expect(back.locator("h1").textContent()).resolves.toContain("已办结");
    await expect(back.getByRole("button", { name: "提交评价并办结" }).count()).resolves.toBe(0);
    await closePage(back);

    const final = await db.guidanceRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(final).toMatchObject({ state: "closed", rating: 5 });
    expect(problems).toEqual([]);
  }, 120_000);
});
