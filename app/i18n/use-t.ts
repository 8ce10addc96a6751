import { useRouteLoaderData } from "@remix-run/react";
import type { RootData } from "~/domain/root-data.ts";
import { translator, type Locale, type Translate } from "./i18n.ts";

export function useLocale(): Locale {
  const data = useRouteLoaderData<RootData>("root");
  return data?.locale ?? "zh";
}

export function useT(): Translate {
  return translator(useLocale());
}

export function useRootData() {
  return useRouteLoaderData<RootData>("root");
}
