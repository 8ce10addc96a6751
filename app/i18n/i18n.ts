// Translation lookup shared by server and client (no server-only imports here).
import { catalogues, type Locale, type MessageKey, LOCALES, zh } from "./messages.ts";

export type { Locale, MessageKey };
export const DEFAULT_LOCALE: Locale = "zh";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as string[]).includes(value);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    let text: string = catalogue[key];
    if (params) {
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
