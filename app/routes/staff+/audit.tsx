import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField, TextField } from "~/components/forms.tsx";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { listAuditEntities, listAuditEvents } from "~/models/audit.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

const AuditQuerySchema = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  before: z.iso.datetime().optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:audit:any");
  const query = AuditQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const [page, entities] = await Promise.all([
    listAuditEvents(db, { ...query, before: query.before ? new Date(query.before) : undefined }),
    listAuditEntities(db),
  ]);
  return json({ ...page, entities, query, timeZone: user.timeZone });
}

export default function AuditLog() {
  const { events, hasMore, entities, query, timeZone } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "short", timeStyle: "medium", timeZone });
  const last = events.at(-1);
  const nextParams = new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), before: last?.at ?? "" });
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <Form method="get" className="filters">
        <SelectField
          name="entity"
          label={t("audit.entity")}
          defaultValue={query.entity ?? ""}
          options={[{ value: "", label: t("audit.all") }, ...entities.map((e) => ({ value: e, label: e }))]}
        />
        <TextField name="entityId" label={t("audit.entityId")} defaultValue={query.entityId ?? ""} />
        <TextField name="action" label={t("audit.action")} defaultValue={query.action ?? ""} />
        <div className="field">
          <button type="submit">{t("audit.filter")}</button>
        </div>
      </Form>
      {events.length === 0 ? (
        <p className="muted">{t("audit.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("audit.at")}</th>
              <th>{t("audit.actor")}</th>
              <th>{t("audit.action")}</th>
              <th>{t("audit.entity")}</th>
              <th>{t("audit.entityId")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{format.format(new Date(e.at))}</td>
                <td>{e.actor ? `${e.actor.name} <${e.actor.email}>` : "—"}</td>
                <td>
                  <code>{e.action}</code>
                  {e.after ? <div className="muted"><code>{e.after}</code></div> : null}
                </td>
                <td>{e.entity}</td>
                <td>
                  {e.entityId ? <Link to={`?entity=${encodeURIComponent(e.entity)}&entityId=${encodeURIComponent(e.entityId)}`}>{e.entityId}</Link> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasMore && last ? (
        <p>
          <Link to={`?${nextParams}`}>{t("audit.next")} →</Link>
        </p>
      ) : null}
    </>
  );
}
