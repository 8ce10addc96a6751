import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AdviceView } from "~/components/advice-view.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { deliveredAdviceForExporter } from "~/models/advice.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { companyId } = await requireExporterCompany(request);
  const found = await deliveredAdviceForExporter(await getDb(), parseParams(params, IdParamsSchema).id, companyId);
  if (!found) throw new Response("Not found", { status: 404 });
  return json({
    request: found.request,
    advice: found.advice.map((a) => ({
      ...a,
      expertName: a.expert.displayNameZh,
      expertOrg: a.expert.organisation,
      deliveredAt: a.deliveredAt?.toISOString().slice(0, 10) ?? null,
    })),
  });
}

export default function ExporterAdvice() {
  const { request, advice } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <p>
        <Link to={`/exporter/requests/${request.id}`}>← {request.caseNumber ?? request.disputeType}</Link>
      </p>
      <h1>{t("experts.advice.title")}</h1>
      {advice.length === 0 ? <p className="muted">{t("experts.advice.none")}</p> : null}
      {advice.map((a) => (
        <section key={a.id} className="card">
          <p className="muted">
            {t("experts.advice.by", { name: a.expertName })}
            {a.expertOrg ? ` · ${a.expertOrg}` : ""} · {a.deliveredAt}
          </p>
          <AdviceView advice={a} />
        </section>
      ))}
    </>
  );
}

export const meta = titleMeta("experts.advice.title");
