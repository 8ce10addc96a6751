// Value lists of the working-day calendar and the deadline rules, importable by pages too
// (a *.server.ts module is empty in the browser bundle).
export const CALENDAR_KINDS = ["holiday", "workday"] as const;
export const RULE_UNITS = ["calendar-days", "working-days", "months"] as const;
