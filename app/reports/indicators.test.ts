import { describe, expect, it } from "vitest";
import { calendarFrom } from "~/guidance/working-days.ts";
import { computeChartData, computeIndicators, type AlertRecord, type ItemRecord, type RequestRecord, type StatsData } from "./indicators.ts";
import { customPeriod, monthPeriod, parsePeriod, periodQuery, quarterPeriod, samePeriodLastYear, trailingMonths, yearPeriod } from "./period.ts";

// A hand-computed fixture for October 2026 (Shanghai time). The fixture calendar makes
// 1–7 October holidays and Saturday 10 October a make-up working day (调休上班).
const calendar = calendarFrom([
  ...["01", "02", "03", "04", "05", "06", "07"].map((d) => ({ date: `2026-10-${d}`, kind: "holiday" })),
  { date: "2026-10-10", kind: "workday" },
]);
const opts = { calendar, firstResponseDays: 2, resolutionDays: 15 };
/** An instant given in Shanghai local time. */
const sh = (local: string) => new Date(`${local}+08:00`);
const toys = { industries: ["toys"], regions: ["浙江省", "宁波市"], jurisdictions: ["US"], disputeTypes: ["us-itc-337"], ipTypes: ["patent"] };
const solar = { ...toys, industries: ["photovoltaic"], regions: ["江苏省", "苏州市"] };

const request = (r: Partial<RequestRecord> & { id: string }): RequestRecord => ({
  facets: toys,
  submittedAt: null,
  acceptedAt: null,
  rejectedAt: null,
  expertAssignedAt: null,
  firstResponseAt: null,
  deliveredAt: null,
  closedAt: null,
  terminatedAt: null,
  slaPausedWorkingDays: 0,
  rating: null,
  ...r,
});
const requests: RequestRecord[] = [
  // submitted the last evening of September, accepted after the holiday: triage 2 working days
  // (8 and 9 Oct), advice 2 working days (Saturday 10 Oct is a make-up day, 12 Oct), closed, rated 5
  request({
    id: "R1",
    facets: solar,
    submittedAt: sh("2026-09-30T23:30:00"),
    acceptedAt: sh("2026-10-09T10:00:00"),
    firstResponseAt: sh("2026-10-09T10:00:00"),
    expertAssignedAt: sh("2026-10-09T12:00:00"),
    deliveredAt: sh("2026-10-12T10:00:00"),
    closedAt: sh("2026-10-13T10:00:00"),
    rating: 5,
  }),
  // rejected two working days after submission
  request({ id: "R2", submittedAt: sh("2026-10-12T09:00:00"), firstResponseAt: sh("2026-10-14T09:00:00"), rejectedAt: sh("2026-10-14T09:00:00") }),
  // five working days to acceptance, two of them paused for 补正: triage 3; delivered in November
  request({
    id: "R3",
    submittedAt: sh("2026-10-20T09:00:00"),
    firstResponseAt: sh("2026-10-21T09:00:00"),
    acceptedAt: sh("2026-10-27T09:00:00"),
    slaPausedWorkingDays: 2,
    expertAssignedAt: sh("2026-10-28T09:00:00"),
    deliveredAt: sh("2026-11-20T09:00:00"),
  }),
  // submitted during the holiday, first response after 7 working days (breach), then terminated
  request({
    id: "R4",
    submittedAt: sh("2026-10-05T09:00:00"),
    firstResponseAt: sh("2026-10-15T09:00:00"),
    acceptedAt: sh("2026-10-15T09:00:00"),
    terminatedAt: sh("2026-10-30T09:00:00"),
  }),
  // last year
  request({ id: "R5", submittedAt: sh("2025-10-10T09:00:00") }),
];

