import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput, TextField } from "~/components/forms.tsx";
import { TypicalCaseFields } from "~/components/typical-case-fields.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { listTypicalCases, proposeTypicalCase, TypicalCaseError, TypicalCaseSchema } from "~/models/typical-case.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, parseSearchParams, readForm } from "~/utils/forms.server.ts";

const SourceSchema = z.object({ requestId: z.string().trim().max(40).optional(), caseId: z.string().trim().max(40).optional() });

const PrefillQuerySchema = z.object({
  requestId: z.string().max(40).catch("").default(""),
  caseId: z.string().max(40).catch("").default(""),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:report:any");
  // The prefill from a request or case page; a value that could not be an id is dropped.
  const query = parseSearchParams(request, PrefillQuerySchema);
  return json({
    cases: await listTypicalCases(await getDb()),
    requestId: query.ok ? query.data.requestId : "",
    caseId: query.ok ? query.data.caseId : "",
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "read:report:any");
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, TypicalCaseSchema.and(SourceSchema));
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const { requestId, caseId, ...fields } = parsed.data;
  const source = { requestId: requestId || undefined, caseId: caseId || undefined };
  try {
    const row = await proposeTypicalCase(await getDb(), source, fields, authed.user.id);
    return redirect(`/staff/typical-cases/${row.id}`);
  } catch (error) {
    if (error instanceof TypicalCaseError) {
      const key = error.code === "not-closed" ? "tc.err.notClosed" : error.code === "not-found" ? "tc.err.notFound" : "tc.err.source";
      return badRequest({ fieldErrors: { requestId: key }, values: parsed.values, formError: key });
    }
    throw error;
  }
}

export default function TypicalCases() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("tc.title")}</h1>
      {d.cases.length === 0 ? <p className="muted">{t("tc.empty")}</p> : null}
      <ul>
        {d.cases.map((c) => (
          <li key={c.id}>
            <Link to={`/staff/typical-cases/${c.id}`}>{c.title}</Link> — {t(`tc.status.${c.status}` as MessageKey)}
          </li>
        ))}
      </ul>
      <section className="card">
        <h2>{t("tc.new")}</h2>
        {a?.formError ? (
          <p role="alert" className="field__error">
            {t(a.formError as MessageKey)}
          </p>
        ) : null}
        <Form method="post">
          <CsrfInput />
          <TextField name="requestId" label={t("tc.fromRequest")} defaultValue={a?.values?.requestId ?? d.requestId} maxLength={40} />
          <TextField name="caseId" label={t("tc.fromCase")} defaultValue={a?.values?.caseId ?? d.caseId} maxLength={40} />
          <TypicalCaseFields v={a?.values ?? {}} errors={a?.fieldErrors ?? {}} />
          <button type="submit">{t("tc.save")}</button>
        </Form>
      </section>
    </>
  );
}

export const meta = titleMeta("tc.title");
