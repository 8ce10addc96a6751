import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput } from "~/components/forms.tsx";
import { TypicalCaseFields } from "~/components/typical-case-fields.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import {
  getTypicalCase,
  publishTypicalCase,
  submitTypicalCase,
  TypicalCaseError,
  TypicalCaseSchema,
  updateTypicalCase,
  withdrawTypicalCase,
} from "~/models/typical-case.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { z } from "zod";
import { badRequest, formOk, IdParamsSchema, parseFormWith, parseIntent, parseParams, readForm } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "read:report:any");
  const row = await getTypicalCase(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!row) throw new Response("Not found", { status: 404 });
  return json({
    id: row.id,
    status: row.status,
    values: {
      title: row.title,
      summary: row.summary,
      facts: row.facts,
      response: row.response,
      outcome: row.outcome,
      lessons: row.lessons,
      industry: row.industry ?? "",
      jurisdiction: row.jurisdiction ?? "",
      disputeType: row.disputeType ?? "",
      tags: parseList(row.tags).join("; "),
      anonymise: row.anonymise ? "on" : "",
      maskTerms: parseList(row.maskTerms).join("; "),
    },
    published: row.published ? (JSON.parse(row.published) as Record<string, string>) : null,
  });
}

/** Withdrawing a published case: the reason is optional and kept in the audit entry. */
const WithdrawSchema = z.object({ reason: z.string().trim().max(500, "form.tooLong|max=500").default("") });

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "read:report:any");
  const form = await readForm(request, authed);
  const intent = parseIntent(form, ["save", "submit", "publish", "withdraw"], "save");
  const db = await getDb();
  const { id } = parseParams(params, IdParamsSchema);
  try {
    if (intent === "submit") await submitTypicalCase(db, id, authed.user.id);
    else if (intent === "publish") await publishTypicalCase(db, id, authed.user.id);
    else if (intent === "withdraw") {
      const parsed = parseFormWith(form, WithdrawSchema);
      if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
      await withdrawTypicalCase(db, id, authed.user.id, parsed.data.reason);
    } else {
      const parsed = parseFormWith(form, TypicalCaseSchema);
      if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
      await updateTypicalCase(db, id, parsed.data, authed.user.id);
    }
  } catch (error) {
    if (error instanceof TypicalCaseError) {
      if (error.code === "not-found") throw new Response("Not found", { status: 404 });
      return badRequest({ fieldErrors: {}, formError: error.code === "masked" ? `tc.err.masked|field=${error.field}` : "tc.err.state" });
    }
    throw error;
  }
  return formOk();
}

export default function TypicalCasePage() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const t = useT();
  const [key, param] = (a?.formError ?? "").split("|field=");
  return (
    <>
      <h1>
        {d.values.title} — {t(`tc.status.${d.status}` as MessageKey)}
      </h1>
      {a?.ok ? <p role="status">{t("tc.saved")}</p> : null}
      {key ? (
        <p role="alert" className="field__error">
          {t(key as MessageKey, param ? { field: t(`tc.field.${param}` as MessageKey) ?? param } : undefined)}
        </p>
      ) : null}
      {d.status === "draft" || d.status === "in-review" ? (
        <Form method="post">
          <CsrfInput />
          <TypicalCaseFields v={a?.values ?? d.values} errors={a?.fieldErrors ?? {}} />
          <button type="submit" name="intent" value="save">
            {t("tc.save")}
          </button>{" "}
          {d.status === "draft" ? (
            <button type="submit" name="intent" value="submit">
              {t("tc.submit")}
            </button>
          ) : (
            <button type="submit" name="intent" value="publish">
              {t("tc.publish")}
            </button>
          )}
        </Form>
      ) : null}
      {d.status === "published" ? (
        <Form method="post" className="inline-form">
          <CsrfInput />
          <label>
            {t("tc.withdraw.reason")} <input name="reason" maxLength={500} />
          </label>{" "}
          <button type="submit" name="intent" value="withdraw">
            {t("tc.withdraw")}
          </button>
        </Form>
      ) : null}
      {d.published ? (
        <section className="card">
          {(["summary", "facts", "response", "outcome", "lessons"] as const).map((f) => (
            <div key={f}>
              <h2>{t(`tc.field.${f}`)}</h2>
              <p className="prewrap">{d.published![f]}</p>
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}

export const meta = titleMeta("tc.title");
