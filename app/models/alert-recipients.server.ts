// Who receives a company's alert mails: its active exporter users, each in their own
// language; a company without accounts (imported from the registry) gets its contact email.
import { isLocale, type Locale } from "~/i18n/i18n.ts";
import type { Db } from "~/utils/db.server.ts";

export interface Recipient {
  email: string;
  locale: Locale;
  userId: string | null;
}

export async function companyRecipients(db: Db, companyId: string): Promise<Recipient[]> {
  const company = await db.company.findUnique({
    where: { id: companyId },
    select: { contactEmail: true, users: { where: { role: "exporter", disabled: false }, select: { id: true, email: true, locale: true } } },
  });
  if (!company) return [];
  if (company.users.length > 0) {
    return company.users.map((u) => ({ email: u.email, locale: isLocale(u.locale) ? u.locale : "zh", userId: u.id }));
  }
  return company.contactEmail ? [{ email: company.contactEmail, locale: "zh", userId: null }] : [];
}
