// Browser smoke test: every role logs in through the real login page in Chromium and
// sees its own home page; the language switch and a 404 work from a browser.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { DEMO_PASSWORD, seedDemo } from "../../prisma/seed.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, logIn } from "../support/browser.ts";

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  await seedDemo(await getDb());
  server = await startAppServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const roles = [
  { email: "exporter.solar@demo.radar", path: "/exporter", heading: "企业工作台" },
  { email: "staff1@demo.radar", path: "/staff", heading: "工作人员工作台" },
  { email: "expert.patent@demo.radar", path: "/expert", heading: "专家工作台" },
  { email: "admin@demo.radar", path: "/admin", heading: "系统管理" },
];

describe("browser smoke test", () => {
  for (const role of roles) {
    it(`logs in as ${role.email} and lands on ${role.path}`, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      expect(new URL(page.url()).pathname).toBe("/login");
      await logIn(page, server.url, role.email, DEMO_PASSWORD, role.path);
      // The URL changes before the new page has rendered: wait for its heading.
      await page.locator("h1", { hasText: role.heading }).waitFor();
      expect(await page.locator("h1").textContent()).toBe(role.heading);
      await expect(page.locator(".demo-banner").isVisible()).resolves.toBe(true);
      await page.close();
    });
  }

  it("shows a wrong password as a generic error next to the form", async () => {
    const page = await browser.newPage();
    await logIn(page, server.url, "staff2@demo.radar", "wrong-password");
    await expect(page.getByRole("alert").first().textContent()).resolves.toContain("邮箱或密码不正确");
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.close();
  });

  it("switches the interface to English and remembers it for the user", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, server.url, "expert.scholar@demo.radar", DEMO_PASSWORD, "/expert");
    await page.getByRole("button", { name: "English" }).click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Expert workspace");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.goto(`${server.url}/expert`);
    expect(await page.locator("h1").textContent()).toBe("Expert workspace");
    await context.close();
  });

  it("renders unknown pages as 404", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/no/such/page`);
    expect(response?.status()).toBe(404);
    await page.close();
  });
});
