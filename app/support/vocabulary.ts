// Browser-safe vocabulary of the support area (subsidies, insurance, observations, guides):
// ids only; labels come from the catalogue (app/i18n/catalogue/support.ts).
export const SUBSIDY_KINDS = ["won-case", "premium", "aid-project"] as const;
export type SubsidyKind = (typeof SUBSIDY_KINDS)[number];

export const AMOUNT_RULES = ["fixed", "share-capped"] as const;
export type AmountRule = (typeof AMOUNT_RULES)[number];

export const CASE_SCOPES = ["domestic", "overseas"] as const;
export type CaseScope = (typeof CASE_SCOPES)[number];

export const DOCUMENT_KINDS = ["judgment", "invoice", "policy", "payment-proof", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const INSURANCE_KINDS = ["overseas-infringement-liability", "patent-enforcement", "patent-infringement-loss"] as const;
export type InsuranceKind = (typeof INSURANCE_KINDS)[number];

/** Days before expiry at which a company is reminded (each once per policy). */
export const INSURANCE_REMINDER_DAYS = [30, 7] as const;

export const MEMBER_KINDS = ["enterprise", "association", "chamber"] as const;
export const URGENCIES = ["low", "medium", "high"] as const;
export const OBSERVATION_STATES = ["submitted", "item-created", "case-noted", "filed"] as const;
export type ObservationState = (typeof OBSERVATION_STATES)[number];
/** A member who has sent nothing for this many days is listed as quiet. */
export const QUIET_AFTER_DAYS = 60;

export const GUIDE_STATUSES = ["draft", "in-review", "published", "superseded", "returned"] as const;
export type GuideStatus = (typeof GUIDE_STATUSES)[number];

/**
 * The forum a risk item's case type or a request's dispute type belongs to, as guides list
 * them. Guides name the forums they cover; this maps the vocabularies of items and requests
 * onto those ids (Schedule A cases are district-court cases, detentions are EU customs).
 */
const FORUM_OF: Record<string, string> = {
  "us-itc-337": "us-itc-337",
  "exclusion-order": "us-itc-337",
  "initial-determination": "us-itc-337",
  "final-determination": "us-itc-337",
  "us-district-court": "us-district-court",
  "schedule-a-tro": "us-district-court",
  "eu-customs": "eu-customs",
  "eu-customs-detention": "eu-customs",
};

export function forumOf(type: string | null | undefined): string | null {
  return type ? (FORUM_OF[type] ?? null) : null;
}
