import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { listGuides } from "~/models/country-guide.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:support:any");
  return json({ guides: await listGuides(await getDb()) });
}

export default function StaffGuides() {
  const { guides } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("support.guides.title")}</h1>
      <ul>
        {guides.map((g) => (
          <li key={g.slug}>
            <Link to={`/staff/guides/${g.slug}`}>{locale === "en" ? g.title.en : g.title.zh}</Link> · {g.jurisdiction} ·{" "}
            {g.latestVersion ? t("support.guides.version", { version: String(g.latestVersion) }) : ""}{" "}
            {g.latestStatus ? t(`support.guides.status.${g.latestStatus}` as MessageKey) : ""}
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta = titleMeta("support.guides.title");
