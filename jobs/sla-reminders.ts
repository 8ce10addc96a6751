// SLA watch for guidance requests: reminds staff before a working-day target is missed and
// once when it is breached (each timer/level once per request update). The breach flag itself
// is computed wherever requests are listed (triage queue, CLI), so it never goes stale.
import { slaStatus } from "~/guidance/sla-clock.ts";
import { loadCalendar, slaTargets } from "~/models/guidance-intake.server.ts";
import { notifyUsers, requestRef } from "~/models/notification.server.ts";
import type { Job } from "./types.ts";

const OPEN = ["submitted", "under-review", "accepted", "expert-assigned", "advice-drafted", "advice-reviewed"];

export const slaJob: Job = {
  id: "guidance-sla",
  description: "Reminds staff of guidance requests about to miss, or missing, their working-day SLA targets.",
  schedule: "7 * * * *",
  async run({ db, slot }) {
    const [calendar, requests, staff] = await Promise.all([
      loadCalendar(db),
      db.guidanceRequest.findMany({ where: { state: { in: OPEN } } }),
      db.user.findMany({ where: { role: "staff", disabled: false }, select: { id: true } }),
    ]);
    const targets = slaTargets();
    let reminded = 0;
    let breached = 0;
    for (const r of requests) {
      const status = slaStatus(r, targets, slot, calendar);
      if (status.level !== "due-soon" && status.level !== "breached") continue;
      if (status.level === "breached") breached += 1;
      const key = `${r.id}:${status.timer}:${status.level}:${(r.lastUpdateAt ?? r.submittedAt)?.toISOString() ?? ""}`;
      const kind = status.level === "breached" ? "sla-breached" : "sla-due-soon";
      if (await db.notification.findFirst({ where: { kind, params: { contains: key } }, select: { id: true } })) continue;
      await notifyUsers(
        db,
        staff.map((s) => s.id),
        {
          kind,
          messageKey: status.level === "breached" ? "notify.slaBreached" : "notify.slaDueSoon",
          params: { ref: await requestRef(db, r.id), timer: `@guidance.timer.${status.timer}`, days: String(Math.abs(status.left ?? 0)), key },
          link: `/staff/requests/${r.id}`,
        },
      );
      reminded += 1;
    }
    return { open: requests.length, breached, notified: reminded };
  },
};
