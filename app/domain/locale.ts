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