const item = (i: Partial<ItemRecord> & { id: string; createdAt: Date }): ItemRecord => ({
  kind: "case",
  jurisdiction: "US",
  caseType: "us-itc-337",
  caseId: null,
  stage: null,
  industries: ["photovoltaic"],
  duplicate: false,
  facets: { industries: ["photovoltaic"], jurisdictions: [i.jurisdiction ?? "US"], disputeTypes: ["us-itc-337"], ipTypes: ["patent"] },
  ...i,
});
const items: ItemRecord[] = [
  item({ id: "I1", caseId: "C1", stage: "instituted", createdAt: sh("2026-10-01T00:30:00") }),
  item({ id: "I2", caseId: "C1", stage: "initial-determination", createdAt: sh("2026-10-20T10:00:00") }),
  item({ id: "I3", kind: "law", jurisdiction: "EU", caseType: "law-rule-change", createdAt: sh("2026-10-31T23:30:00") }),
  item({ id: "I4", caseType: "schedule-a-tro", createdAt: sh("2026-10-10T10:00:00") }),
  item({ id: "I5", caseType: "schedule-a-tro", duplicate: true, createdAt: sh("2026-10-10T11:00:00") }),
  item({ id: "I6", caseId: "C2", createdAt: sh("2026-09-30T23:00:00") }),
];

const alert = (a: Partial<AlertRecord> & { id: string; createdAt: Date }): AlertRecord => ({
  companyId: "K1",
  riskItemId: "I1",
  caseId: "C1",
  severity: "critical",
  readAt: null,
  itemPublishedAt: a.createdAt,
  named: true,
  facets: solar,
  ...a,
});
const alerts: AlertRecord[] = [
  alert({ id: "A1", createdAt: sh("2026-10-01T06:00:00"), itemPublishedAt: sh("2026-10-01T00:00:00"), readAt: sh("2026-10-02T09:00:00") }),
  alert({ id: "A2", riskItemId: "I2", createdAt: sh("2026-10-20T08:00:00"), itemPublishedAt: sh("2026-10-19T20:00:00") }),
  alert({ id: "A3", companyId: "K2", riskItemId: "I4", caseId: null, severity: "high", named: false, createdAt: sh("2026-10-10T12:00:00") }),
  alert({ id: "A4", companyId: "K2", createdAt: sh("2026-09-29T12:00:00") }),
  alert({ id: "A5", companyId: "K2", riskItemId: "I2", createdAt: sh("2026-10-21T03:00:00"), itemPublishedAt: sh("2026-10-21T00:00:00") }),
];

const data: StatsData = {
  requests,
  items,
  alerts,
  escalations: [{ id: "E1", requestId: "R4", facets: toys, sentAt: sh("2026-10-16T10:00:00"), status: "acknowledged" }],
  assignments: [
    { id: "X1", requestId: "R1", expertId: "P1", expertName: "张律师", status: "completed", createdAt: sh("2026-10-09T11:00:00"), rating: 5, facets: solar },
    { id: "X2", requestId: "R3", expertId: "P1", expertName: "张律师", status: "accepted", createdAt: sh("2026-10-28T08:00:00"), rating: null, facets: toys },
    { id: "X3", requestId: "R3", expertId: "P2", expertName: "李博士", status: "declined", createdAt: sh("2026-10-27T12:00:00"), rating: null, facets: toys },
  ],
  subscriptions: [
    { id: "S1", createdAt: sh("2026-01-01T09:00:00"), active: true, facets: solar },
    { id: "S2", createdAt: sh("2026-10-05T09:00:00"), active: true, facets: toys },
    { id: "S3", createdAt: sh("2026-10-06T09:00:00"), active: false, facets: toys },
    { id: "S4", createdAt: sh("2026-11-01T09:00:00"), active: true, facets: toys },
  ],
};

const october = monthPeriod(2026, 10);

