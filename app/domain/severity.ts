// Alert severities, defined once for the matcher, the models, mail and the pages.

/** Least to most severe: the order thresholds (a subscription's minimum) compare in. */
export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Most severe first: the order of filters, options and digests. */
export const SEVERITIES_MOST_FIRST = [...SEVERITIES].reverse() as readonly Severity[];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}

/** 0 for "low" (and for anything unknown) up to 3 for "critical". */
export const severityRank = (s: string) => Math.max(0, SEVERITIES.indexOf(s as Severity));
