import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useParams } from "@remix-run/react";
import { NoticeDocumentView } from "~/components/guidance-notice.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { getNotice } from "~/models/guidance-notice.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "read:guidance-request:any");
  const notice = await getNotice(await getDb(), params.id ?? "", params.noticeId ?? "");
  if (!notice) throw new Response("Not found", { status: 404 });
  return json({ notice });
}

export default function NoticePage() {
  const { notice } = useLoaderData<typeof loader>();
  const { id } = useParams();
  const t = useT();
  // Not nested in the request page (`$id_`): the request page renders no child outlet.
  return (
    <>
      <p className="no-print">
        <Link to={`/staff/requests/${id}`}>← {t("journeys.backToRequest")}</Link>
      </p>
      <NoticeDocumentView notice={notice} />
    </>
  );
}

export const meta = titleMeta("notice.list");