describe("indicators for October 2026 on the hand-computed fixture", () => {
  const { indicators: i, breakdowns } = computeIndicators(data, october, {}, opts);

  it("counts each guidance event in the period in which it happened, in Shanghai time", () => {
    expect(i.received.ids.sort()).toEqual(["R2", "R3", "R4"]);
    expect(i.accepted.ids.sort()).toEqual(["R1", "R3", "R4"]);
    expect(i.rejected.ids).toEqual(["R2"]);
    expect(i.closed.ids).toEqual(["R1"]);
    expect(i.terminated.ids).toEqual(["R4"]);
  });

  it("computes 办结率 over the requests accepted in the period", () => {
    expect(i.completionRate.value).toBe(33.3);
  });

  it("averages triage and advice in working days over holidays, make-up days and 补正 pauses", () => {
    // R1 2, R2 2, R3 5−2 = 3, R4 7 (8,9,10,12,13,14,15 Oct)
    expect(i.avgTriageDays.value).toBe(3.5);
    expect(i.avgAdviceDays.value).toBe(2);
    expect(i.avgAdviceDays.ids).toEqual(["R1"]);
  });

  it("flags a late first response as an SLA breach", () => {
    expect(i.slaBreaches.ids).toEqual(["R4"]);
  });

  it("reports escalations, satisfaction and experts' load", () => {
    expect(i.escalations.value).toBe(1);
    expect(breakdowns.escalationsByStatus).toEqual({ acknowledged: 1 });
    expect(i.ratingAvg.value).toBe(5);
    expect(i.ratedShare.value).toBe(100);
    expect(breakdowns.experts).toEqual([
      { expertId: "P1", name: "张律师", assignments: 2, completed: 1, ratingAvg: 5 },
      { expertId: "P2", name: "李博士", assignments: 1, completed: 0, ratingAvg: null },
    ]);
  });

  it("counts items once (not cross-source duplicates) and cases once", () => {
    expect(i.itemsIngested.ids.sort()).toEqual(["I1", "I2", "I3", "I4"]);
    expect(breakdowns.itemsByKind).toEqual({ case: 3, law: 1 });
    expect(breakdowns.itemsByJurisdiction).toEqual({ US: 3, EU: 1 });
    expect(i.casesFollowed.ids.sort()).toEqual(["C1", "item:I4"]);
  });

  it("counts 家次 once per company and case, in the month of the first naming", () => {
    expect(i.companyTimes.ids).toEqual(["A1"]);
  });

  it("reports alerts by severity, critical notices and hours from publication to notice", () => {
    expect(i.alertsSent.value).toBe(4);
    expect(i.alertsRead.ids).toEqual(["A1"]);
    expect(breakdowns.alertsBySeverity.critical).toEqual({ sent: 3, read: 1 });
    expect(breakdowns.alertsBySeverity.high).toEqual({ sent: 1, read: 0 });
    expect(i.criticalNotices.value).toBe(3);
    expect(i.avgHoursToNotice.value).toBe(7);
  });

  it("counts active subscriptions at the period's end and new ones in the period", () => {
    expect(i.subscriptionsActive.ids.sort()).toEqual(["S1", "S2"]);
    expect(i.subscriptionsNew.ids.sort()).toEqual(["S2", "S3"]);
  });

  it("computes the same period last year", () => {
    const previous = computeIndicators(data, samePeriodLastYear(october), {}, opts).indicators;
    expect(previous.received.ids).toEqual(["R5"]);
    expect(previous.completionRate.value).toBeNull();
  });

  it("applies filters only to the records they describe", () => {
    const f = computeIndicators(data, october, { industry: "photovoltaic" }, opts).indicators;
    expect(f.accepted.ids).toEqual(["R1"]);
    expect(f.received.value).toBe(0);
    const us = computeIndicators(data, october, { jurisdiction: "US", region: "宁波市" }, opts).indicators;
    expect(us.itemsIngested.ids.sort()).toEqual(["I1", "I2", "I4"]);
    expect(us.subscriptionsActive.ids).toEqual(["S2"]);
  });
});

describe("chart data", () => {
  it("counts cases in the month first seen, the latest 337 stage, and the request funnel", () => {
    const charts = computeChartData(data, october, trailingMonths(october), {});
    expect(charts.casesOverTime.months.at(-1)).toBe("2026-10");
    expect(charts.casesOverTime.series.US!.slice(-2)).toEqual([1, 2]);
    expect(charts.stages337).toEqual({ "initial-determination": 1 });
    expect(charts.funnel.map((f) => f.value)).toEqual([3, 2, 1, 1, 0]);
    expect(charts.requestsByRegion).toEqual({ 宁波市: 3 });
  });
});

describe("periods", () => {
  it("are half-open on the Shanghai calendar and round-trip through the query string", () => {
    expect(october.start.toISOString()).toBe("2026-09-30T16:00:00.000Z");
    expect(quarterPeriod(2026, 4).end.toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(yearPeriod(2026).label).toBe("2026");
    for (const p of [october, quarterPeriod(2026, 2), yearPeriod(2025), customPeriod("2026-01-05", "2026-02-10")]) {
      expect(parsePeriod(Object.fromEntries(new URLSearchParams(periodQuery(p))))).toEqual(p);
    }
    expect(samePeriodLastYear(customPeriod("2026-01-05", "2026-02-10")).label).toBe("2025-01-05~2025-02-10");
  });
});
