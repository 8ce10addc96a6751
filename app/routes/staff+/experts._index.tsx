import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useLabel } from "~/components/search-labels.tsx";
import { INDUSTRY_LABELS, IP_TYPE_LABELS } from "~/domain/taxonomy.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { ExpertListQuerySchema, listExperts } from "~/models/expert.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:expert:any");
  const filter = ExpertListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json({ filter, experts: await listExperts(await getDb(), filter) });
}

export default function ExpertsList() {
  const { filter, experts } = useLoaderData<typeof loader>();
  const t = useT();
  const label = useLabel();
  const locale = useLocale();
  return (
    <>
      <h1>{t("experts.title")}</h1>
      <div className="toolbar">
        <Link to="/staff/experts/new" className="button">
          {t("experts.new")}
        </Link>
      </div>
      <Form method="get" className="filters">
        <input name="q" defaultValue={filter.q ?? ""} aria-label={t("experts.col.name")} placeholder={t("experts.col.name")} />
        <select name="ipType" defaultValue={filter.ipType ?? ""} aria-label={t("experts.field.ipTypes")}>
          <option value="">
            {t("experts.field.ipTypes")}: {t("experts.filter.all")}
          </option>
          {IP_TYPE_LABELS.map((i) => (
            <option key={i.id} value={i.id}>
              {i[locale]}
            </option>
          ))}
        </select>
        <select name="industry" defaultValue={filter.industry ?? ""} aria-label={t("experts.field.industries")}>
          <option value="">
            {t("experts.field.industries")}: {t("experts.filter.all")}
          </option>
          {INDUSTRY_LABELS.map((i) => (
            <option key={i.id} value={i.id}>
              {i[locale]}
            </option>
          ))}
        </select>
        <input name="jurisdiction" defaultValue={filter.jurisdiction ?? ""} aria-label={t("experts.field.jurisdictions")} placeholder="US" size={4} />
        <select name="active" defaultValue={filter.active ?? ""} aria-label={t("experts.field.active")}>
          <option value="">{t("experts.filter.all")}</option>
          <option value="yes">{t("experts.field.active")}</option>
          <option value="no">{t("experts.inactive")}</option>
        </select>
        <button type="submit">{t("experts.filter")}</button>
      </Form>
      {experts.length === 0 ? (
        <p className="muted">{t("experts.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="muted">{t("experts.count", { count: experts.length })}</caption>
            <thead>
              <tr>
                <th>{t("experts.col.name")}</th>
                <th>{t("experts.field.organisation")}</th>
                <th>{t("experts.field.ipTypes")}</th>
                <th>{t("experts.field.jurisdictions")}</th>
                <th>{t("experts.col.open")}</th>
                <th>{t("experts.col.rating")}</th>
              </tr>
            </thead>
            <tbody>
              {experts.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/staff/experts/${e.id}`}>{e.displayNameZh}</Link>
                    {e.active ? null : <span className="muted"> ({t("experts.inactive")})</span>}
                  </td>
                  <td>{e.organisation}</td>
                  <td>{e.ipTypes.map((i) => label("ipTypes", i)).join("、")}</td>
                  <td>{e.jurisdictions.map((j) => label("jurisdiction", j)).join("、")}</td>
                  <td>
                    {e.open}/{e.capacity}
                  </td>
                  <td>{e.averageRating ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export const meta = titleMeta("experts.title");
