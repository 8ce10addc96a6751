import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { getOwnObservation } from "~/models/observation.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const o = await getOwnObservation(await getDb(), parseParams(params, IdParamsSchema).id, authed.companyId);
  if (!o) throw new Response("Not found", { status: 404 });
  return json({
    o: {
      title: o.title,
      country: o.country,
      forum: o.forum,
      whatHappened: o.whatHappened,
      parties: parseList(o.parties),
      products: parseList(o.products),
      links: parseList(o.links),
      urgency: o.urgency,
      state: o.state,
      outcomeNote: o.outcomeNote,
      riskItemId: o.riskItemId,
    },
  });
}

export default function ExporterObservation() {
  const { o } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const t = useT();
  return (
    <>
      <p>
        <Link to="/exporter/observations">← {t("support.obs.mine")}</Link>
      </p>
      <h1>{o.title}</h1>
      {search.get("submitted") ? <p role="status">{t("support.obs.submitted")}</p> : null}
      <p>
        {o.country} {o.forum ? `· ${o.forum}` : ""} · {t(`support.urgency.${o.urgency}` as MessageKey)}
      </p>
      <p style={{ whiteSpace: "pre-wrap" }}>{o.whatHappened}</p>
      {o.parties.length ? <p>{o.parties.join("、")}</p> : null}
      {o.products.length ? <p>{o.products.join("、")}</p> : null}
      <ul>
        {o.links.map((l) => (
          <li key={l}>
            <a href={l} rel="noopener noreferrer nofollow" target="_blank">
              {l}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t("support.obs.outcome")}</h2>
      <p>
        {t(`support.observation.state.${o.state}` as MessageKey)}
        {o.outcomeNote ? ` · ${o.outcomeNote}` : ""}
        {o.riskItemId ? (
          <>
            {" "}
            · <Link to={`/exporter/items/${o.riskItemId}`}>{t("support.obs.item")}</Link>
          </>
        ) : null}
      </p>
    </>
  );
}

export const meta = titleMeta("support.obs.title");
