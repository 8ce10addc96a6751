// Exporter: the facts and notices of a case the company has an alert on; any other case is 404.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CaseFacts } from "~/components/case-facts.tsx";
import { GuideLink } from "~/components/support-parts.tsx";
import { forumOf } from "~/support/vocabulary.ts";
import { DEFAULT_TIME_ZONE } from "~/domain/locale.ts";
import { useT } from "~/i18n/use-t.ts";
import { getCaseForCompany } from "~/models/case.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { companyId, user } = await requireExporterCompany(request);
  const { id } = parseParams(params, IdParamsSchema);
  const kase = await getCaseForCompany(await getDb(), companyId, id);
  if (!kase) throw new Response("Not Found", { status: 404 });
  return json({ kase, timeZone: user.timeZone || DEFAULT_TIME_ZONE });
}

export default function ExporterCase() {
  const { kase, timeZone } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <CaseFacts kase={kase} itemsPath="/exporter/items" timeZone={timeZone} />
      <p>
        <Link to={`/exporter/requests/new?alert=${encodeURIComponent(kase.alert.id)}`}>{t("alerts.requestGuidance")}</Link> ·{" "}
        <GuideLink base="/exporter" forum={forumOf(kase.caseType)} />
      </p>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.kase.title }] : []);
