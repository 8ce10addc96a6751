import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { RULE_UNITS } from "~/guidance/reference-data.ts";
import { DeadlineRuleEditSchema, listDeadlineRules, updateDeadlineRule } from "~/models/calendar.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formOk, parseFormWith, readForm } from "~/utils/forms.server.ts";

// The rules compute every request's deadline, so editing them needs the permission that
// changes a request's deadline.
const PERMISSION = "update:guidance-request:any" as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, PERMISSION);
  return json({ rules: await listDeadlineRules(await getDb()) });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, PERMISSION);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, DeadlineRuleEditSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const row = await updateDeadlineRule(await getDb(), parsed.data, authed.user.id);
  if (!row) throw new Response("Not Found", { status: 404 });
  return formOk();
}

export default function DeadlineRulesPage() {
  const { rules } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const m = useMessage();
  const locale = useLocale();
  const failed = data && !data.ok ? data : null;
  const errors: Record<string, string> = failed?.fieldErrors ?? {};
  const values: Record<string, string> = (failed && "values" in failed ? failed.values : undefined) ?? {};
  return (
    <>
      <h1>{t("rules.title")}</h1>
      <p>{t("rules.intro")}</p>
      {data?.ok ? <p role="status">{t("form.saved")}</p> : null}
      {failed?.formError ? <p role="alert">{m(failed.formError)}</p> : null}
      {rules.length === 0 ? <p>{t("rules.empty")}</p> : null}
      {rules.map((rule) => {
        // Errors and rejected values belong to the rule whose form was sent.
        const mine = values.id === rule.id;
        const err = mine ? errors : {};
        return (
          <section key={rule.id}>
            <h2>{locale === "zh" ? rule.labelZh : rule.labelEn}</h2>
            <dl>
              <dt>{t("rules.disputeType")}</dt>
              <dd>{t(`guidance.type.${rule.disputeType}` as MessageKey)}</dd>
              <dt>{t("rules.fromEvent")}</dt>
              <dd>{t(`rules.event.${rule.fromEvent}` as MessageKey)}</dd>
              {rule.condition ? (
                <>
                  <dt>{t("rules.condition")}</dt>
                  <dd>{rule.condition === "temp-relief" ? t("rules.cond.temp-relief") : rule.condition}</dd>
                </>
              ) : null}
            </dl>
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="id" value={rule.id} />
              <TextField
                name="amount"
                type="number"
                min={1}
                max={999}
                label={t("rules.amount")}
                defaultValue={mine ? values.amount : String(rule.amount)}
                error={m(err.amount)}
                required
              />
              <SelectField
                name="unit"
                label={t("rules.unit")}
                defaultValue={mine ? values.unit : rule.unit}
                error={m(err.unit)}
                options={RULE_UNITS.map((u) => ({ value: u, label: t(`rules.unit.${u}`) }))}
              />
              <TextField name="note" label={t("rules.note")} defaultValue={mine ? values.note : (rule.note ?? "")} error={m(err.note)} />
              <button type="submit">{t("form.save")}</button>
            </Form>
          </section>
        );
      })}
    </>
  );
}

export const meta = titleMeta("rules.title");
