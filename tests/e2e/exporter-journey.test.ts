// The exporter's side of a guidance request in Chromium, the parts a person reaches last:
// the notices (受理通知书 … 指导意见书) open as documents, upload errors show on the request
// page, what was submitted stays readable, the delivered advice is linked and can be rated
// even after staff closed the request, and one walk intake → notices → advice → rating → closed.
// Staff and expert steps that other browser tests already drive go through the models here.
// Needs `npm run build`.
import crypto from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdviceInputSchema, reviewAdvice, saveAdvice } from "~/models/advice.server.ts";
import { proposeExperts, respondToAssignment } from "~/models/expert-assignment.server.ts";
import { transitionRequest } from "~/models/guidance-request.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeExpert, makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";

let server: AppServer;
let browser: Browser;
let companyId: string;
let exporter: { id: string; email: string };
let staff: { id: string; email: string };
let expert: Awaited<ReturnType<typeof makeExpert>>;
const problems: string[] = [];

beforeAll(async () => {
  const db = await getDb();
  const tag = crypto.randomBytes(3).toString("hex");
  companyId = (await makeCompany(db, { nameZh: `旅程测试${tag}有限公司` })).id;
  exporter = await makeUser(db, { role: "exporter", companyId, name: "出口企业用户" });
  staff = await makeUser(db, { role: "staff", name: "受理人员" });
  expert = await makeExpert(db, { name: `旅程专家${tag}`, profile: { ipTypes: ["patent"], jurisdictions: ["US"] } });
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
    // The browser logs the 4xx answer of a refused upload; the test checks what the page shows.
    if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await logIn(page, server.url, email, TEST_PASSWORD, landing);
  return page;
}

async function requestIn(state: "submitted" | "accepted" = "accepted") {
  return makeGuidanceRequest(await getDb(), { companyId, createdById: exporter.id, staffId: staff.id, state });
}

/** Proposes the expert, who accepts and writes advice; staff approve and deliver it. */
async function deliverAdvice(requestId: string, assessment: string) {
  const db = await getDb();
  const [p] = await proposeExperts(db, { requestId, expertIds: [expert.profile.id], staffId: staff.id });
  await respondToAssignment(db, { assignmentId: p!.id, expertUserId: expert.user.id, accept: true, noConflict: true });
  const advice = AdviceInputSchema.parse({
    assessment,
    options: [{ option: "respond", pros: "保留美国市场", recommended: true }],
    steps: [{ step: "委托美国律师提交答辩" }],
  });
  const saved = await saveAdvice(db, { requestId, expertUserId: expert.user.id, advice, submit: true });
  await reviewAdvice(db, { adviceId: saved.id, requestId, staffId: staff.id, decision: "approve" });
  await reviewAdvice(db, { adviceId: saved.id, requestId, staffId: staff.id, decision: "deliver" });
}

describe("the exporter's guidance request in the browser", () => {
  it("opens a notice from the request page as the notice document, for the exporter and for staff", async () => {
    const request = await requestIn();
    const page = await openAs(exporter.email, "/exporter");
    await page.goto(`${server.url}/exporter/requests/${request.id}`);
    await page.getByRole("link", { name: /受理通知书/ }).click();
    await page.waitForURL(/\/notices\//);
    await page.locator("h1", { hasText: "受理通知书" }).waitFor();
    await expect(page.locator("h1").count()).resolves.toBe(1);
    await page.context().close();

    const staffPage = await openAs(staff.email, "/staff");
    await staffPage.goto(`${server.url}/staff/requests/${request.id}`);
    await staffPage.getByRole("link", { name: /受理通知书/ }).click();
    await staffPage.waitForURL(/\/notices\//);
    await staffPage.locator("h1", { hasText: "受理通知书" }).waitFor();
    await expect(staffPage.locator("h1").count()).resolves.toBe(1);
    await staffPage.context().close();
    expect(problems).toEqual([]);
  }, 60_000);

  it("shows a refused upload's reason on the request page, not a missing-page screen", async () => {
    const request = await requestIn("submitted");
    const page = await openAs(exporter.email, "/exporter");
    await page.goto(`${server.url}/exporter/requests/${request.id}`);
    const h1 = await page.locator("h1").textContent();
    // An executable renamed to .pdf: refused by its content.
    await page.locator('input[type="file"][name="file"]').setInputFiles({
      name: "invoice.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(2048)]),
    });
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await page.locator(".field__error, [role=alert]").first().waitFor();
    await expect(page.locator("h1").textContent()).resolves.toBe(h1);
    await expect(page.getByText("页面不存在").count()).resolves.toBe(0);
    expect(page.url()).toContain(`/exporter/requests/${request.id}`);
    await page.context().close();
  }, 60_000);

  it("shows the exporter what it submitted on the request page", async () => {
    const request = await requestIn();
    const page = await openAs(exporter.email, "/exporter");
    await page.goto(`${server.url}/exporter/requests/${request.id}`);
    await page.getByText(request.whatHappened).waitFor();
    await page.getByText(request.helpWanted).first().waitFor();
    await page.getByText("Acme Solar Inc.").first().waitFor();
    await page.getByText("337-TA-9999").first().waitFor();
    await page.context().close();
  }, 60_000);

  it("offers a file field on the new-request form", async () => {
    const page = await openAs(exporter.email, "/exporter");
    await page.goto(`${server.url}/exporter/requests/new`);
    await page.locator("h1", { hasText: "新建应对指导申请" }).waitFor();
    await expect(page.locator('form input[type="file"]').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  }, 60_000);

  it("lets the exporter rate delivered advice after staff closed the request", async () => {
    const request = await requestIn();
    await deliverAdvice(request.id, "关闭后仍可评价的意见。");
    await transitionRequest(await getDb(), { requestId: request.id, to: "closed", actor: { id: staff.id, kind: "staff" } });
    const page = await openAs(exporter.email, "/exporter");
    await page.goto(`${server.url}/exporter/requests/${request.id}`);
    await page.getByRole("link", { name: "阅读指导意见书" }).waitFor();
    await page.locator('select[name="rating"]').selectOption("4");
    await page.getByRole("button", { name: /提交评价/ }).click();
    await page.getByRole("status").filter({ hasText: "感谢您的评价" }).waitFor();
    await page.context().close();
    const db = await getDb();
    expect(await db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: "closed", rating: 4 });
  }, 60_000);

  it("walks intake → notices → advice read → rating → closed as the exporter", async () => {
    const db = await getDb();
    const page = await openAs(exporter.email, "/exporter");
    await page.goto(`${server.url}/exporter/requests/new`);
    await page.locator("h1", { hasText: "新建应对指导申请" }).waitFor();
    await page.locator('select[name="disputeType"]').selectOption("us-itc-337");
    await page.locator('input[name="country"]').fill("US");
    await page.locator('input[name="opposingParty"]').fill("Walk Photon LLC");
    await page.locator('textarea[name="whatHappened"]').fill("旅程：收到337调查立案通知，我司被列为被申请人。");
    await page.locator('textarea[name="helpWanted"]').fill("应诉策略");
    await page.locator('input[name="contactName"]').fill("王经理");
    await page.locator('input[name="contactEmail"]').fill("wang@example.test");
    await page.locator('input[type="checkbox"][name="consentToShare"]').check();
    await page.getByRole("button", { name: "保存草稿" }).click();
    await page.getByRole("status").filter({ hasText: "草稿已保存" }).waitFor();
    const requestId = /\/exporter\/requests\/([^/?]+)/.exec(page.url())![1]!;
    await page.getByRole("button", { name: "提交申请" }).click();
    await page.getByRole("status").filter({ hasText: "申请已提交" }).waitFor();

    // Staff review and accept (the browser steps are in guidance-journey.test.ts).
    for (const to of ["under-review", "accepted"] as const) {
      await transitionRequest(db, { requestId, to, actor: { id: staff.id, kind: "staff" } });
    }
    await page.goto(`${server.url}/exporter/requests/${requestId}`);
    await page.getByRole("link", { name: /受理通知书/ }).click();
    await page.locator("h1", { hasText: "受理通知书" }).waitFor();
    await page.getByText("Walk Photon LLC", { exact: false }).first().waitFor();
    await page.getByRole("link", { name: /返回/ }).click();
    await page.locator("h1", { hasText: "已受理" }).waitFor();

    await deliverAdvice(requestId, "旅程意见：对方权利要求保护范围较窄。");
    await page.goto(`${server.url}/exporter/requests/${requestId}`);
    await page.locator("h1", { hasText: "已送达指导意见书" }).waitFor();
    await page.getByRole("link", { name: "阅读指导意见书" }).click();
    await page.getByText("对方权利要求保护范围较窄", { exact: false }).first().waitFor();
    await page.getByRole("link", { name: /←/ }).first().click();
    await page.locator('select[name="rating"]').selectOption("5");
    await page.locator('textarea[name="feedback"]').fill("意见具体，可操作。");
    await page.getByRole("button", { name: /提交评价/ }).click();
    await page.getByRole("status").filter({ hasText: "感谢您的评价" }).waitFor();
    await expect(page.locator("h1").textContent()).resolves.toContain("已办结");
    await page.context().close();
    expect(await db.guidanceRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ state: "closed", rating: 5 });
    expect(problems).toEqual([]);
  }, 90_000);
});
