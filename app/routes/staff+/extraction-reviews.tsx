// Staff: items whose party extraction is unsure (the text announces more parties than were
// found, a party phrase was not parsed, a 337 notice yielded no respondent). The text is shown
// as text with the phrase in <mark> elements built from parts, never as HTML; staff correct
// the case's parties (the case page, which re-runs matching) or dismiss, both audited.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { dismissExtractionReview, listExtractionReviews } from "~/models/extraction-review.server.ts";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseFormWith, readForm } from "~/utils/forms.server.ts";

const DismissSchema = z.object({ id: z.string().min(1).max(64), intent: z.literal("dismiss") });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, ["staff", "admin"]);
  return json({ reviews: await listExtractionReviews(await getDb()) });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireUserWithRole(request, ["staff", "admin"]);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, DismissSchema);
  if (!parsed.ok) throw new Response("Bad Request", { status: 400 });
  if (!(await dismissExtractionReview(await getDb(), parsed.data.id, authed.user.id))) throw new Response("Not Found", { status: 404 });
  return json({ message: "extraction.dismissed" as const });
}

export default function ExtractionReviews() {
  const { reviews } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("extraction.title")}</h1>
      <p className="muted">{t("extraction.intro")}</p>
      {data?.message ? (
        <p className="flash" role="status">
          {t(data.message)}
        </p>
      ) : null}
      {reviews.length === 0 ? <p>{t("extraction.empty")}</p> : null}
      <ul className="alert-list">
        {reviews.map((r) => (
          <li key={r.id} className="card" data-extraction-review={r.id}>
            <h2>
              <Link to={`/staff/items/${r.id}`}>{r.title}</Link>
              {r.caseNumber ? <> · {r.caseNumber}</> : null}
            </h2>
            <ul className="tags">
              {r.doubts.map((d, i) => (
                <li key={i} className="badge">
                  {d.kind === "count-shortfall"
                    ? t("extraction.doubt.count-shortfall", { announced: d.announced ?? "?", found: d.found ?? "?" })
                    : t(`extraction.doubt.${d.kind}`)}
                </li>
              ))}
            </ul>
            <p>
              {t("extraction.extracted")}: {r.respondents.join("; ") || t("common.none")}
            </p>
            <blockquote className="extraction-text">
              {r.parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
            </blockquote>
            <div className="alert-card__actions">
              {r.caseId ? (
                <Link className="button" to={`/staff/cases/${r.caseId}?review=${encodeURIComponent(r.id)}#fix-h`}>
                  {t("extraction.correct")}
                </Link>
              ) : (
                <p className="muted">{t("extraction.noCase")}</p>
              )}
              <Form method="post" className="inline-form">
                <CsrfInput />
                <input type="hidden" name="id" value={r.id} />
                <input type="hidden" name="intent" value="dismiss" />
                <button type="submit">{t("extraction.dismiss")}</button>
              </Form>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta = titleMeta("extraction.title");
