// The kinds of dispute an exporter asks guidance about (the request form's first field).
export const DISPUTE_TYPES = [
  "us-itc-337",
  "us-district-court",
  "schedule-a-tro",
  "eu-customs",
  "trademark-opposition",
  "trade-fair-injunction",
  "platform-takedown",
  "other",
] as const;
export type DisputeType = (typeof DISPUTE_TYPES)[number];
