// Page titles in the reader's language: meta functions read the locale from the root
// loader's data (they run before any component, so hooks are not available).
import type { MetaFunction } from "@remix-run/node";
import { isLocale, translator } from "./i18n.ts";
import type { MessageKey } from "./messages.ts";

export function titleMeta(key: MessageKey): MetaFunction {
  return ({ matches }) => {
    const locale = (matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined)?.locale;
    const t = translator(isLocale(locale) ? locale : "zh");
    return [{ title: `${t(key)} · ${t("app.shortName")}` }];
  };
}
