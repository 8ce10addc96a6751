// Where a form may send the browser afterwards. Used by login and the language switch; an
// open redirect would turn our login page into a phishing aid.

const BASE = "http://same-site.invalid";

// Browsers strip tabs and newlines from URLs and treat "\" like "/", so "/\t/evil" and
// "/\\evil" become "//evil" (another host). Rather than imitate the URL parser, refuse any
// control character, any whitespace (U+3000 and NBSP included) and any backslash outright.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\\s\u200b-\u200f\u2028\u2029\ufeff]/u;

const MAX_LENGTH = 2000;

/** The path itself when it is a plain same-site path, else the fallback (never throws). */
export function safeRedirectPath(to: unknown, fallback: string): string {
  if (typeof to !== "string" || to.length === 0 || to.length > MAX_LENGTH) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || FORBIDDEN.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  // A second opinion from the WHATWG parser: whatever the string looked like, it must still
  // resolve on our own origin.
  if (url.origin !== BASE) return fallback;
  return to;
}
