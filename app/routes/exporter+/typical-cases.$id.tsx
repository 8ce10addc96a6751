import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { getPublishedTypicalCase } from "~/models/typical-case.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireExporterCompany(request);
  const tc = await getPublishedTypicalCase(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!tc) throw new Response("Not found", { status: 404 });
  return json({ tc });
}

export default function ExporterTypicalCase() {
  const { tc } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article>
      <h1>{tc.title}</h1>
      <p className="muted">{tc.tags.join(" · ")}</p>
      {(["summary", "facts", "response", "outcome", "lessons"] as const).map((f) => (
        <section key={f}>
          <h2>{t(`tc.field.${f}`)}</h2>
          <p className="prewrap">{tc[f]}</p>
        </section>
      ))}
    </article>
  );
}

export const meta = titleMeta("tc.title");
