import { describe, expect, it } from "vitest";
import { slaJob } from "#jobs/sla-reminders.ts";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { action as notificationsAction, loader as notificationsLoader } from "~/routes/settings+/notifications.tsx";
import { makeGuidanceRequest, makeUser } from "../db-utils.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

describe("SLA job", () => {
  it("notifies staff once when the first-response target is breached, counting working days", async () => {
    const db = await getDb();
    await ensureGuidanceReferenceData(db);
    const a = await makeUser(db, { role: "exporter" });
    const staff = await makeUser(db, { role: "staff" });
    const r = await makeGuidanceRequest(db, { companyId: a.companyId!, exporterId: a.id, staffId: staff.id, state: "submitted" });
    // Submitted Wed 30 Sep 2026; by Mon 12 Oct only 4 working days passed (National Day week, 10 Oct make-up Saturday).
    await db.guidanceRequest.update({
      where: { id: r.id },
      data: { submittedAt: new Date("2026-09-30T02:00:00Z"), lastUpdateAt: new Date("2026-09-30T02:00:00Z") },
    });
    const ctx = { db, log: createLogger("test"), slot: new Date("2026-10-12T04:00:00Z"), owner: "t", signal: new AbortController().signal };
    // Thu 8 Oct: 1 working day of 2 used (the holiday week does not count) → one reminder,
    // not repeated on Fri 9 Oct (still due soon, same timer).
    await slaJob.run({ ...ctx, slot: new Date("2026-10-08T04:00:00Z") });
    await slaJob.run({ ...ctx, slot: new Date("2026-10-09T04:00:00Z") });
    expect(await db.notification.count({ where: { userId: staff.id, kind: "sla-due-soon", link: `/staff/requests/${r.id}` } })).toBe(1);
    expect(await db.notification.count({ where: { userId: staff.id, kind: "sla-breached", link: `/staff/requests/${r.id}` } })).toBe(0);
    await slaJob.run(ctx);
    const notes = await db.notification.findMany({ where: { userId: staff.id, kind: "sla-breached", link: `/staff/requests/${r.id}` } });
    expect(notes).toHaveLength(1);
    await slaJob.run(ctx);
    expect(await db.notification.count({ where: { userId: staff.id, kind: "sla-breached", link: `/staff/requests/${r.id}` } })).toBe(1);
  });

  it("lists a user's notifications in their language and marks them read", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff", locale: "en" });
    await db.notification.create({
      data: {
        userId: staff.id,
        kind: "guidance-transition",
        messageKey: "notify.transition",
        params: JSON.stringify({ ref: "abc12345", state: "@guidance.state.accepted" }),
        link: "/staff/requests/x",
      },
    });
    const s = await sessionFor(staff.id);
    const res = await settle(() => notificationsLoader({ request: getRequest("/settings/notifications", s.cookie), params: {}, context: {} }));
    const body = await res.json();
    expect(body.unread).toBe(1);
    expect(body.items[0].text).toBe("Guidance request (abc12345) is now: Accepted");
    const other = await makeUser(db, { role: "exporter" });
    const so = await sessionFor(other.id);
    expect(
      (await (await settle(() => notificationsLoader({ request: getRequest("/settings/notifications", so.cookie), params: {}, context: {} }))).json()).items,
    ).toEqual([]);
    await settle(() => notificationsAction({ request: postForm("/settings/notifications", { csrf: s.csrf }, { cookie: s.cookie }), params: {}, context: {} }));
    expect(await db.notification.count({ where: { userId: staff.id, readAt: null } })).toBe(0);
  });
});
