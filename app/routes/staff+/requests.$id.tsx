import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CsrfInput, SelectField, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import { AttachmentList, GuidanceTimeline, transitionErrorKey } from "~/components/guidance-timeline.tsx";
import { DEADLINE_FINISHED_STATES, deadlineWarnings, effectiveDeadline } from "~/guidance/deadlines.ts";
import { RequestSupportBox } from "~/components/support-parts.tsx";
import { supportForRequest } from "~/models/country-guide.server.ts";
import { canEscalateFrom, type RequestState } from "~/domain/request-states.ts";
import { shanghaiDate } from "~/guidance/working-days.ts";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import {
  getRequestForStaff,
  OverrideSchema,
  overrideDeadline,
  requestSummary,
  STAFF_ACTIONS,
  type StaffAction,
  staffActionsFrom,
  staffTransition,
} from "~/models/guidance-intake.server.ts";
import { requireRequestForStaff, TransitionError } from "~/models/guidance-request.server.ts";
import { NoticeLinks } from "~/components/guidance-notice.tsx";
import { DeadlineWarnings } from "~/components/guidance-summary.tsx";
import { listNotices } from "~/models/guidance-notice.server.ts";
import { AssignOwnerSchema, assignRequestOwner, listPossibleOwners, ownersOf } from "~/models/request-owner.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, IdParamsSchema, optionalNoteField, parseFormWith, parseIntent, parseParams, readForm } from "~/utils/forms.server.ts";
import { z } from "zod";

// Built on call: it uses a .server export, which is undefined in the browser bundle, so a
// top-level schema would crash the page's client module.
const noteSchema = () => z.object({ note: optionalNoteField });

const day = (d: Date | null) => (d ? shanghaiDate(d) : null);
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "read:guidance-request:any");
  const r = await getRequestForStaff(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!r) throw new Response("Not found", { status: 404 });
  const staffActions = staffActionsFrom(r.state as RequestState);
  const actions = staffActions.map((a) => a.action);
  const reasoned = staffActions.filter((a) => a.reasonRequired).map((a) => a.action);
  const { products, hsCodes } = requestSummary(r);
  const support = await supportForRequest(await getDb(), r, { insurance: true });
  const owner = (await ownersOf(await getDb(), [r.id])).get(r.id) ?? null;
  return json({
    support,
    owner,
    possibleOwners: await listPossibleOwners(await getDb()),
    r: {
      id: r.id,
      state: r.state,
      company: r.company.nameZh,
      disputeType: r.disputeType,
      country: r.country,
      forum: r.forum,
      opposingParty: r.opposingParty,
      opposingCounsel: r.opposingCounsel,
      caseNumber: r.caseNumber,
      servedAt: day(r.servedAt),
      tempReliefMotion: r.tempReliefMotion,
      statedDeadline: day(r.statedDeadline),
      computedDeadline: day(r.computedDeadline),
      deadline: day(effectiveDeadline(r)),
      warnings: deadlineWarnings(r, new Date()),
      canOverride: !DEADLINE_FINISHED_STATES.includes(r.state),
      deadlineOverrideReason: r.deadlineOverrideReason,
      products,
      hsCodes,
      amountAtStake: r.amountAtStake,
      currency: r.currency,
      whatHappened: r.whatHappened,
      helpWanted: r.helpWanted,
      contactName: r.contactName,
      contactPhone: r.contactPhone,
      contactEmail: r.contactEmail,
      consentToShare: r.consentToShare,
      rating: r.rating,
      feedback: r.feedback,
    },
    actions,
    reasoned,
    canEscalate: canEscalateFrom(r.state as RequestState),
    events: r.events.map((e) => ({ id: e.id, toState: e.toState, note: e.note, at: e.at.toISOString() })),
    notices: await listNotices(await getDb(), r.id),
    attachments: r.attachments.map((a) => ({ id: a.id, originalName: a.originalName, mimeType: a.mimeType, size: a.size })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:guidance-request:any");
  const form = await readForm(request, authed);
  const db = await getDb();
  const { id } = await requireRequestForStaff(db, parseParams(params, IdParamsSchema).id);
  const intent = parseIntent(form, ["assign", "override", ...(Object.keys(STAFF_ACTIONS) as [StaffAction, ...StaffAction[]])]);
  if (intent === "assign") {
    const parsed = parseFormWith(form, AssignOwnerSchema);
    if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: { ...parsed.values, intent } });
    const done = await assignRequestOwner(db, { requestId: id, ownerId: parsed.data.ownerId, actorId: authed.user.id });
    if (done === "not-staff") return badRequest({ fieldErrors: { ownerId: "owner.err.notStaff" }, values: { ...parsed.values, intent } });
    return redirect(`/staff/requests/${id}?assigned=1`);
  }
  if (intent === "override") {
    const parsed = parseFormWith(form, OverrideSchema);
    if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
    const done = await overrideDeadline(db, { requestId: id, deadline: parsed.data.deadline, reason: parsed.data.reason, staffId: authed.user.id });
    if (done && "refused" in done) return badRequest({ fieldErrors: { deadline: done.refused }, values: parsed.values });
    return redirect(`/staff/requests/${id}?overridden=1`);
  }
  const action = intent;
  const parsedNote = parseFormWith(form, noteSchema());
  if (!parsedNote.ok) return badRequest({ fieldErrors: parsedNote.fieldErrors, values: { intent } });
  const { note } = parsedNote.data;
  try {
    await staffTransition(db, { requestId: id, action, note, staffId: authed.user.id });
  } catch (error) {
    // The state machine says which actions need a reason (staffActionsFrom shows the field there).
    if (error instanceof TransitionError && error.code === "reason-required")
      return badRequest({ fieldErrors: { note: "guidance.err.reasonRequired" }, values: { intent } });
    if (error instanceof TransitionError) {
      return json(
        { ok: false as const, fieldErrors: {}, values: { intent }, formError: transitionErrorKey(error.code) as string, from: error.from ?? "" },
        { status: 409 },
      );
    }
    throw error;
  }
  return redirect(`/staff/requests/${id}?done=${STAFF_ACTIONS[action]}`);
}

