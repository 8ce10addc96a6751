// List-valued columns are stored as JSON text (portable across SQLite and PostgreSQL).
export function parseList(text: string | null | undefined): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export function toListText(values: readonly string[]): string {
  return JSON.stringify([...values]);
}

/** A JSON array column of any values (e.g. alert reasons); [] for anything else. */
export function parseJsonArray(text: string | null | undefined): unknown[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}
