// Display names for the ids search and risk items carry (taxonomy ids, jurisdiction codes,
// source kinds). Unknown ids fall back to themselves: feeds may bring values the catalogue
// does not know yet, and showing the id beats showing nothing.
import { useLocale, useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { zh } from "~/i18n/messages.ts";
import { dateTimeFormat, DEFAULT_TIME_ZONE, INTL_LOCALE } from "~/domain/locale.ts";

export type LabelKind = "jurisdiction" | "ipTypes" | "caseType" | "industries" | "stage" | "kind";

const PREFIX: Record<LabelKind, string> = {
  jurisdiction: "search.jurisdiction.",
  ipTypes: "search.ipType.",
  caseType: "search.caseType.",
  industries: "search.industry.",
  stage: "search.stage.",
  kind: "search.kind.",
};

export type LabelFor = (kind: LabelKind, id: string | null | undefined) => string;

export function useLabel(): LabelFor {
  const t = useT();
  return (kind, id) => {
    if (!id) return "";
    const key = `${PREFIX[kind]}${kind === "jurisdiction" ? id.toUpperCase() : id}`;
    return Object.hasOwn(zh, key) ? t(key as MessageKey) : id;
  };
}

/** A language code ("en", "zh-CN") by name in the reader's language; unknown codes as they are. */
export function useLanguageName() {
  const t = useT();
  return (code: string) => {
    const key = `lang.name.${code.toLowerCase().split(/[-_]/)[0]}`;
    return Object.hasOwn(zh, key) ? t(key as MessageKey) : code;
  };
}

/** Dates in the reader's time zone and language. */
export function useDateFormat(timeZone: string, style: "date" | "dateTime" = "date") {
  const locale = INTL_LOCALE[useLocale()];
  const options: Intl.DateTimeFormatOptions = style === "date" ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" };
  let format: Intl.DateTimeFormat;
  try {
    format = dateTimeFormat(locale, { ...options, timeZone });
  } catch {
    // An unknown zone in a user's profile must not break the page.
    format = dateTimeFormat(locale, { ...options, timeZone: DEFAULT_TIME_ZONE });
  }
  return (value: string | Date | null | undefined) => (value ? format.format(new Date(value)) : "");
}
