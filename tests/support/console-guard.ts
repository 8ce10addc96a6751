// Tests that expect an error to be logged say so with allowConsoleErrors().
export const consoleErrors: unknown[][] & { allowed?: boolean } = [];

export function allowConsoleErrors() {
  consoleErrors.allowed = true;
}
