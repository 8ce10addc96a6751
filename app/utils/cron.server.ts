// Cron expression validation for forms and the CLI. Only validation lives here:
// jobs/scheduler.ts stays the one module that schedules anything.
import cron from "node-cron";

/**
 * The form's message key for an invalid expression ("cronWords.invalid.minute|value=61"), or
 * null: the field is named in the reader's words, not node-cron's English (issue 13).
 */
export function cronProblemMessage(expression: string): string | null {
  const result = cron.validateDetailed(expression.trim());
  if (result.valid) return null;
  const first = result.errors[0];
  if (!first || !CRON_FIELDS.has(first.field)) return "cronWords.fieldCount";
  // Parameters ride in the key ("key|name=value"): the value must not carry the separators.
  return `cronWords.invalid.${first.field}|value=${String(first.value).replace(/[|=]/g, " ").slice(0, 40)}`;
}

const CRON_FIELDS = new Set(["second", "minute", "hour", "dayOfMonth", "month", "dayOfWeek"]);

/** null when valid, else a short reason naming the bad field (English, for the CLI and logs). */
export function cronProblem(expression: string): string | null {
  const result = cron.validateDetailed(expression.trim());
  if (result.valid) return null;
  const first = result.errors[0];
  return first ? `${first.field}: ${first.message}` : "invalid cron expression";
}
