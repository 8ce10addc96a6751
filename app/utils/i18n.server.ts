import { isLocale, localeFromAcceptLanguage, type Locale } from "~/i18n/i18n.ts";
import { localeCookie } from "./session.server.ts";

/** The user's stored choice, else the anonymous cookie, else the browser's preference. */
export async function getRequestLocale(request: Request, user: { locale: string } | null): Promise<Locale> {
  if (user && isLocale(user.locale)) return user.locale;
  const fromCookie = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage(request.headers.get("Accept-Language"));
}
