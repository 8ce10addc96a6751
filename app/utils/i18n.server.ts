import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n/i18n.ts";
import { localeCookie } from "./session.server.ts";

/**
 * The user's stored choice, else the anonymous cookie, else Chinese. The browser's
 * Accept-Language is deliberately not used: the centre's working language is Chinese and
 * English is one click away, whatever the machine's locale.
 */
export async function getRequestLocale(request: Request, user: { locale: string } | null): Promise<Locale> {
  if (user && isLocale(user.locale)) return user.locale;
  const fromCookie = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return DEFAULT_LOCALE;
}
