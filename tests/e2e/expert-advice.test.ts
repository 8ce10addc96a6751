// In Chromium: staff propose an expert, the expert accepts (declaring no conflict), writes the
// advice, saves a draft and submits it for review.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { DEMO_PASSWORD, seedDemo } from "../../prisma/seed.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";

let server: AppServer;
let browser: Browser;
let requestId: string;

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  requestId = (
    await db.guidanceRequest.findFirstOrThrow({
      where: { caseNumber: "337-TA-DEMO-1" },
    })
  ).id;
  server = await startAppServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("expert accepts and writes advice in the browser", () => {
  it("goes from the staff shortlist to advice submitted for review", async () => {
    const staff = await browser.newPage();
    staff.setDefaultTimeout(8000);
    await logIn(staff, server.url, "staff1@demo.radar", DEMO_PASSWORD, "/staff");
    await staff.goto(`${server.url}/staff/requests/${requestId}/assign`);
    await staff.locator("h1", { hasText: "匹配专家" }).waitFor();
    // The conflicted expert is listed with the reason, not offered.
    await expect(staff.locator("li", { hasText: "孙教授" }).first().textContent()).resolves.toContain("利益冲突");
    await staff.locator('input[name="expertId"]').first().check();
    await staff.getByRole("button", { name: "向所选专家发出邀请" }).click();
    await staff.getByRole("status").filter({ hasText: "已发出邀请" }).waitFor();
    const proposedTo = await staff.locator(".card li").first().textContent();
    await staff.close();

    const db = await getDb();
    const assignment = await db.expertAssignment.findFirstOrThrow({
      where: { requestId, status: "proposed" },
      include: { expert: { include: { user: true } } },
    });
    expect(proposedTo).toContain(assignment.expert.displayNameZh);

    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    await logIn(page, server.url, assignment.expert.user.email, DEMO_PASSWORD, "/expert");
    await page.goto(`${server.url}/expert/assignments`);
    await page.locator(`a[href="/expert/assignments/${assignment.id}"]`).click();
    await page.getByRole("button", { name: "接受任务" }).click();
    await page.getByRole("alert").filter({ hasText: "须声明不存在利益冲突" }).waitFor();
    await page.getByLabel("本人声明", { exact: false }).check();
    await page.getByRole("button", { name: "接受任务" }).click();
    await page.getByRole("link", { name: "撰写指导意见书" }).click();
    await page.locator("h1", { hasText: "指导意见书" }).waitFor();
    await page.getByLabel("对主张的评估").fill("对方专利权利要求1的保护范围较窄，产品可能不落入。");
    await page.locator('input[name="opt.respond.include"]').check();
    await page.locator('textarea[name="opt.respond.pros"]').fill("保留美国市场");
    await page.locator('input[name="opt.respond.recommended"]').check();
    await page.locator('input[name="step.0.text"]').fill("委托美国律师提交答辩");
    await page.locator('input[name="step.0.due"]').fill("2026-07-01");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await page.getByRole("status").filter({ hasText: "草稿已保存" }).waitFor();
    await page.getByRole("button", { name: "提交审核" }).click();
    await page.getByRole("status").filter({ hasText: "已提交审核" }).waitFor();
    await page.close();

    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: requestId } })).state).toBe("advice-drafted");
    const advice = await db.advice.findFirstOrThrow({ where: { requestId } });
    expect(advice).toMatchObject({
      status: "submitted",
      assessment: expect.stringContaining("保护范围较窄"),
    });
    expect(JSON.parse(advice.steps)).toEqual([{ step: "委托美国律师提交答辩", due: "2026-07-01" }]);
  }, 90_000);
});
