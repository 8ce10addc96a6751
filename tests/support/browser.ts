// Debian's Chromium driven by playwright-core (no browser download is possible here).
import fs from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Fills and submits the (Chinese) login form; waits for `landing` when given. */
export async function logIn(page: Page, baseUrl: string, email: string, password: string, landing?: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  if (landing) {
    await page.waitForURL(`${baseUrl}${landing}`);
    // The URL changes before the new page has rendered; wait until the login page is gone.
    await page.getByRole("button", { name: "登录", exact: true }).waitFor({ state: "detached" });
  }
}

/**
 * A fresh browser context logged in as `email`, its page errors and console errors pushed to
 * `problems` (a test then expects it empty). `allowStatus` lets through Chromium's console line
 * for responses a test provokes on purpose (e.g. /status of 400/ for an invalid form).
 */
export async function openPageAs(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  landing: string,
  problems: string[],
  allowStatus?: RegExp,
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !allowStatus?.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await logIn(page, baseUrl, email, password, landing);
  return page;
}
