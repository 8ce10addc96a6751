// Translation lookup shared by server and client (no server-only imports here).
import { INTL_LOCALE, LOCALES, type Locale } from "~/domain/locale.ts";
import { catalogues, type MessageKey, zh } from "./messages.ts";

export type { Locale, MessageKey };
export const DEFAULT_LOCALE: Locale = "zh";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

// A message may choose its words by number, in a small subset of ICU syntax:
// "{count, plural, one {# failure} other {# failures}}". Categories come from
// Intl.PluralRules for the reader's language ("=0"-style exact matches are accepted too).
const PLURAL_PATTERN = /\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_BRANCH = /(=?\w+)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<Locale, Intl.PluralRules>();

function selectPlural(locale: Locale, text: string, params: Record<string, string | number>): string {
  return text.replace(PLURAL_PATTERN, (whole, name: string, body: string) => {
    const value = Number(params[name]);
    if (!Number.isFinite(value)) return whole;
    const branches = new Map([...body.matchAll(PLURAL_BRANCH)].map((m) => [m[1]!, m[2]!]));
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_LOCALE[locale])));
    const chosen = branches.get(`=${value}`) ?? branches.get(rules.select(value)) ?? branches.get("other") ?? "";
    return chosen.replaceAll("#", String(params[name]));
  });
}

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    let text: string = catalogue[key];
    if (params) {
      text = selectPlural(locale, text, params);
      for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
    }
    return text;
  };
}

/**
 * Renders a message that may be a catalogue key with parameters ("form.tooShort|min=10"),
 * as validation errors carry them; anything else is returned as it is.
 */
export function formatMessage(locale: Locale, message: string): string {
  const [key, ...pairs] = message.split("|");
  if (!key || !(key in zh)) return message;
  const params = Object.fromEntries(pairs.map((p) => p.split("=", 2) as [string, string]));
  return translator(locale)(key as MessageKey, params);
}
