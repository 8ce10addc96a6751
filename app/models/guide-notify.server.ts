// One small notifier for the expert, advice and escalation steps: an in-app Notification row
// and an email in the recipient's language. Kept to one function so the integrator can fold it
// into the shared notification helper of the request workflow.
import { isLocale, translator, type MessageKey } from "~/i18n/i18n.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { sendMail } from "~/utils/mail.server.ts";

const log = createLogger("guide-notify");

export async function notifyUsers(
  db: Db,
  userIds: string[],
  n: {
    kind: string;
    messageKey: MessageKey;
    params?: Record<string, string>;
    link: string;
  }
) {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, disabled: false },
  });
  for (const user of users) {
    const row = await db.notification.create({
      data: {
        userId: user.id,
        kind: n.kind,
        messageKey: n.messageKey,
        params: JSON.stringify(n.params ?? {}),
        link: n.link,
      },
    });
    const locale = isLocale(user.locale) ? user.locale : "zh";
    const t = translator(locale);
    const text = t(n.messageKey, n.params);
    try {
      const result = await sendMail({
        to: user.email,
        subject: `${t("app.shortName")}: ${text}`,
        text: `${text}\n\n${new URL(n.link, getEnv().APP_URL).toString()}`,
      });
      if (result.sent)
        await db.notification.update({
          where: { id: row.id },
          data: { emailedAt: new Date() },
        });
    } catch (error) {
      // The in-app notification stands; a failed email is logged, not fatal to the step.
      log.warn("notification email failed", {
        userId: user.id,
        kind: n.kind,
        error: String(error),
      });
    }
  }
}

export async function staffUserIds(db: Db): Promise<string[]> {
  return (
    await db.user.findMany({
      where: { role: "staff", disabled: false },
      select: { id: true },
    })
  ).map((u) => u.id);
}
