// A guide for staff: any version (history readable), sending a draft for review, and review
// (publish or return) by someone other than the author.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, TextAreaField, useMessage } from "~/components/forms.tsx";
import { GuideArticle } from "~/components/support-parts.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { GuideError, getGuideForStaff, reviewGuideVersion, submitGuideForReview } from "~/models/country-guide.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, optionalNoteField, parseFormWith, parseIntent, parseSearchParams, readForm } from "~/utils/forms.server.ts";

// An unknown or malformed ?version= shows the latest version, as before.
const VersionQuerySchema = z.object({ version: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined) });
// Built on call: it uses a .server export, which is undefined in the browser bundle, so a
// top-level schema would crash the page's client module.
const reviewSchema = () =>
  z.object({
    versionId: z.string().min(1).max(64),
    note: optionalNoteField,
  });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const authed = await requirePermission(request, "manage:support:any");
  const query = parseSearchParams(request, VersionQuerySchema);
  const guide = await getGuideForStaff(await getDb(), params.slug ?? "", query.ok ? query.data.version : undefined);
  if (!guide?.shown) throw new Response("Not found", { status: 404 });
  return json({ guide, me: authed.user.id });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:support:any");
  const form = await readForm(request, authed);
  const db = await getDb();
  const guide = await getGuideForStaff(db, params.slug ?? "");
  if (!guide) throw new Response("Not found", { status: 404 });
  const intent = parseIntent(form, ["submit", "publish", "return"]);
  const parsed = parseFormWith(form, reviewSchema());
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const { versionId, note } = parsed.data;
  if (!guide.history.some((h) => h.id === versionId)) throw new Response("Not found", { status: 404 });
  try {
    if (intent === "submit") await submitGuideForReview(db, versionId, authed.user.id);
    else await reviewGuideVersion(db, { versionId, decision: intent, note, actorId: authed.user.id });
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
  const msg = useMessage();
  const fieldErrors: Record<string, string> = data && "fieldErrors" in data ? data.fieldErrors : {};
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
          <TextAreaField name="note" label={t("support.f.note")} rows={2} error={msg(fieldErrors.note)} />
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
