// The guide of a forum (a case type or dispute type), as alerts, cases and requests link to it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useT } from "~/i18n/use-t.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { guideForForum } from "~/models/country-guide.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:support:any");
  const guide = await guideForForum(await getDb(), params.forum);
  if (guide) return redirect(`/staff/guides/${guide.slug}`);
  return null;
}

export default function NoGuideForForum() {
  const t = useT();
  return <p>{t("support.guides.noneForForum")}</p>;
}

export const meta = titleMeta("support.guides.title");
