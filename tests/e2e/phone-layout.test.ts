// At phone width (390 × 844, issue 13) the pages exporters, staff and experts live in fit the
// screen: the document never scrolls sideways (wide tables scroll inside their own wrapper) and
// each page's own heading is visible. Also: the request page shows its owner after staff assign
// the request to a colleague. Needs `npm run build` first.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { DEMO_PASSWORD, seedDemo } from "../../prisma/seed.ts";
import { startAppServer, type AppServer } from "../support/app-server.ts";
import { launchBrowser, openPageAs } from "../support/browser.ts";

let server: AppServer;
let browser: Browser;
let exporterRequestId: string;
let exporterEmail: string;
let expertEmail: string;
let assignmentId: string;

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db);
  const exporter = await db.user.findFirstOrThrow({ where: { email: "exporter.solar@demo.radar" } });
  const request = await db.guidanceRequest.findFirstOrThrow({ where: { companyId: exporter.companyId! }, orderBy: { createdAt: "asc" } });
  exporterRequestId = request.id;
  exporterEmail = exporter.email;
  const assignment = await db.expertAssignment.findFirstOrThrow({ include: { expert: { include: { user: true } } }, orderBy: { createdAt: "asc" } });
  assignmentId = assignment.id;
  expertEmail = assignment.expert.user.email;
  server = await startAppServer();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };

async function phonePageAs(email: string, landing: string, problems: string[]): Promise<Page> {
  const page = await openPageAs(browser, server.url, email, DEMO_PASSWORD, landing, problems);
  await page.setViewportSize(PHONE);
  return page;
}

/** Visits `path` and returns what overflows: the document's sideways scroll and the h1's visibility. */
async function layoutOf(page: Page, path: string) {
  await page.goto(`${server.url}${path}`);
  const h1 = page.locator("main h1").first();
  await h1.waitFor();
  const widths = await page.evaluate(() => {
    const el = document.scrollingElement!;
    // Elements wider than the screen outside an explicit scroll wrapper, to say what to fix.
    const wide = (e: Element) => e.getBoundingClientRect().right > el.clientWidth + 1 && !e.closest(".table-scroll, .table-wrap, .sr-only, [hidden]");
    // The innermost wide elements (no wide child): the ones that push the page out.
    const culprits = [...document.querySelectorAll("body *")]
      .filter((e) => wide(e) && ![...e.children].some(wide))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} right=${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, culprits };
  });
  return { path, ...widths, h1Visible: await h1.isVisible(), h1InView: ((await h1.boundingBox())?.x ?? -1) >= 0 };
}

/** Every path fits: no sideways scroll of the document, its own h1 visible (all paths reported at once). */
async function expectFits(page: Page, paths: string[]) {
  const bad: string[] = [];
  for (const path of paths) {
    const got = await layoutOf(page, path);
    if (got.scrollWidth > got.clientWidth) bad.push(`${path} is ${got.scrollWidth}px wide: ${got.culprits.join("; ")}`);
    if (!got.h1Visible || !got.h1InView) bad.push(`${path}: its h1 is not visible`);
  }
  expect(bad).toEqual([]);
}

describe("pages at phone width (390 × 844)", () => {
  it("fit the screen for an exporter: home, requests list and a request page", async () => {
    const problems: string[] = [];
    const page = await phonePageAs(exporterEmail, "/exporter", problems);
    await expectFits(page, ["/exporter", "/exporter/requests", `/exporter/requests/${exporterRequestId}`, "/exporter/alerts", "/exporter/requests/new"]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("fit the screen for staff: home, the triage queue and a request page", async () => {
    const problems: string[] = [];
    const page = await phonePageAs("staff1@demo.radar", "/staff", problems);
    await expectFits(page, [
      "/staff",
      "/staff/requests",
      "/staff/requests?state=all",
      `/staff/requests/${exporterRequestId}`,
      "/staff/sources",
      "/staff/audit",
      "/staff/experts",
      "/staff/escalations",
    ]);
    // The folded menu is one button high, not the height of the list it hides.
    const menu = await page.locator(".shell__menu").boundingBox();
    expect(menu!.height).toBeLessThan(80);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("fit the screen for an expert: home, the task list and a task", async () => {
    const problems: string[] = [];
    const page = await phonePageAs(expertEmail, "/expert", problems);
    await expectFits(page, ["/expert", "/expert/assignments", `/expert/assignments/${assignmentId}`]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("the request page's owner", () => {
  it("shows the colleague a staff member assigned the request to", async () => {
    const problems: string[] = [];
    const page = await openPageAs(browser, server.url, "staff1@demo.radar", DEMO_PASSWORD, "/staff", problems);
    await page.goto(`${server.url}/staff/requests/${exporterRequestId}`);
    await page.getByLabel("指派给").selectOption({ label: "李强 Li Qiang" });
    await page.getByRole("button", { name: "指派", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "已指派给 李强 Li Qiang" }).waitFor();
    expect(await page.getByTestId("request-owner").textContent()).toBe("当前负责人: 李强 Li Qiang");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
