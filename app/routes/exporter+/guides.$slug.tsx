import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GuideArticle } from "~/components/support-parts.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { getPublishedGuide } from "~/models/country-guide.server.ts";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "exporter");
  const guide = await getPublishedGuide(await getDb(), params.slug ?? "");
  if (!guide) throw new Response("Not found", { status: 404 });
  return json({ guide });
}

export default function ExporterGuide() {
  const { guide } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <p>
        <Link to="/exporter/guides">← {t("support.guides.title")}</Link>
      </p>
      <GuideArticle guide={guide} />
    </>
  );
}

export const meta = titleMeta("support.guides.title");
