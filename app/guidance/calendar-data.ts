// Statutory holidays and make-up working days (调休上班) as published by the State Council.
// 2026: 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）. The 2027 notice was not
// available when this was seeded; staff add it on /staff/calendar once published.
export interface CalendarSeedDay {
  date: string;
  kind: "holiday" | "workday";
  nameZh: string;
  nameEn: string;
}

function range(from: string, to: string, nameZh: string, nameEn: string): CalendarSeedDay[] {
  const out: CalendarSeedDay[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), kind: "holiday", nameZh, nameEn });
  }
  return out;
}
const work = (date: string, nameZh: string, nameEn: string): CalendarSeedDay => ({
  date,
  kind: "workday",
  nameZh: `${nameZh}调休上班`,
  nameEn: `${nameEn} make-up working day`,
});

export const CALENDAR_2026: CalendarSeedDay[] = [
  ...range("2026-01-01", "2026-01-03", "元旦", "New Year's Day"),
  work("2026-01-04", "元旦", "New Year"),
  ...range("2026-02-15", "2026-02-23", "春节", "Spring Festival"),
  work("2026-02-14", "春节", "Spring Festival"),
  work("2026-02-28", "春节", "Spring Festival"),
  ...range("2026-04-04", "2026-04-06", "清明节", "Qingming Festival"),
  ...range("2026-05-01", "2026-05-05", "劳动节", "Labour Day"),
  work("2026-05-09", "劳动节", "Labour Day"),
  ...range("2026-06-19", "2026-06-21", "端午节", "Dragon Boat Festival"),
  ...range("2026-09-25", "2026-09-27", "中秋节", "Mid-Autumn Festival"),
  ...range("2026-10-01", "2026-10-07", "国庆节", "National Day"),
  work("2026-09-20", "国庆节", "National Day"),
  work("2026-10-10", "国庆节", "National Day"),
];

/** Years whose official arrangement is seeded; others use the plain weekday rule. */
export const SEEDED_CALENDAR_YEARS = [2026] as const;
