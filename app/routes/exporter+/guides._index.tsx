import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { listGuides } from "~/models/country-guide.server.ts";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "exporter");
  return json({ guides: await listGuides(await getDb(), { publishedOnly: true }) });
}

export default function ExporterGuides() {
  const { guides } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("support.guides.title")}</h1>
      {guides.length === 0 ? <p>{t("support.guides.none")}</p> : null}
      <ul>
        {guides.map((g) => (
          <li key={g.slug}>
            <Link to={`/exporter/guides/${g.slug}`}>{locale === "en" ? g.title.en : g.title.zh}</Link> · {g.jurisdiction}
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta = titleMeta("support.guides.title");
