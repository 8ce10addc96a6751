// The reader's languages and how each is named to the platform, defined once for pages, mail,
// feeds and the i18n catalogue.
export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tag for Intl formatters and plural rules (British English: day before month). */
export const INTL_LOCALE: Record<Locale, string> = { zh: "zh-CN", en: "en-GB" };

/** BCP 47 tag for a document's language (`<html lang>`, mail, Atom `language`). */
export const LANGUAGE_TAG: Record<Locale, string> = { zh: "zh-CN", en: "en" };

/** The centre's time zone: dates of readers who set none, and of mail and notices. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

// Building an Intl.DateTimeFormat costs tens of microseconds (locale data is resolved each
// time); pages built one per row or per render. Formatters are immutable, so one per
// (locale, options) serves every request. The set of combinations is small and fixed by code,
// but time zones come from user settings: the cap keeps a stream of odd zones from growing it.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const DATE_TIME_FORMATS_MAX = 500;

/** A shared `Intl.DateTimeFormat` (throws RangeError for an unknown time zone, as the constructor does). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (dateTimeFormats.size < DATE_TIME_FORMATS_MAX) dateTimeFormats.set(key, format);
  }
  return format;
}
