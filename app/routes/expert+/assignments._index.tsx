import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { listExpertAssignments } from "~/models/advice.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:guidance-request:assigned");
  const rows = await listExpertAssignments(await getDb(), user.id);
  return json({
    assignments: rows.map((a) => ({
      id: a.id,
      status: a.status,
      requestId: a.request.id,
      disputeType: a.request.disputeType,
      country: a.request.country,
      forum: a.request.forum,
      respondBy: a.respondBy?.toISOString().slice(0, 10) ?? null,
    })),
  });
}

export default function MyAssignments() {
  const { assignments } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("experts.portal.title")}</h1>
      {assignments.length === 0 ? (
        <p className="muted">{t("experts.portal.empty")}</p>
      ) : (
        <ul>
          {assignments.map((a) => (
            <li key={a.id}>
              <Link to={`/expert/assignments/${a.id}`}>
                {a.disputeType} · {[a.country, a.forum].filter(Boolean).join(" ")}
              </Link>{" "}
              — {t(`experts.status.${a.status}` as MessageKey)}
              {a.status === "proposed" && a.respondBy ? ` · ${t("experts.portal.respondBy", { date: a.respondBy })}` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export const meta = titleMeta("experts.portal.title");
