// Issue 19: one misbehaving webhook receiver must not hold back anybody else's deliveries.
// Real receivers on loopback (dripping, hanging, failing, healthy) and a real SMTP server.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Socket } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runJobOccurrence } from "../../jobs/run-job.ts";
import { allJobs } from "../../jobs/registry.ts";
import { createWebhook, runWebhookDeliveries } from "~/models/webhook.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv, resetEnvCache } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { closeMail } from "~/utils/mail.server.ts";
import { makeUser } from "../db-utils.ts";
import { makeAlert, makeItem, makeSourceRow } from "../support/delivery-factory.ts";
import { startTestSmtp, type TestSmtp } from "../support/smtp.ts";

type Behaviour = "healthy" | "failing" | "hanging" | "dripping";

interface Receiver {
  url: string;
  hits: number;
  sockets: Set<Socket>;
  close(): Promise<void>;
}

/** A loopback receiver: healthy answers 204, failing 500, hanging never answers, dripping answers 200 then one byte every 300 ms for ever. */
async function startReceiver(behaviour: Behaviour): Promise<Receiver> {
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const receiver: Receiver = { url: "", hits: 0, sockets, close: async () => {} };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      receiver.hits++;
      if (behaviour === "healthy") res.writeHead(204).end();
      else if (behaviour === "failing") res.writeHead(500).end("down");
      else if (behaviour === "dripping") {
        res.writeHead(200, { "Content-Type": "text/plain" });
        const t = setInterval(() => res.write("."), 300);
        timers.add(t);
        res.on("close", () => clearInterval(t));
      }
      // hanging: never answers
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  receiver.close = async () => {
    for (const t of timers) clearInterval(t);
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  };
  return receiver;
}

let smtp: TestSmtp;
const receivers: Receiver[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  // A short deadline keeps the test quick; the bad receivers would hold a call for ever.
  process.env.WEBHOOK_TIMEOUT_MS = "1500";
  resetEnvCache();
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  closeMail();
  await smtp.close();
  delete process.env.SMTP_URL;
  delete process.env.WEBHOOK_TIMEOUT_MS;
  resetEnvCache();
});
beforeEach(() => smtp.clear());

async function receiver(behaviour: Behaviour) {
  const r = await startReceiver(behaviour);
  receivers.push(r);
  return r;
}

/** A company with one endpoint at the receiver and `alerts` critical alerts (mailed at once). */
async function companyWithEndpoint(url: string, alerts = 1) {
  const db = await getDb();
  const user = await makeUser(db, { role: "exporter", locale: "en" });
  const { endpoint } = await createWebhook(db, user.companyId!, url, user.id);
  const source = await makeSourceRow(db);
  for (let i = 0; i < alerts; i++) await makeAlert(db, { companyId: user.companyId!, itemId: (await makeItem(db, source.id)).id, severity: "critical" });
  return { user, endpoint };
}

const log = createLogger("test");
const deliveryJobs = () => allJobs(getEnv()).filter((j) => j.id.startsWith("deliver-"));

describe("alert delivery under misbehaving receivers", () => {
  it("delivers to a healthy endpoint while dripping, hanging and failing receivers are cut by the call deadline", async () => {
    const db = await getDb();
    const bad = await Promise.all([receiver("dripping"), receiver("hanging"), receiver("failing")]);
    // The bad endpoints come first in the queue, as they did when the defect was seen.
    const badCompanies = [];
    for (const r of bad) badCompanies.push(await companyWithEndpoint(r.url, 3));
    const healthy = await receiver("healthy");
    const good = await companyWithEndpoint(healthy.url, 3);

    const run = await runWebhookDeliveries(db);

    expect(healthy.hits).toBe(3);
    expect(await db.webhookDelivery.count({ where: { endpointId: good.endpoint.id, status: "delivered" } })).toBe(3);
    for (const { endpoint } of badCompanies) {
      expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: "delivered" } })).toBe(0);
    }
    const dripped = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: badCompanies[0].endpoint.id, attempts: 1 } });
    expect(dripped.lastError).toMatch(/within 1500 ms/);
    // One failure per failing endpoint and run: its other deliveries wait for its back-off.
    expect(run).toMatchObject({ delivered: 3, failed: 3, disabled: 0 });
  }, 30_000);

  it("a webhook run held by a dripping receiver never holds back the e-mails of the next occurrence", async () => {
    process.env.WEBHOOK_TIMEOUT_MS = "60000";
    resetEnvCache();
    try {
      const db = await getDb();
      const dripping = await receiver("dripping");
      await companyWithEndpoint(dripping.url, 1);
      const t0 = new Date(Date.now() + 3600_000);
      const first = Promise.all(deliveryJobs().map((job) => runJobOccurrence(job, { db, log, owner: "proc-a", slot: t0 })));
      // Wait until the webhook call is in flight (the receiver got it)
      // (and every pending alert was mailed) before the next occurrence.
      while (dripping.hits === 0 || (await db.alert.count({ where: { severity: "critical", emailedAt: null } })) > 0) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await smtp.waitFor(1);
      smtp.clear();

      const later = await makeUser(db, { role: "exporter", locale: "en" });
      const source = await makeSourceRow(db);
      await makeAlert(db, { companyId: later.companyId!, itemId: (await makeItem(db, source.id)).id, severity: "critical" });
      await Promise.all(deliveryJobs().map((job) => runJobOccurrence(job, { db, log, owner: "proc-a", slot: new Date(t0.getTime() + 30_000) })));
      const mails = await smtp.waitFor(1);
      expect(mails.map((m) => m.to).flat()).toContain(later.email);

      for (const s of dripping.sockets) s.destroy();
      await first;
    } finally {
      process.env.WEBHOOK_TIMEOUT_MS = "1500";
      resetEnvCache();
    }
  }, 30_000);
});
