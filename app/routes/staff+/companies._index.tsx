import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { countCompanies, listCompanies } from "~/models/company.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

const QuerySchema = z.object({ q: z.string().trim().max(200).optional().catch(undefined) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:company:any");
  const { q } = QuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const [companies, count] = await Promise.all([listCompanies(db, q, 200), countCompanies(db, q)]);
  return json({ q: q ?? "", count, companies });
}

export default function CompaniesList() {
  const { q, count, companies } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("companies.title")}</h1>
      <div className="toolbar">
        <Link to="/staff/companies/import" className="button">
          {t("companies.import")}
        </Link>
      </div>
      <Form method="get" className="filters">
        <input name="q" defaultValue={q} aria-label={t("companies.search")} placeholder={t("companies.search")} />
        <button type="submit">{t("companies.searchSubmit")}</button>
      </Form>
      <p role="status">{t("companies.count", { count })}</p>
      {companies.length === 0 ? (
        <p>{t("companies.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("company.nameZh")}</th>
              <th>{t("company.nameEn")}</th>
              <th>{t("company.creditCode")}</th>
              <th>{t("company.city")}</th>
            </tr>
          </thead>
          <tbody>
            {companies.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/staff/companies/${c.id}`}>{c.nameZh}</Link>
                </td>
                <td>{c.nameEn}</td>
                <td>{c.creditCode}</td>
                <td>{[c.province, c.city].filter(Boolean).join(" ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export const meta = titleMeta("companies.title");
