// Exporter subscriptions: the profile's default (delivery settings only) and the company's own,
// with a preview of the last 90 days before saving. Every query carries the session's company.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CheckboxField, CsrfInput, SelectField, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import { SeverityBadge } from "~/components/alert-list.tsx";
import { describeReason, severityLabel } from "~/delivery/render-alert.ts";
import { CASE_TYPE_LABELS, INDUSTRY_LABELS, IP_TYPE_LABELS } from "~/domain/taxonomy.ts";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import {
  createSubscription,
  deleteSubscription,
  listSubscriptions,
  previewSubscription,
  SubscriptionDeliverySchema,
  SubscriptionFormSchema,
  updateSubscription,
} from "~/models/subscription.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formToObject, parseFormWith, readForm } from "~/utils/forms.server.ts";
import { SEVERITIES } from "~/domain/severity.ts";

const IntentSchema = z.object({ intent: z.enum(["preview", "save", "delete"]), id: z.string().max(64).optional().default("") });
const MULTI = ["industries", "ipTypes", "caseTypes"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { companyId } = await requireExporterCompany(request);
  return json({ subscriptions: await listSubscriptions(await getDb(), companyId) });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  const intent = parseFormWith(form, IntentSchema, { intent: form.get("intent"), id: form.get("id") ?? undefined });
  if (!intent.ok) throw new Response("Bad Request", { status: 400 });
  const db = await getDb();
  const { id } = intent.data;
  const values = formToObject(form);
  // Pickers send one value per ticked box.
  for (const key of MULTI)
    values[key] = form
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .join(",");
  if (intent.data.intent === "delete") {
    if (!(await deleteSubscription(db, authed.companyId, id, authed.user.id))) throw new Response("Not Found", { status: 404 });
    return json({ ok: true as const, message: "subscriptions.deleted" as const, id });
  }
  const isDefault = id ? (await listSubscriptions(db, authed.companyId)).find((s) => s.id === id)?.isDefault : false;
  const parsed = parseFormWith(form, isDefault ? SubscriptionDeliverySchema : SubscriptionFormSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: { ...values, id } });
  if (intent.data.intent === "preview" && !isDefault) {
    const preview = await previewSubscription(db, authed.companyId, SubscriptionFormSchema.parse(values));
    return json({ ok: true as const, preview, values: { ...values, id }, id });
  }
  if (id) {
    if (!(await updateSubscription(db, authed.companyId, id, parsed.data, authed.user.id))) throw new Response("Not Found", { status: 404 });
  } else {
    await createSubscription(db, authed.companyId, SubscriptionFormSchema.parse(values), authed.user.id);
  }
  return json({ ok: true as const, message: "subscriptions.saved" as const, id });
}

type Sub = ReturnType<typeof useLoaderData<typeof loader>>["subscriptions"][number];

function Picker({
  name,
  label,
  options,
  chosen,
}: {
  name: string;
  label: string;
  options: readonly { id: string; zh: string; en: string }[];
  chosen: string[];
}) {
  const locale = useLocale();
  return (
    <fieldset>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.id} className="checkbox-row">
          <input type="checkbox" name={name} value={o.id} defaultChecked={chosen.includes(o.id)} /> {o[locale]}
        </label>
      ))}
    </fieldset>
  );
}

