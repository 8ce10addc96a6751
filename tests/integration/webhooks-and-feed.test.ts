import http from "node:http";
import type { AddressInfo } from "node:net";
import Parser from "rss-parser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyWebhook } from "~/delivery/webhook-signature.ts";
import { STRICT_NETWORK_POLICY } from "~/ingest/network-policy.server.ts";
import { guardedWebhookPost, runWebhookDeliveries } from "~/models/webhook.server.ts";
import { action as deliveryAction, loader as deliveryLoader } from "~/routes/exporter+/delivery.tsx";
import { loader as feedLoader } from "~/routes/resources+/alert-feed.$token.tsx";
import { getDb } from "~/utils/db.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { closeMail } from "~/utils/mail.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { makeAlert, makeItem, makeSourceRow } from "../support/delivery-factory.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";
import { startTestSmtp, type TestSmtp } from "../support/smtp.ts";

interface Received {
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A real webhook receiver on loopback whose answers the test scripts. */
let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
let answers: number[] = [];
let smtp: TestSmtp;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ body, headers: req.headers });
      const status = answers.shift() ?? 204;
      res.writeHead(status, status === 302 ? { Location: "http://169.254.169.254/latest" } : {});
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/radar`;
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.WEBHOOK_DISABLE_AFTER = "3";
  process.env.WEBHOOK_MAX_ATTEMPTS = "5";
  resetEnvCache();
});
afterAll(async () => {
  await new Promise((r) => receiver.close(r));
  closeMail();
  await smtp.close();
  delete process.env.SMTP_URL;
  delete process.env.WEBHOOK_DISABLE_AFTER;
  delete process.env.WEBHOOK_MAX_ATTEMPTS;
  resetEnvCache();
});
beforeEach(() => {
  received.length = 0;
  answers = [];
  smtp.clear();
});

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

async function exporterWithWebhook() {
  const db = await getDb();
  const user = await makeUser(db, { role: "exporter", locale: "en" });
  const session = await sessionFor(user.id);
  const res = await settle(() =>
    deliveryAction(args(postForm("/exporter/delivery", { csrf: session.csrf, intent: "webhook-add", url: receiverUrl }, { cookie: session.cookie }))),
  );
  expect(res.status).toBe(200);
  const { secret } = await res.json();
  const endpoint = await db.webhookEndpoint.findFirstOrThrow({ where: { companyId: user.companyId! } });
  return { db, user, session, secret: secret as string, endpoint, source: await makeSourceRow(db) };
}

describe("webhooks", () => {
  it("POST each new alert once, signed, with an idempotency key, and never the history before the endpoint existed", async () => {
    const db = await getDb();
    const company0 = await makeCompany(db);
    const source0 = await makeSourceRow(db);
    const { user, secret, source } = await exporterWithWebhook();
    // Older than the endpoint: not sent.
    await makeAlert(db, { companyId: user.companyId!, itemId: (await makeItem(db, source.id)).id, createdAt: new Date(Date.now() - 3600_000) });
    // Another company's alert: not sent to this endpoint.
    await makeAlert(db, { companyId: company0.id, itemId: (await makeItem(db, source0.id)).id });
    const alert = await makeAlert(db, { companyId: user.companyId!, itemId: (await makeItem(db, source.id)).id, severity: "critical" });

    const run = await runWebhookDeliveries(db);
    expect(run).toMatchObject({ queued: 1, delivered: 1, failed: 0 });
    expect(received).toHaveLength(1);
    const [hit] = received;
    const payload = JSON.parse(hit.body);
    expect(payload).toMatchObject({
      type: "alert.created",
      alert: { id: alert.id, severity: "critical" },
      item: { caseNumber: "337-TA-1452", caseType: "us-itc-337" },
    });
    expect(hit.headers["idempotency-key"]).toBe(alert.id);
    expect(verifyWebhook(secret, hit.body, String(hit.headers["x-radar-signature"]), Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhook("wrong-secret", hit.body, String(hit.headers["x-radar-signature"]), Math.floor(Date.now() / 1000))).toBe(false);
    expect(verifyWebhook(secret, hit.body.replace("critical", "low"), String(hit.headers["x-radar-signature"]), Math.floor(Date.now() / 1000))).toBe(false);

    expect(await runWebhookDeliveries(db)).toMatchObject({ queued: 0, delivered: 0 });
    expect(received).toHaveLength(1);
  });

  it("retry a failing receiver with back-off and the same idempotency key until it answers", async () => {
    const { db, user, source, endpoint } = await exporterWithWebhook();
    const alert = await makeAlert(db, { companyId: user.companyId!, itemId: (await makeItem(db, source.id)).id });
    answers = [500, 302];
    const t0 = new Date();
    expect(await runWebhookDeliveries(db, { now: t0 })).toMatchObject({ delivered: 0, failed: 1 });
    // Not due yet: nothing is sent before the back-off has passed.
    expect(await runWebhookDeliveries(db, { now: new Date(t0.getTime() + 30_000) })).toMatchObject({ delivered: 0, failed: 0 });
    // A redirect is a failure, not followed (it points into private space here).
    expect(await runWebhookDeliveries(db, { now: new Date(t0.getTime() + 61_000) })).toMatchObject({ failed: 1 });
    expect(await runWebhookDeliveries(db, { now: new Date(t0.getTime() + 10 * 60_000) })).toMatchObject({ delivered: 1 });
    expect(received.map((r) => r.headers["idempotency-key"])).toEqual([alert.id, alert.id, alert.id]);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3, lastError: null });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).consecutiveFailures).toBe(0);
  });

  it("back off a failing endpoint as a whole across runs and disable it only after failures spread over time, then tell its owner", async () => {
    const { db, user, source, endpoint } = await exporterWithWebhook();
    for (let i = 0; i < 12; i++) await makeAlert(db, { companyId: user.companyId!, itemId: (await makeItem(db, source.id)).id });
    answers = Array.from({ length: 20 }, () => 503);
    const t0 = new Date();
    const at = (ms: number) => new Date(t0.getTime() + ms);
    // A burst of 12 queued deliveries is one failure: the endpoint's queue waits for its back-off.
    expect(await runWebhookDeliveries(db, { now: t0 })).toMatchObject({ queued: 12, failed: 1, disabled: 0 });
    expect(received).toHaveLength(1);
    expect(await runWebhookDeliveries(db, { now: at(30_000) })).toMatchObject({ failed: 0, delivered: 0 });
    expect(await runWebhookDeliveries(db, { now: at(61_000) })).toMatchObject({ failed: 1, disabled: 0 });
    // The third failure in a row reaches WEBHOOK_DISABLE_AFTER, but within minutes: a short outage.
    expect(await runWebhookDeliveries(db, { now: at(4 * 60_000) })).toMatchObject({ failed: 1, disabled: 0 });
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ enabled: true, consecutiveFailures: 3 });
    // Still failing an hour and more later: now it is disabled, and nothing more is sent in that run.
    expect(await runWebhookDeliveries(db, { now: at(2 * 3600_000) })).toMatchObject({ failed: 1, disabled: 1 });
    expect(received).toHaveLength(4);
    const ep = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(ep).toMatchObject({ enabled: false, disabledReason: "HTTP 503" });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toEqual([user.email]);
    expect(mail.subject).toBe(`Webhook disabled: ${receiverUrl}`);
    expect(await db.notification.count({ where: { userId: user.id, kind: "webhook-disabled" } })).toBe(1);
    // Disabled: nothing more is sent, even when due.
    expect(await runWebhookDeliveries(db, { now: at(5 * 3600_000) })).toMatchObject({ delivered: 0, failed: 0 });
    expect(received).toHaveLength(4);
  });

  it("a success after a failure clears the endpoint's back-off and failure count", async () => {
    const { db, user, source, endpoint } = await exporterWithWebhook();
    for (let i = 0; i < 2; i++) await makeAlert(db, { companyId: user.companyId!, itemId: (await makeItem(db, source.id)).id });
    answers = [500];
    const t0 = new Date();
    expect(await runWebhookDeliveries(db, { now: t0 })).toMatchObject({ failed: 1 });
    expect(await runWebhookDeliveries(db, { now: new Date(t0.getTime() + 61_000) })).toMatchObject({ delivered: 2 });
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      consecutiveFailures: 0,
      failingSince: null,
      nextAttemptAt: null,
    });
  });

  it("never reach loopback, private or metadata addresses unless the network allow-list opens them", async () => {
    const { db, user, source, endpoint } = await exporterWithWebhook();
    await makeAlert(db, { companyId: user.companyId!, itemId: (await makeItem(db, source.id)).id });
    // The default policy (nothing opened): the loopback receiver is refused before any connection.
    expect(await runWebhookDeliveries(db, { post: guardedWebhookPost(STRICT_NETWORK_POLICY) })).toMatchObject({ delivered: 0, failed: 1 });
    expect(received).toHaveLength(0);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(delivery.lastError).toMatch(/^refused to connect to 127\.0\.0\.1 \(127\.0\.0\.1, loopback address\)/);
    const metadata = await guardedWebhookPost(STRICT_NETWORK_POLICY)("http://169.254.169.254/latest/meta-data", {
      body: "{}",
      headers: {},
      timeoutMs: 1000,
    }).catch((e: Error) => e.message);
    expect(metadata).toMatch(/refused to connect to 169\.254\.169\.254 .*linkLocal/);
  });

  it("are managed by their own company only", async () => {
    const { endpoint } = await exporterWithWebhook();
    const db = await getDb();
    const other = await makeUser(db, { role: "exporter" });
    const s = await sessionFor(other.id);
    const res = await settle(() =>
      deliveryAction(args(postForm("/exporter/delivery", { csrf: s.csrf, intent: "webhook-delete", id: endpoint.id }, { cookie: s.cookie }))),
    );
    expect(res.status).toBe(404);
    expect(await db.webhookEndpoint.count({ where: { id: endpoint.id } })).toBe(1);
    const page = await (await settle(() => deliveryLoader(args(getRequest("/exporter/delivery", s.cookie))))).json();
    expect(page.webhooks).toEqual([]);
    expect(page.deliveries).toEqual([]);
  });

  it("refuse an address that is not http(s), with a message for the field", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "exporter" });
    const s = await sessionFor(user.id);
    const res = await settle(() =>
      deliveryAction(args(postForm("/exporter/delivery", { csrf: s.csrf, intent: "webhook-add", url: "file:///etc/passwd" }, { cookie: s.cookie }))),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors.url).toBe("delivery.webhooks.invalidUrl");
  });
});

describe("the private Atom feed", () => {
  it("lists the company's own alerts as escaped text, and stops working when rotated or revoked", async () => {
    const db = await getDb();
    const user = await makeUser(db, { role: "exporter" });
    const other = await makeCompany(db);
    const source = await makeSourceRow(db);
    const mine = await makeAlert(db, {
      companyId: user.companyId!,
      itemId: (await makeItem(db, source.id, { title: "Certain Lithium Batteries <img src=x onerror=alert(1)>" })).id,
      severity: "critical",
    });
    await makeAlert(db, { companyId: other.id, itemId: (await makeItem(db, source.id, { title: "Someone else's notice" })).id });
    const s = await sessionFor(user.id);
    const post = (intent: string) => settle(() => deliveryAction(args(postForm("/exporter/delivery", { csrf: s.csrf, intent }, { cookie: s.cookie }))));

    await post("feed-rotate");
    const { feedUrl } = await (await settle(() => deliveryLoader(args(getRequest("/exporter/delivery", s.cookie))))).json();
    const token = new URL(feedUrl).pathname.split("/").pop()!;
    const res = await settle(() => feedLoader(args(getRequest(`/resources/alert-feed/${token}?lang=en`), { token })));
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).not.toContain("<img");
    const feed = await new Parser().parseString(xml);
    // Entries are type="html": the markup in the title arrives escaped, so readers show it as text.
    expect(feed.items.map((i) => i.title)).toEqual(["[Critical] Certain Lithium Batteries &#60;img src=x onerror=alert(1)&#62;"]);
    expect(feed.items[0].id).toBe(`urn:overseas-ip-radar:alert:${mine.id}`);

    await post("feed-rotate");
    expect((await settle(() => feedLoader(args(getRequest(`/resources/alert-feed/${token}`), { token })))).status).toBe(404);
    const { feedUrl: rotated } = await (await settle(() => deliveryLoader(args(getRequest("/exporter/delivery", s.cookie))))).json();
    const token2 = new URL(rotated).pathname.split("/").pop()!;
    expect((await settle(() => feedLoader(args(getRequest(`/resources/alert-feed/${token2}`), { token: token2 })))).status).toBe(200);
    await post("feed-revoke");
    expect((await settle(() => feedLoader(args(getRequest(`/resources/alert-feed/${token2}`), { token: token2 })))).status).toBe(404);
  });
});
