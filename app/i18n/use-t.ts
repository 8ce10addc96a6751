import { useRouteLoaderData } from "@remix-run/react";
import type { RootLoader } from "~/root.tsx";
import { translator, type Locale, type Translate } from "./i18n.ts";

export function useLocale(): Locale {
  const data = useRouteLoaderData<RootLoader>("root");
  return data?.locale ?? "zh";
}

export function useT(): Translate {
  return translator(useLocale());
}

export function useRootData() {
  return useRouteLoaderData<RootLoader>("root");
}
