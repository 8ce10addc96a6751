import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SubsidyNoticeDocument } from "~/components/support-parts.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { getApplicationForStaff, subsidyNotice } from "~/models/subsidy-application.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:support:any");
  const db = await getDb();
  const app = await getApplicationForStaff(db, parseParams(params, IdParamsSchema).id);
  const notice = app ? await subsidyNotice(db, app) : null;
  if (!notice) throw new Response("Not found", { status: 404 });
  return json({ notice });
}

export default function StaffSubsidyNotice() {
  const { notice } = useLoaderData<typeof loader>();
  return <SubsidyNoticeDocument notice={notice} />;
}

export const meta = titleMeta("support.apps.notice");
