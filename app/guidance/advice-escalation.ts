// Fixed lists shared by server code and page components (no server imports, so the
// client bundle can use them): the advice options and the escalation criteria and statuses.
export const ADVICE_OPTIONS = ["respond", "settle", "design-around", "challenge-validity", "seek-licence", "do-nothing"] as const;
export type AdviceOption = (typeof ADVICE_OPTIONS)[number];

export const ESCALATION_CRITERIA = [
  "major-amount",
  "many-co-respondents",
  "geo-sought",
  "industry-wide",
  "novel-law",
  "several-forums",
  "no-local-expert",
] as const;
export type EscalationCriterion = (typeof ESCALATION_CRITERIA)[number];

export const ESCALATION_STATUSES = ["sent", "acknowledged", "guidance-received", "closed"] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
