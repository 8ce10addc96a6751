// The demo shows the warn half (issue 12): the real ingestion and matching code, run over the
// demo's new notices, gives every demo exporter alerts with reasons in its inbox; together
// they cover every severity, one critical 337 alert names a demo company, and one grey-zone
// name waits in the staff review queue.
import { describe, expect, it } from "vitest";
import { listInbox, listPartyReviews } from "~/models/alert.server.ts";
import { prefillFromAlertOrCase } from "~/models/guidance-intake.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { seedDemo } from "../../prisma/seed.ts";

describe("the demo's warn half", () => {
  it("gives each demo exporter alerts with reasons, of every severity, a critical 337 alert and a name to review", async () => {
    const db = await getDb();
    await seedDemo(db);
    const companies = await db.company.findMany({ where: { isDemo: true }, orderBy: { nameEn: "asc" } });
    expect(companies).toHaveLength(3);
    const severities = new Set<string>();
    for (const c of companies) {
      const inbox = await listInbox(db, c.id, { status: "all", severity: "", page: 1 });
      expect(inbox.alerts.length, c.nameEn ?? "").toBeGreaterThanOrEqual(2);
      for (const a of inbox.alerts) {
        expect(a.reasons.length).toBeGreaterThan(0);
        severities.add(a.severity);
      }
    }
    expect([...severities].sort()).toEqual(["critical", "high", "low", "medium"]);

    const battery = companies.find((c) => c.nameEn === "Demo Lithium Energy Co., Ltd.")!;
    const critical = await db.alert.findFirstOrThrow({
      where: { companyId: battery.id, severity: "critical", riskItem: { caseNumber: "337-TA-1499" } },
      include: { riskItem: true },
    });
    expect(JSON.parse(critical.reasons)[0]).toMatchObject({ kind: "party", role: "respondent", responseRule: "us-itc-337-answer-20-days" });
    const prefill = await prefillFromAlertOrCase(db, battery.id, { alertId: critical.id });
    expect(prefill?.values.disputeType).toBe("us-itc-337");
    expect(prefill?.deadline).not.toBeNull();

    const reviews = await listPartyReviews(db, "pending");
    expect(reviews.some((r) => companies.some((c) => c.id === r.companyId))).toBe(true);
  }, 120_000);
});
