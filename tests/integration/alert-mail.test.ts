import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendAlertDigests, sendImmediateAlertMails } from "~/models/alert-mail.server.ts";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "~/routes/resources+/unsubscribe.$token.tsx";
import { getDb } from "~/utils/db.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { closeMail } from "~/utils/mail.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { makeAlert, makeItem, makeSourceRow, makeSubscription } from "../support/delivery-factory.ts";
import { getRequest, postForm, settle } from "../support/requests.ts";
import { startTestSmtp, type TestSmtp } from "../support/smtp.ts";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  resetEnvCache();
});
afterAll(async () => {
  closeMail();
  await smtp.close();
  delete process.env.SMTP_URL;
  resetEnvCache();
});
beforeEach(() => smtp.clear());

async function companyWithUsers() {
  const db = await getDb();
  const company = await makeCompany(db, { nameZh: "宁波阳光光伏科技有限公司", nameEn: "Ningbo Sunshine PV Technology Co., Ltd." });
  const zhUser = await makeUser(db, { role: "exporter", companyId: company.id, locale: "zh" });
  const enUser = await makeUser(db, { role: "exporter", companyId: company.id, locale: "en" });
  const source = await makeSourceRow(db);
  return { db, company, zhUser, enUser, source };
}

describe("immediate alert mails", () => {
  it("mails a critical alert at once to every exporter user in their own language, once", async () => {
    const { db, company, zhUser, enUser, source } = await companyWithUsers();
    const item = await makeItem(db, source.id, { title: "Certain Solar Cells <script>alert(1)</script>; Notice of Receipt of Complaint" });
    const sub = await makeSubscription(db, company.id, { emailFrequency: "weekly" });
    const alert = await makeAlert(db, {
      companyId: company.id,
      itemId: item.id,
      severity: "critical",
      subscriptionId: sub.id,
      reasons: [{ kind: "party", name: "Ningbo Sunshine PV Technology Co., Ltd." }],
    });

    const first = await sendImmediateAlertMails(db);
    expect(first).toMatchObject({ alerts: 1, sent: 2, failed: 0 });
    const mails = await smtp.waitFor(2);
    const zh = mails.find((m) => m.to[0] === zhUser.email)!;
    const en = mails.find((m) => m.to[0] === enUser.email)!;
    expect(zh.subject).toBe("【紧急】贵司被列为案件当事方：337-TA-1452");
    expect(en.subject).toBe("[Critical] Your company is named in 337-TA-1452");
    expect(zh.text).toContain("20 日内答辩");
    expect(en.text).toContain("within 20 days after service");
    expect(en.text).toContain("Ningbo Sunshine PV Technology Co., Ltd.");
    expect(en.text).toContain(`/exporter/items/${item.id}`);
    // Feed text is untrusted: the HTML part escapes it.
    expect(en.html).not.toContain("<script>");
    expect(en.html).toContain("&#60;script&#62;");
    // Critical alerts cannot be unsubscribed from.
    expect(en.headers.get("list-unsubscribe")).toBeUndefined();

    expect((await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).emailedAt).toBeInstanceOf(Date);
    expect(await sendImmediateAlertMails(db)).toMatchObject({ alerts: 0, sent: 0 });
    expect(smtp.messages).toHaveLength(2);
  });

  it("leaves digest subscriptions' alerts for the digest and mails immediate ones with an unsubscribe link", async () => {
    const { db, company, source } = await companyWithUsers();
    const weekly = await makeSubscription(db, company.id, { emailFrequency: "weekly" });
    const immediate = await makeSubscription(db, company.id, { name: "锂电池", emailFrequency: "immediate" });
    await makeAlert(db, { companyId: company.id, itemId: (await makeItem(db, source.id)).id, subscriptionId: weekly.id });
    await makeAlert(db, {
      companyId: company.id,
      itemId: (await makeItem(db, source.id, { title: "Lithium battery law change" })).id,
      subscriptionId: immediate.id,
      severity: "low",
    });
    expect(await sendImmediateAlertMails(db)).toMatchObject({ alerts: 1, sent: 2 });
    const [mail] = await smtp.waitFor(2);
    expect(mail.subject).toMatch(/Lithium battery law change/);
    expect(mail.headers.get("list-unsubscribe")).toBe(`<http://localhost:3000/resources/unsubscribe/${immediate.unsubscribeToken}>`);
    expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  });

  it("mails a company without accounts at its contact address", async () => {
    const db = await getDb();
    const company = await makeCompany(db);
    await db.company.update({ where: { id: company.id }, data: { contactEmail: "ip@registry-only.example.test" } });
    const source = await makeSourceRow(db);
    await makeAlert(db, { companyId: company.id, itemId: (await makeItem(db, source.id)).id, severity: "critical" });
    await sendImmediateAlertMails(db);
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual(["ip@registry-only.example.test"]);
  });

  it("retries on the next run when the SMTP server refuses, without losing or repeating the alert", async () => {
    const { db, company, source } = await companyWithUsers();
    const alert = await makeAlert(db, { companyId: company.id, itemId: (await makeItem(db, source.id)).id, severity: "critical" });
    smtp.failNext(1);
    expect(await sendImmediateAlertMails(db)).toMatchObject({ failed: 1, alerts: 0 });
    expect((await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).emailedAt).toBeNull();
    expect(await sendImmediateAlertMails(db)).toMatchObject({ failed: 0, alerts: 1 });
    expect((await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).emailedAt).toBeInstanceOf(Date);
  });
});

