import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { countCompanies } from "~/models/company.server.ts";
import { countUsersByRole } from "~/models/user.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:user:any");
  const db = await getDb();
  return json({ byRole: await countUsersByRole(db), companies: await countCompanies(db) });
}

export default function AdminHome() {
  const { byRole, companies } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("home.admin.title")}</h1>
      <div className="stats">
        {Object.entries(byRole).map(([role, count]) => (
          <div className="stat" key={role}>
            <strong>{count}</strong>
            {t(`role.${role}` as MessageKey)}
          </div>
        ))}
        <div className="stat">
          <strong>{companies}</strong>
          {t("home.stats.companies")}
        </div>
      </div>
      <p style={{ marginTop: "1rem" }}>
        <Link to="/admin/users">{t("users.title")} →</Link>
      </p>
    </>
  );
}

export const meta = titleMeta("home.admin.title");
