// Each user's in-app notifications (guidance transitions, SLA reminders), in the reader's language.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AppShell } from "~/components/app-shell.tsx";
import { CsrfInput } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useRootData, useT } from "~/i18n/use-t.ts";
import { listNotifications, markAllRead, renderNotification, unreadCount } from "~/models/notification.server.ts";
import { requireUser } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { readForm } from "~/utils/forms.server.ts";
import { isRole } from "~/domain/roles.ts";
import { dateTimeFormat, DEFAULT_TIME_ZONE, INTL_LOCALE } from "~/domain/locale.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requireUser(request);
  const db = await getDb();
  const rows = await listNotifications(db, authed.user.id);
  return json({
    unread: await unreadCount(db, authed.user.id),
    items: rows.map((n) => ({
      id: n.id,
      text: renderNotification(authed.user.locale, n.messageKey, JSON.parse(n.params) as Record<string, string>),
      // Links are written by our own code; only same-site paths are followed.
      link: n.link?.startsWith("/") && !n.link.startsWith("//") ? n.link : null,
      unread: n.readAt === null,
      at: n.createdAt.toISOString(),
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireUser(request);
  await readForm(request, authed);
  await markAllRead(await getDb(), authed.user.id);
  return redirect("/settings/notifications");
}

export default function Notifications() {
  const { items, unread } = useLoaderData<typeof loader>();
  const t = useT();
  const role = useRootData()?.user?.role;
  const fmt = dateTimeFormat(INTL_LOCALE.zh, { timeZone: DEFAULT_TIME_ZONE, dateStyle: "short", timeStyle: "short" });
  return (
    <AppShell audience={isRole(role) ? role : "exporter"}>
      <h1>{t("notify.title")}</h1>
      <p>{t("notify.unread", { count: unread })}</p>
      {unread > 0 ? (
        <Form method="post">
          <CsrfInput />
          <button type="submit">{t("notify.markRead")}</button>
        </Form>
      ) : null}
      {items.length === 0 ? (
        <p>{t("notify.empty")}</p>
      ) : (
        <ul>
          {items.map((n) => (
            <li key={n.id} className={n.unread ? "notification notification--unread" : "notification"}>
              <time dateTime={n.at}>{fmt.format(new Date(n.at))}</time> {n.link ? <Link to={n.link}>{n.text}</Link> : n.text}
            </li>
          ))}
        </ul>
      )}
    </AppShell>
  );
}

export const meta = titleMeta("notify.title");