function Fact({ label, value }: { label: string; value: string | number | null | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === "" ? "—" : value}</dd>
    </>
  );
}

export default function StaffRequest() {
  const { r, actions, reasoned, canEscalate, events, attachments, notices, support, owner, possibleOwners } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as
    { fieldErrors?: Record<string, string>; values?: Record<string, string>; formError?: string; from?: string } | undefined;
  const t = useT();
  const msg = useMessage();
  const errors = data?.fieldErrors ?? {};
  const f = (k: string) => t(`guidance.f.${k}` as MessageKey);
  const assigned = useSearchParams()[0].get("assigned") === "1";
  return (
    <>
      <p>
        <Link to="/staff/requests">← {t("guidance.back")}</Link>
      </p>
      <h1>
        {r.company} · {t(`guidance.type.${r.disputeType}` as MessageKey)} · {t(`guidance.state.${r.state}` as MessageKey)}
      </h1>
      {data?.formError ? (
        <p role="alert" className="form-error">
          {t(data.formError as MessageKey, { from: data.from ? t(`guidance.state.${data.from}` as MessageKey) : "" })}
        </p>
      ) : null}
      <DeadlineWarnings warnings={r.warnings} />
      <dl>
        <Fact label={f("country")} value={r.country} />
        <Fact label={f("forum")} value={r.forum} />
        <Fact label={f("opposingParty")} value={r.opposingParty} />
        <Fact label={f("opposingCounsel")} value={r.opposingCounsel} />
        <Fact label={f("caseNumber")} value={r.caseNumber} />
        <Fact label={f("servedAt")} value={r.servedAt} />
        <Fact label={f("tempReliefMotion")} value={r.tempReliefMotion ? "✓" : "—"} />
        <Fact label={f("statedDeadline")} value={r.statedDeadline} />
        <Fact label={t("guidance.computedDeadline")} value={r.computedDeadline} />
        <Fact label={t("guidance.effectiveDeadline")} value={r.deadline} />
        <Fact label={t("guidance.overrideReason")} value={r.deadlineOverrideReason} />
        <RequestSupportBox base="/staff" support={support} />
        <Fact label={f("products")} value={r.products.join(", ")} />
        <Fact label={f("hsCodes")} value={r.hsCodes.join(", ")} />
        <Fact label={f("amountAtStake")} value={r.amountAtStake === null ? null : `${r.amountAtStake} ${r.currency ?? ""}`} />
        <Fact label={f("whatHappened")} value={r.whatHappened} />
        <Fact label={f("helpWanted")} value={r.helpWanted} />
        <Fact label={f("contactName")} value={r.contactName} />
        <Fact label={f("contactPhone")} value={r.contactPhone} />
        <Fact label={f("contactEmail")} value={r.contactEmail} />
        <Fact label={f("consentToShare")} value={r.consentToShare ? "✓" : "—"} />
        <Fact label={f("rating")} value={r.rating} />
        <Fact label={f("feedback")} value={r.feedback} />
      </dl>
      {r.state === "closed" || r.state === "archived" ? (
        <p>
          <Link to={`/staff/typical-cases?requestId=${encodeURIComponent(r.id)}`}>{t("tc.propose")}</Link>
        </p>
      ) : null}

      <section aria-labelledby="owner-heading">
        <h2 id="owner-heading">{t("owner.heading")}</h2>
        {assigned && owner ? <p role="status">{t("owner.assigned", { name: owner.name })}</p> : null}
        <p data-testid="request-owner">
          {t("owner.current")}: {owner ? owner.name : t("owner.none")}
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <SelectField
            name="ownerId"
            label={t("owner.assignTo")}
            defaultValue={owner?.id ?? ""}
            options={[{ value: "", label: "—" }, ...possibleOwners.map((u) => ({ value: u.id, label: u.name }))]}
            error={data?.values?.intent === "assign" ? msg(errors.ownerId) : undefined}
          />
          <button type="submit" name="intent" value="assign">
            {t("owner.assign")}
          </button>
        </Form>
      </section>

      <section>
        <h2>{t("guidance.actions")}</h2>
        {actions.map((a) => (
          <Form method="post" key={a} noValidate className="inline-form">
            <CsrfInput />
            {reasoned.includes(a) ? (
              <TextAreaField name="note" label={t("guidance.f.reason")} rows={2} error={data?.values?.intent === a ? msg(errors.note) : undefined} />
            ) : null}
            <button type="submit" name="intent" value={a}>
              {t(`guidance.action.${a}` as MessageKey)}
            </button>
          </Form>
        ))}
        {r.canOverride ? (
          <Form method="post" noValidate>
            <CsrfInput />
            <TextField name="deadline" type="date" label={t("guidance.f.deadlineOverride")} error={msg(errors.deadline)} />
            <TextField name="reason" label={t("guidance.overrideReason")} error={msg(errors.reason)} />
            <button type="submit" name="intent" value="override">
              {t("guidance.action.override")}
            </button>
          </Form>
        ) : null}
      </section>

      {/* Slot for the expert-assignment, advice and escalation modules (another branch). */}
      <section data-slot="guidance-expert-sections">
        <h2>{t("guidance.otherSections")}</h2>
        <ul>
          <li>
            <Link to={`/staff/requests/${r.id}/assign`}>{t("guidance.link.assign")}</Link>
          </li>
          <li>
            <Link to={`/staff/requests/${r.id}/advice`}>{t("guidance.link.advice")}</Link>
          </li>
          {canEscalate ? (
            <li>
              <Link to={`/staff/requests/${r.id}/escalate`}>{t("guidance.link.escalate")}</Link>
            </li>
          ) : null}
        </ul>
      </section>

      <NoticeLinks base={`/staff/requests/${r.id}`} notices={notices} />
      <AttachmentList base={`/staff/requests/${r.id}`} attachments={attachments} />
      <GuidanceTimeline events={events} />
    </>
  );
}

export const meta = titleMeta("guidance.title");
