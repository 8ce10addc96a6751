import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getSearchClient } from "#search/client.server.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { searchTypicalCases } from "~/models/typical-case.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";

const QuerySchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  industry: z.string().max(60).optional().catch(undefined),
  jurisdiction: z.string().max(20).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireExporterCompany(request);
  const { q, industry, jurisdiction } = QuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const hits = await searchTypicalCases(getSearchClient(), q ?? "", { industry: industry || undefined, jurisdiction: jurisdiction || undefined }).catch(
    () => null,
  );
  return json({ q: q ?? "", hits });
}

export default function ExporterTypicalCases() {
  const { q, hits } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("tc.title")}</h1>
      <Form method="get" role="search">
        <label>
          {t("tc.search")} <input name="q" type="search" defaultValue={q} maxLength={100} placeholder={t("tc.searchPlaceholder")} />
        </label>{" "}
        <button type="submit">{t("stats.apply")}</button>
      </Form>
      {hits === null ? <p role="alert">{t("search.unavailable")}</p> : null}
      {hits?.length === 0 ? <p className="muted">{t("tc.empty")}</p> : null}
      {hits?.map((h) => (
        <section key={h.id} className="card">
          <h2>
            <Link to={`/exporter/typical-cases/${h.id}`}>{h.title}</Link>
          </h2>
          <p className="prewrap">{h.summary}</p>
        </section>
      ))}
    </>
  );
}

export const meta = titleMeta("tc.title");
