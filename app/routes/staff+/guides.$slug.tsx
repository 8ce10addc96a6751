// A guide for staff: any version (history readable), sending a draft for review, and review
// (publish or return) by someone other than the author.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, TextAreaField } from "~/components/forms.tsx";
import { GuideArticle } from "~/components/support-parts.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { GuideError, getGuideForStaff, reviewGuideVersion, submitGuideForReview } from "~/models/country-guide.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { readForm } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const authed = await requirePermission(request, "manage:support:any");
  const version = Number(new URL(request.url).searchParams.get("version")) || undefined;
  const guide = await getGuideForStaff(await getDb(), params.slug ?? "", version);
  if (!guide?.shown) throw new Response("Not found", { status: 404 });
  return json({ guide, me: authed.user.id });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:support:any");
  const form = await readForm(request, authed);
  const db = await getDb();
  const guide = await getGuideForStaff(db, params.slug ?? "");
  const versionId = String(form.get("versionId") ?? "");
  if (!guide || !guide.history.some((h) => h.id === versionId)) throw new Response("Not found", { status: 404 });
  const intent = form.get("intent");
  const note = String(form.get("note") ?? "").trim() || null;
  try {
    if (intent === "submit") await submitGuideForReview(db, versionId, authed.user.id);
    else if (intent === "publish" || intent === "return") await reviewGuideVersion(db, { versionId, decision: intent, note, actorId: authed.user.id });
    else return json({ formError: "guidance.err.unknownAction" }, { status: 400 });
  } catch (error) {
    if (error instanceof GuideError) return json({ formError: `support.err.${error.code}` }, { status: 409 });
    throw error;
  }
  return redirect(`/staff/guides/${params.slug}`);
}

export default function StaffGuide() {
  const { guide, me } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const shown = guide.shown!;
  return (
    <>
      <p>
        <Link to="/staff/guides">← {t("support.guides.title")}</Link> · <Link to={`/staff/guides/${guide.slug}/edit`}>{t("support.guides.edit")}</Link>
      </p>
      {data?.formError ? (
        <p role="alert" className="form-error">
          {t(data.formError as MessageKey)}
        </p>
      ) : null}
      {shown.status === "draft" || shown.status === "returned" ? (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="versionId" value={shown.id} />
          <button type="submit" name="intent" value="submit">
            {t("support.guides.submitReview")}
          </button>
        </Form>
      ) : null}
      {shown.status === "in-review" && shown.authorId !== me ? (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="versionId" value={shown.id} />
          <TextAreaField name="note" label={t("support.f.note")} rows={2} />
          <button type="submit" name="intent" value="publish">
            {t("support.guides.publish")}
          </button>{" "}
          <button type="submit" name="intent" value="return">
            {t("support.guides.return")}
          </button>
        </Form>
      ) : null}
      <GuideArticle guide={shown} />
      <section>
        <h2>{t("support.guides.history")}</h2>
        <ol reversed>
          {guide.history.map((h) => (
            <li key={h.id}>
              <Link to={`/staff/guides/${guide.slug}?version=${h.version}`}>{t("support.guides.version", { version: String(h.version) })}</Link> ·{" "}
              {t(`support.guides.status.${h.status}` as MessageKey)} · {h.createdAt.slice(0, 10)} · {h.author ?? "—"}
              {h.reviewer ? ` → ${h.reviewer}` : ""} {h.changeNote ? `· ${h.changeNote}` : ""} {h.reviewNote ? `· ${h.reviewNote}` : ""}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

export const meta = titleMeta("support.guides.title");
