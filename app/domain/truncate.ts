// Shared by the ingest pipeline and the pages (not .server: the pages' client bundle needs it).

/** Cut to at most `max` UTF-16 units, never splitting a surrogate pair, marking the cut. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return s.slice(0, end).trimEnd() + "…";
}