function SubscriptionForm({ sub }: { sub: Sub | null }) {
  const t = useT();
  const locale = useLocale();
  const message = useMessage();
  const data = useActionData<typeof action>();
  const id = sub?.id ?? "";
  const mine = data && "values" in data && data.values && (data.values as Record<string, string>).id === id;
  const errors: Record<string, string> = mine && "fieldErrors" in data ? (data.fieldErrors as Record<string, string>) : {};
  const v = mine ? (data.values as Record<string, string>) : null;
  const preview = mine && "preview" in data ? data.preview : null;
  const list = (key: keyof Sub, fallback: string[]) => (v ? (v[key as string] ?? "").split(",").filter(Boolean) : fallback);
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <input type="hidden" name="id" value={id} />
      {sub?.isDefault ? (
        <p>
          {t("subscriptions.default")} <Link to="/exporter/company">{t("subscriptions.editProfile")}</Link>
        </p>
      ) : (
        <>
          <TextField name="name" label={t("subscriptions.name")} defaultValue={v?.name ?? sub?.name ?? ""} error={message(errors.name)} required />
          <Picker name="industries" label={t("subscriptions.industries")} options={INDUSTRY_LABELS} chosen={list("industries", sub?.industries ?? [])} />
          {errors.industries ? <p className="field__error">{message(errors.industries)}</p> : null}
          <TextAreaField
            name="keywords"
            label={t("subscriptions.keywords")}
            hint={t("form.listHint")}
            defaultValue={v?.keywords ?? sub?.keywords.join(", ") ?? ""}
            error={message(errors.keywords)}
          />
          <TextField
            name="hsCodes"
            label={t("subscriptions.hsCodes")}
            defaultValue={v?.hsCodes ?? sub?.hsCodes.join(", ") ?? ""}
            error={message(errors.hsCodes)}
          />
          <TextField
            name="markets"
            label={t("subscriptions.markets")}
            defaultValue={v?.markets ?? sub?.markets.join(", ") ?? ""}
            error={message(errors.markets)}
          />
          <Picker name="ipTypes" label={t("subscriptions.ipTypes")} options={IP_TYPE_LABELS} chosen={list("ipTypes", sub?.ipTypes ?? [])} />
          <Picker name="caseTypes" label={t("subscriptions.caseTypes")} options={CASE_TYPE_LABELS} chosen={list("caseTypes", sub?.caseTypes ?? [])} />
        </>
      )}
      <SelectField
        name="minSeverity"
        label={t("subscriptions.minSeverity")}
        defaultValue={v?.minSeverity ?? sub?.minSeverity ?? "low"}
        options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(locale, s) }))}
        error={message(errors.minSeverity)}
      />
      <SelectField
        name="emailFrequency"
        label={t("subscriptions.emailFrequency")}
        defaultValue={v?.emailFrequency ?? sub?.emailFrequency ?? "immediate"}
        options={["immediate", "daily", "weekly", "off"].map((f) => ({ value: f, label: t(`subscriptions.freq.${f}` as MessageKey) }))}
        error={message(errors.emailFrequency)}
      />
      <CheckboxField name="webhook" label={t("subscriptions.webhook")} checked={v ? v.webhook === "true" : (sub?.webhook ?? true)} />
      <CheckboxField
        name="industryAlerts"
        label={t("subscriptions.industryAlerts")}
        hint={t("subscriptions.industryAlerts.hint")}
        checked={v ? v.industryAlerts === "true" : (sub?.industryAlerts ?? false)}
      />
      {preview ? (
        <div className="flash" role="status">
          <p>{t("subscriptions.previewResult", { count: preview.count })}</p>
          <ul>
            {preview.examples.map((e) => (
              <li key={e.id}>
                <SeverityBadge severity={e.severity} /> <Link to={`/exporter/items/${e.id}`}>{e.title}</Link>
                <ul className="alert-card__reasons" aria-label={t("subscriptions.previewReasons")}>
                  {e.reasons.map((r, i) => (
                    <li key={i}>{describeReason(locale, r)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {sub?.isDefault ? null : (
        <button type="submit" name="intent" value="preview">
          {t("subscriptions.preview")}
        </button>
      )}{" "}
      <button type="submit" name="intent" value="save">
        {t("subscriptions.save")}
      </button>
    </Form>
  );
}

export default function Subscriptions() {
  const { subscriptions } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("subscriptions.title")}</h1>
      {data && "message" in data && data.message ? (
        <p className="flash" role="status">
          {t(data.message)}
        </p>
      ) : null}
      {subscriptions.map((s) => (
        <section key={s.id} className="card" data-subscription-id={s.id}>
          <h2>{s.isDefault ? t("nav.company") : s.name}</h2>
          <SubscriptionForm sub={s} />
          {s.isDefault ? null : (
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="id" value={s.id} />
              <button type="submit" name="intent" value="delete">
                {t("subscriptions.delete")}
              </button>
            </Form>
          )}
        </section>
      ))}
      <section className="card" aria-labelledby="new-h">
        <h2 id="new-h">{t("subscriptions.new")}</h2>
        <SubscriptionForm sub={null} />
      </section>
    </>
  );
}

export const meta = titleMeta("subscriptions.title");