describe("alert digests", () => {
  it("sends one daily digest per recipient with the period's alerts, then marks them", async () => {
    const { db, company, zhUser, source } = await companyWithUsers();
    const daily = await makeSubscription(db, company.id, { emailFrequency: "daily" });
    const weekly = await makeSubscription(db, company.id, { emailFrequency: "weekly" });
    const a1 = await makeAlert(db, { companyId: company.id, itemId: (await makeItem(db, source.id, { title: "Notice A" })).id, subscriptionId: daily.id });
    const a2 = await makeAlert(db, {
      companyId: company.id,
      itemId: (await makeItem(db, source.id, { title: "Notice B" })).id,
      subscriptionId: daily.id,
      severity: "medium",
    });
    const w = await makeAlert(db, { companyId: company.id, itemId: (await makeItem(db, source.id, { title: "Notice W" })).id, subscriptionId: weekly.id });

    expect(await sendImmediateAlertMails(db)).toMatchObject({ alerts: 0 });
    expect(await sendAlertDigests(db, "daily")).toMatchObject({ alerts: 2, sent: 2 });
    const mails = await smtp.waitFor(2);
    const zh = mails.find((m) => m.to[0] === zhUser.email)!;
    expect(zh.subject).toBe("海外知识产权风险预警日报：2 条新预警");
    expect(zh.text).toContain("Notice A");
    expect(zh.text).toContain("Notice B");
    expect(zh.text).toContain("产品关键词：光伏");
    expect(zh.text).not.toContain("Notice W");
    for (const id of [a1.id, a2.id]) expect((await db.alert.findUniqueOrThrow({ where: { id } })).digestedAt).toBeInstanceOf(Date);
    expect((await db.alert.findUniqueOrThrow({ where: { id: w.id } })).digestedAt).toBeNull();
    expect(await sendAlertDigests(db, "daily")).toMatchObject({ alerts: 0, sent: 0 });
    await sendAlertDigests(db, "weekly");
    expect((await db.alert.findUniqueOrThrow({ where: { id: w.id } })).digestedAt).toBeInstanceOf(Date);
  });
});

describe("unsubscribe links", () => {
  it("turn a subscription's mails off from the page or a one-click POST, and refuse unknown tokens", async () => {
    const { db, company, source } = await companyWithUsers();
    const sub = await makeSubscription(db, company.id, { name: "光伏组件", emailFrequency: "immediate" });
    const args = (request: Request, token: string) => ({ request, params: { token }, context: {} });
    const page = await (await settle(() => unsubscribeLoader(args(getRequest(`/resources/unsubscribe/${sub.unsubscribeToken}`), sub.unsubscribeToken)))).json();
    expect(page).toEqual({ name: "光伏组件", off: false });

    // A mail client's RFC 8058 one-click POST carries no session and no Origin.
    const oneClick = postForm(`/resources/unsubscribe/${sub.unsubscribeToken}`, { "List-Unsubscribe": "One-Click" }, { origin: null });
    const res = await settle(() => unsubscribeAction(args(oneClick, sub.unsubscribeToken)));
    expect(res.status).toBe(200);
    expect((await db.subscription.findUniqueOrThrow({ where: { id: sub.id } })).emailFrequency).toBe("off");
    expect(await db.auditEvent.count({ where: { action: "subscription.unsubscribe", entityId: sub.id } })).toBe(1);

    await makeAlert(db, { companyId: company.id, itemId: (await makeItem(db, source.id)).id, subscriptionId: sub.id });
    expect(await sendImmediateAlertMails(db)).toMatchObject({ alerts: 0 });

    const bad = await settle(() => unsubscribeAction(args(postForm("/resources/unsubscribe/nope", {}), "not-a-real-token-at-all")));
    expect(bad.status).toBe(404);
  });
});
