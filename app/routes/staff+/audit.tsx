import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField, TextField } from "~/components/forms.tsx";
import { useLabel, useLanguageName } from "~/components/search-labels.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { zh, type MessageKey } from "~/i18n/messages.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { formatMessage } from "~/i18n/i18n.ts";
import { listAuditEntities, listAuditEvents, type AuditValue } from "~/models/audit.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { roleHasPermission } from "~/utils/permissions.server.ts";
import { dateTimeFormat, INTL_LOCALE } from "~/domain/locale.ts";
import { auditActionText, auditCodedValueText, auditEntityText, auditFieldText } from "~/i18n/audit-words.ts";

const AUDIT_ENTITY_MAX = 50;
const AUDIT_ENTITY_ID_MAX = 200;
const AUDIT_ACTION_MAX = 100;

const AuditQuerySchema = z.object({
  entity: z.string().trim().max(AUDIT_ENTITY_MAX, `form.tooLong|max=${AUDIT_ENTITY_MAX}`).optional(),
  entityId: z.string().trim().max(AUDIT_ENTITY_ID_MAX, `form.tooLong|max=${AUDIT_ENTITY_ID_MAX}`).optional(),
  action: z.string().trim().max(AUDIT_ACTION_MAX, `form.tooLong|max=${AUDIT_ACTION_MAX}`).optional(),
  before: z.iso.datetime().optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:audit:any");
  const params = new URL(request.url).searchParams;
  const db = await getDb();
  const entities = await listAuditEntities(db);
  // Only the first value of each key counts; anything else in the URL is ignored.
  const raw = {
    entity: params.get("entity") ?? undefined,
    entityId: params.get("entityId") ?? undefined,
    action: params.get("action") ?? undefined,
    before: params.get("before") ?? undefined,
  };
  const parsed = AuditQuerySchema.safeParse(raw);
  if (!parsed.success) {
    // A filter too long to be real: say which field, keep what was typed (cut to the field's size).
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    const query = {
      entity: raw.entity?.slice(0, AUDIT_ENTITY_MAX),
      entityId: raw.entityId?.slice(0, AUDIT_ENTITY_ID_MAX),
      action: raw.action?.slice(0, AUDIT_ACTION_MAX),
      before: undefined,
    };
    return json({ events: [], hasMore: false, entities, query, fieldErrors, timeZone: user.timeZone }, { status: 400 });
  }
  const query = parsed.data;
  const page = await listAuditEvents(
    db,
    { ...query, before: query.before ? new Date(query.before) : undefined },
    { guidanceContents: roleHasPermission(user.role, "read:guidance-request:any") },
  );
  return json({ ...page, entities, query, fieldErrors: {} as Record<string, string>, timeZone: user.timeZone });
}

/** A catalogue label for a code, or the code itself when the catalogue does not know it yet. */
function labelOr(t: ReturnType<typeof useT>, key: string, code: string) {
  return Object.hasOwn(zh, key) ? t(key as MessageKey) : code;
}

export default function AuditLog() {
  const { events, hasMore, entities, query, fieldErrors, timeZone } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const format = dateTimeFormat(INTL_LOCALE[locale], { dateStyle: "short", timeStyle: "medium", timeZone });
  const last = events.at(-1);
  const nextParams = new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), before: last?.at ?? "" });
  const entityName = (entity: string) => auditEntityText(t, entity);
  const label = useLabel();
  const languageName = useLanguageName();
  // Coded values read as words where the catalogue knows them (a role, a language, a kind, a
  // state); anything else is what someone typed (a name, a note) and is marked as data.
  const listSep = locale === "zh" ? "、" : ", ";
  const value = (field: string, v: AuditValue) => {
    if (v === null) return "—";
    if (typeof v === "boolean") return t(v ? "common.yes" : "common.no");
    if (field === "role") return labelOr(t, `role.${v}`, v);
    if (field === "language" || field === "locale") return languageName(v);
    if (field === "languages") return v.split(", ").map(languageName).join(listSep);
    if (field === "kind" || field === "jurisdiction") return label(field, v);
    if (field === "ipTypes" || field === "industries")
      return v
        .split(", ")
        .map((id) => label(field, id))
        .join(listSep);
    if (field === "jurisdictions" || field === "markets")
      return v
        .split(", ")
        .map((id) => label("jurisdiction", id))
        .join(listSep);
    const coded = auditCodedValueText(t, field, v);
    if (coded !== null) return coded;
    return <span translate="no">{v}</span>;
  };
  const error = (field: string) => (fieldErrors[field] ? formatMessage(locale, fieldErrors[field]) : undefined);
  return (
    <>
      <h1>{t("audit.title")}</h1>
      {Object.keys(fieldErrors).length > 0 ? (
        <p className="error-summary" role="alert">
          {t("audit.invalidQuery")}
        </p>
      ) : null}
      <Form method="get" className="filters">
        <SelectField
          name="entity"
          label={t("audit.entity")}
          defaultValue={query.entity ?? ""}
          error={error("entity")}
          options={[{ value: "", label: t("audit.all") }, ...entities.map((e) => ({ value: e, label: entityName(e) }))]}
        />
        <TextField name="entityId" label={t("audit.entityId")} defaultValue={query.entityId ?? ""} error={error("entityId")} />
        <TextField name="action" label={t("audit.action")} defaultValue={query.action ?? ""} error={error("action")} />
        <div className="field">
          <button type="submit">{t("audit.filter")}</button>
        </div>
      </Form>
      {events.length === 0 ? (
        <p className="muted">{t("audit.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="audit-table">
            <thead>
              <tr>
                <th>{t("audit.at")}</th>
                <th>{t("audit.actor")}</th>
                <th>{t("audit.action")}</th>
                <th>{t("audit.entity")}</th>
                <th>{t("audit.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="audit-table__at">{format.format(new Date(e.at))}</td>
                  <td>
                    {e.actor ? (
                      <>
                        {e.actor.name}
                        <div className="muted">{e.actor.email}</div>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>
                    <span title={e.action} data-action={e.action}>
                      {auditActionText(t, e.action, e.entity)}
                    </span>
                    {e.ip ? (
                      <div className="muted">
                        {t("audit.ip")}: {e.ip}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    {entityName(e.entity)}
                    {e.entityId ? (
                      <div>
                        <Link to={`?entity=${encodeURIComponent(e.entity)}&entityId=${encodeURIComponent(e.entityId)}`}>{e.entityId}</Link>
                      </div>
                    ) : null}
                  </td>
                  <td>
                    {e.raw ? (
                      <code className="audit-table__raw">{e.raw}</code>
                    ) : e.changes.length ? (
                      <ul className="audit-changes">
                        {e.changes.map((c) => (
                          <li key={c.field}>
                            <span className="audit-changes__field" title={c.field}>
                              {auditFieldText(t, c.field)}
                            </span>
                            :{" "}
                            {c.before !== null ? (
                              <>
                                <del>{value(c.field, c.before)}</del> →{" "}
                              </>
                            ) : null}
                            <ins>{value(c.field, c.after)}</ins>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasMore && last ? (
        <p>
          <Link to={`?${nextParams}`}>{t("audit.next")} →</Link>
        </p>
      ) : null}
    </>
  );
}

export const meta = titleMeta("audit.title");
