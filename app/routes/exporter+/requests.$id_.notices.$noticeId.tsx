import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData, useParams } from "@remix-run/react";
import { NoticePageView } from "~/components/guidance-notice.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { getNotice } from "~/models/guidance-notice.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const notice = await getNotice(await getDb(), parseParams(params, IdParamsSchema).id, params.noticeId ?? "", authed.companyId);
  if (!notice) throw new Response("Not found", { status: 404 });
  return json({ notice });
}

export default function NoticePage() {
  const { notice } = useLoaderData<typeof loader>();
  const { id } = useParams();
  // `$id_`: not nested in the request page, which renders no child outlet.
  return <NoticePageView back={`/exporter/requests/${id}`} notice={notice} />;
}

export const meta = titleMeta("notice.list");
