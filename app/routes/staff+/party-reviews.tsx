// Staff: grey-zone party names ("is this our company?"). Confirming writes the company's
// critical alert; a review another staff member already decided says so instead of failing.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { PartyEvidence } from "~/components/party-evidence.tsx";
import { useT } from "~/i18n/use-t.ts";
import { decidePartyReview, listPartyReviews, ReviewAlreadyDecidedError } from "~/models/alert.server.ts";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseFormWith, readForm } from "~/utils/forms.server.ts";

const DecisionSchema = z.object({ id: z.string().min(1).max(64), decision: z.enum(["confirm", "reject"]) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, ["staff", "admin"]);
  const reviews = await listPartyReviews(await getDb(), "pending");
  return json({
    reviews: reviews.map((r) => ({
      id: r.id,
      partyName: r.partyName,
      partyRole: r.partyRole,
      score: r.score,
      evidence: r.evidence,
      company: r.company,
      item: { id: r.riskItem.id, title: r.riskItem.title, caseNumber: r.riskItem.caseNumber },
      caseId: r.riskItem.caseId,
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireUserWithRole(request, ["staff", "admin"]);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, DecisionSchema);
  if (!parsed.ok) throw new Response("Bad Request", { status: 400 });
  try {
    const review = await decidePartyReview(await getDb(), parsed.data.id, parsed.data.decision, authed.user.id);
    if (!review) throw new Response("Not Found", { status: 404 });
    return json({ message: parsed.data.decision === "confirm" ? ("reviews.confirmed" as const) : ("reviews.rejected" as const) });
  } catch (error) {
    if (error instanceof ReviewAlreadyDecidedError) return json({ message: "reviews.alreadyDecided" as const }, { status: 409 });
    throw error;
  }
}

export default function PartyReviews() {
  const { reviews } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("reviews.title")}</h1>
      <p className="muted">{t("reviews.hint")}</p>
      {data?.message ? (
        <p className="flash" role="status">
          {t(data.message)}
        </p>
      ) : null}
      {reviews.length === 0 ? <p>{t("reviews.empty")}</p> : null}
      <ul className="alert-list">
        {reviews.map((r) => (
          <li key={r.id} className="card" data-review-id={r.id}>
            <dl>
              <dt>{t("reviews.printed")}</dt>
              <dd>
                <strong>{r.partyName}</strong> · {t(r.partyRole === "complainant" ? "reason.party.complainant" : "reason.party.respondent")}
              </dd>
              <dt>{t("reviews.candidate")}</dt>
              <dd>
                {r.company.nameZh}
                {r.company.nameEn ? <> · {r.company.nameEn}</> : null}
                {r.company.city ? <> · {r.company.city}</> : null} · <code>{r.company.creditCode}</code>
              </dd>
              <dt>{t("reviews.score")}</dt>
              <dd>{r.score.toFixed(2)}</dd>
              <dt>{t("reviews.evidence")}</dt>
              <dd>
                <ul>
                  {r.evidence.map((e, i) => (
                    <li key={i}>
                      <PartyEvidence raw={e} />
                    </li>
                  ))}
                </ul>
              </dd>
              <dt>{t("reviews.item")}</dt>
              <dd>
                <Link to={`/staff/items/${r.item.id}`}>{r.item.title}</Link>
                {r.item.caseNumber ? <> · {r.item.caseNumber}</> : null}
                {r.caseId ? (
                  <>
                    {" "}
                    · <Link to={`/staff/cases/${r.caseId}`}>{t("alerts.caseLink")}</Link>
                  </>
                ) : null}
              </dd>
            </dl>
            <div className="alert-card__actions">
              {(["confirm", "reject"] as const).map((decision) => (
                <Form method="post" key={decision} className="inline-form">
                  <CsrfInput />
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="decision" value={decision} />
                  <button type="submit">{t(decision === "confirm" ? "reviews.confirm" : "reviews.reject")}</button>
                </Form>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta = titleMeta("reviews.title");
