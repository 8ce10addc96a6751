// One-click unsubscribe from a subscription's mails: the token in the mail is the only
// credential (it is unguessable and per subscription), so no sign-in is needed.
import type { Db } from "~/utils/db.server.ts";
import { recordAudit } from "./audit.server.ts";

export async function findSubscriptionByUnsubscribeToken(db: Db, token: string) {
  if (!token || token.length < 16) return null;
  return db.subscription.findUnique({ where: { unsubscribeToken: token }, select: { id: true, name: true, emailFrequency: true, companyId: true } });
}

export async function unsubscribeByToken(db: Db, token: string) {
  const sub = await findSubscriptionByUnsubscribeToken(db, token);
  if (!sub) return null;
  if (sub.emailFrequency !== "off") {
    await db.$transaction(async (tx) => {
      await tx.subscription.update({ where: { id: sub.id }, data: { emailFrequency: "off" } });
      await recordAudit(tx, {
        actorId: null,
        action: "subscription.unsubscribe",
        entity: "subscription",
        entityId: sub.id,
        before: { emailFrequency: sub.emailFrequency },
        after: { emailFrequency: "off" },
      });
    });
  }
  return sub;
}
