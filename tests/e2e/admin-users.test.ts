// /admin/users in Chromium: it used to crash in the browser ("reading 'map'" and hydration
// errors: ROLES came from a .server module, empty in the client bundle). An admin opens the
// list, edits a user, creates a reset link; no console error, page error or CSP violation.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { makeUser, TEST_PASSWORD } from "../db-utils.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";

let server: AppServer;
let browser: Browser;
let adminEmail: string;
let targetId: string;

beforeAll(async () => {
  const db = await getDb();
  adminEmail = (await makeUser(db, { role: "admin", name: "管理员甲" })).email;
  targetId = (await makeUser(db, { role: "staff", name: "待编辑用户", email: "edit-me@example.test" })).id;
  server = await startAppServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function watch(page: Page) {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

describe("user management in the browser", () => {
  it("opens /admin/users, edits a user and creates a reset link without a console error", async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await logIn(page, server.url, adminEmail, TEST_PASSWORD, "/admin");
    // Client-side navigation first (the route module loads in the browser), then a full load.
    await page.getByRole("link", { name: "用户管理" }).first().click();
    await page.waitForURL(`${server.url}/admin/users`);
    await page.locator("h1", { hasText: "用户管理" }).waitFor();
    await page.goto(`${server.url}/admin/users?q=edit-me`);
    await page.getByRole("link", { name: "编辑 edit-me@example.test" }).click();
    await page.waitForURL(`${server.url}/admin/users/${targetId}`);
    await page.locator("h1", { hasText: "编辑用户：待编辑用户" }).waitFor();
    await page.getByLabel("姓名", { exact: true }).fill("已改名用户");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "已保存" }).waitFor();
    await page
      .locator("h1", { hasText: "编辑用户：已改名用户" })
      .waitFor({ timeout: 5000 })
      .catch(async () => {
        throw new Error(`heading is ${await page.locator("h1").textContent()}; problems: ${problems.join("; ")}`);
      });
    await page.getByRole("button", { name: "生成重置链接" }).click();
    const link = page.getByRole("textbox", { name: "请将此链接交给用户：" });
    await link.waitFor();
    expect(await link.inputValue()).toMatch(new RegExp(`^${server.url}/reset-password/[A-Za-z0-9_-]{40,}$`));
    // A full load of the edit page hydrates cleanly too.
    await page.reload();
    await page.locator("h1", { hasText: "已改名用户" }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lets the user set a new password through the reset link, once", async () => {
    const admin = await browser.newPage();
    await logIn(admin, server.url, adminEmail, TEST_PASSWORD, "/admin");
    await admin.goto(`${server.url}/admin/users/${targetId}`);
    await admin.getByRole("button", { name: "生成重置链接" }).click();
    const link = await admin.getByRole("textbox", { name: "请将此链接交给用户：" }).inputValue();
    await admin.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(link);
    await page.getByLabel("新密码", { exact: true }).fill("aaaaaaaaaa");
    await page.getByLabel("确认新密码").fill("aaaaaaaaaa");
    await page.getByRole("button", { name: "设置密码" }).click();
    await page.locator(".field__error", { hasText: "密码太容易被猜到" }).waitFor();
    await page.getByLabel("新密码", { exact: true }).fill("maple orchard whispers late");
    await page.getByLabel("确认新密码").fill("maple orchard whispers late");
    await page.getByRole("button", { name: "设置密码" }).click();
    await page.getByRole("status").filter({ hasText: "密码已设置" }).waitFor();
    await logIn(page, server.url, "edit-me@example.test", "maple orchard whispers late", "/staff");
    const again = await page.goto(link);
    expect(again?.status()).toBe(410);
    // The refused weak password (400) and the used link (410) are answers, not faults.
    expect(problems.filter((p) => !/status of (400|410)/.test(p))).toEqual([]);
    await context.close();
  });
});
