// Cron expression validation for forms and the CLI. Only validation lives here:
// jobs/scheduler.ts stays the one module that schedules anything.
import cron from "node-cron";

/** null when valid, else a short reason naming the bad field. */
export function cronProblem(expression: string): string | null {
  const result = cron.validateDetailed(expression.trim());
  if (result.valid) return null;
  const first = result.errors[0];
  return first ? `${first.field}: ${first.message}` : "invalid cron expression";
}
