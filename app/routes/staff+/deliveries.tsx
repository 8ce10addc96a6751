// Staff: alert deliveries across companies — the webhook log and the endpoints that were
// disabled after repeated failures — so the centre sees who is not receiving its warnings.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DeliveryLog } from "~/components/delivery-log.tsx";
import { DEFAULT_TIME_ZONE } from "~/domain/locale.ts";
import { useDateFormat } from "~/components/search-labels.tsx";
import { useT } from "~/i18n/use-t.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { listDisabledWebhooks, listWebhookDeliveries } from "~/models/webhook.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:company:any");
  const db = await getDb();
  return json({ deliveries: await listWebhookDeliveries(db, { take: 100 }), disabled: await listDisabledWebhooks(db) });
}

export default function StaffDeliveries() {
  const { deliveries, disabled } = useLoaderData<typeof loader>();
  const t = useT();
  const date = useDateFormat(DEFAULT_TIME_ZONE, "dateTime");
  return (
    <>
      <h1>{t("delivery.staff.title")}</h1>
      <section className="card" aria-labelledby="disabled-h">
        <h2 id="disabled-h">{t("delivery.staff.disabledEndpoints")}</h2>
        {disabled.length === 0 ? (
          <p className="muted">{t("common.none")}</p>
        ) : (
          <ul>
            {disabled.map((d) => (
              <li key={d.id}>
                {d.company.nameZh} · <code className="break-all">{d.url}</code> · {date(d.disabledAt ?? "")} · {d.disabledReason ?? ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="log-h">
        <h2 id="log-h">{t("delivery.webhooks.log")}</h2>
        <DeliveryLog deliveries={deliveries} date={date} showCompany />
      </section>
    </>
  );
}

export const meta = titleMeta("delivery.staff.title");
