// Staff: a case with the local companies it names, grouped with their contacts (joint defence),
// and the person in the loop: staff correct the parties (add, remove or fix a respondent or
// complainant); the case's items are matched again at once and every change is audited.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseFacts } from "~/components/case-facts.tsx";
import { GuideLink } from "~/components/support-parts.tsx";
import { caseNotes } from "~/models/observation.server.ts";
import { forumOf } from "~/support/vocabulary.ts";
import { CsrfInput, ErrorSummary, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import { useDateFormat } from "~/components/search-labels.tsx";
import { DEFAULT_TIME_ZONE } from "~/domain/locale.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { correctCaseParties, getCaseForStaff, listCaseCorrections, PartyCorrectionSchema, UnknownPartyError } from "~/models/case.server.ts";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, IdParamsSchema, parseFormWith, parseParams, readForm } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUserWithRole(request, ["staff", "admin"]);
  const { id } = parseParams(params, IdParamsSchema);
  const db = await getDb();
  const kase = await getCaseForStaff(db, id);
  if (!kase) throw new Response("Not Found", { status: 404 });
  const notes = (await caseNotes(db, kase.id)).map((n) => ({ id: n.id, body: n.body, at: n.createdAt.toISOString().slice(0, 10) }));
  return json({ kase, notes, corrections: await listCaseCorrections(db, kase.id), timeZone: user.timeZone || DEFAULT_TIME_ZONE });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requireUserWithRole(request, ["staff", "admin"]);
  const { id } = parseParams(params, IdParamsSchema);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, PartyCorrectionSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  try {
    const result = await correctCaseParties(await getDb(), id, parsed.data, authed.user.id);
    if (!result) throw new Response("Not Found", { status: 404 });
    return json({ ok: true as const, alerts: result.alerts, reviews: result.reviews });
  } catch (error) {
    if (error instanceof UnknownPartyError) return badRequest({ fieldErrors: { previousName: "case.parties.err.unknown" }, values: parsed.values });
    throw error;
  }
}

export default function StaffCase() {
  const { kase, notes, corrections, timeZone } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const message = useMessage();
  const date = useDateFormat(timeZone, "dateTime");
  const errors: Record<string, string> = data && !data.ok ? data.fieldErrors : {};
  const values: Record<string, string> = data && !data.ok && data.values ? data.values : {};
  const reviewItemId = params.get("review");
  const roleLabel = (r: string) => t(`case.parties.role.${r === "complainant" ? "complainant" : "respondent"}`);
  const labels = {
    role: t("case.parties.role"),
    action: t("case.parties.action"),
    previousName: t("case.parties.previousName"),
    name: t("case.parties.name"),
    location: t("case.parties.location"),
  };
  return (
    <>
      <CaseFacts kase={kase} itemsPath="/staff/items" timeZone={timeZone} />
      <p>
        <GuideLink base="/staff" forum={forumOf(kase.caseType)} />
      </p>
      <p>
        <Link to={`/staff/typical-cases?caseId=${encodeURIComponent(kase.id)}`}>{t("tc.propose")}</Link>
      </p>
      {notes.length ? (
        <section aria-labelledby="notes-h">
          <h2 id="notes-h">{t("support.obs.title")}</h2>
          <ul>
            {notes.map((n) => (
              <li key={n.id}>
                {n.at} · {n.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="co-h">
        <h2 id="co-h">{t("case.coRespondents")}</h2>
        {kase.coRespondents.length === 0 ? <p className="muted">{t("case.coRespondents.none")}</p> : null}
        <ul>
          {kase.coRespondents.map((c) => (
            <li key={c.id} data-company-id={c.id}>
              <strong>{c.nameZh}</strong>
              {c.nameEn ? <> · {c.nameEn}</> : null}
              {c.city ? <> · {c.city}</> : null} · <code>{c.creditCode}</code>
              <br />
              {t("case.contacts")}:{" "}
              {c.contacts.length === 0
                ? t("case.noContacts")
                : c.contacts.map((email, i) => (
                    <span key={email}>
                      {i > 0 ? ", " : null}
                      <a href={`mailto:${email}`}>{email}</a>
                    </span>
                  ))}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="fix-h">
        <h2 id="fix-h">{t("case.parties.edit")}</h2>
        <p className="muted">{t("case.parties.hint")}</p>
        {data?.ok ? (
          <p className="flash" role="status">
            {t("case.parties.saved", { alerts: data.alerts, reviews: data.reviews })}
          </p>
        ) : null}
        <ErrorSummary errors={errors} labels={labels} />
        <Form method="post" noValidate>
          <CsrfInput />
          {reviewItemId ? <input type="hidden" name="reviewItemId" value={reviewItemId} /> : null}
          <SelectField
            name="role"
            label={labels.role}
            defaultValue={values.role ?? "respondent"}
            options={["respondent", "complainant"].map((r) => ({ value: r, label: roleLabel(r) }))}
            error={message(errors.role)}
          />
          <SelectField
            name="action"
            label={labels.action}
            defaultValue={values.action ?? "add"}
            options={["add", "remove", "fix"].map((a) => ({ value: a, label: t(`case.parties.action.${a}` as MessageKey) }))}
            error={message(errors.action)}
          />
          <TextField name="previousName" label={labels.previousName} defaultValue={values.previousName ?? ""} error={message(errors.previousName)} />
          <TextField name="name" label={labels.name} defaultValue={values.name ?? ""} error={message(errors.name)} />
          <TextField name="location" label={labels.location} defaultValue={values.location ?? ""} error={message(errors.location)} />
          <button type="submit">{t("case.parties.submit")}</button>
        </Form>
        <h3>{t("case.parties.history")}</h3>
        {corrections.length === 0 ? <p className="muted">{t("case.parties.noHistory")}</p> : null}
        <ul className="plain-list">
          {corrections.map((c) => (
            <li key={c.id}>
              <time dateTime={c.createdAt}>{date(c.createdAt)}</time> · {t(`case.parties.action.${c.action}` as MessageKey)} · {roleLabel(c.role)} ·{" "}
              {c.previousName ? <del>{c.previousName}</del> : null} {c.name ? <ins>{c.name}</ins> : null}
              {c.location ? <span className="muted"> ({c.location})</span> : null}
              {c.by ? <span className="muted"> — {c.by}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.kase.title }] : []);
