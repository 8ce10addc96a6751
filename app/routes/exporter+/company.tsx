import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, ErrorSummary, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { CompanyProfileSchema, getCompany, updateCompanyProfile } from "~/models/company.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formOk, parseFormWith, readForm } from "~/utils/forms.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { companyId } = await requireExporterCompany(request);
  const company = await getCompany(await getDb(), companyId);
  if (!company) throw new Response("Not Found", { status: 404 });
  return json({ company });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, CompanyProfileSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const updated = await updateCompanyProfile(await getDb(), authed.companyId, parsed.data, authed.user.id);
  if (!updated) throw new Response("Not Found", { status: 404 });
  return formOk();
}

const FIELDS = [
  ["nameZh", "company.nameZh", "input"],
  ["nameEn", "company.nameEn", "input"],
  ["aliases", "company.aliases", "list"],
  ["creditCode", "company.creditCode", "input"],
  ["city", "company.city", "input"],
  ["industries", "company.industries", "list"],
  ["products", "company.products", "list"],
  ["hsCodes", "company.hsCodes", "list"],
  ["markets", "company.markets", "list"],
] as const satisfies readonly (readonly [string, MessageKey, "input" | "list"])[];

export default function CompanyProfilePage() {
  const { company } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const values: Record<string, string> | undefined = data?.values;
  const current = (name: (typeof FIELDS)[number][0]) => {
    if (values) return values[name] ?? "";
    const v = company[name];
    return Array.isArray(v) ? v.join(", ") : (v ?? "");
  };
  return (
    <>
      <h1>{t("company.title")}</h1>
      {data?.ok ? (
        <p className="flash" role="status">
          {t("form.saved")}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={Object.fromEntries(FIELDS.map(([n, l]) => [n, t(l)]))} />
      <Form method="post" noValidate>
        <CsrfInput />
        {FIELDS.map(([name, label, kind]) =>
          kind === "list" ? (
            <TextAreaField key={name} name={name} label={t(label)} hint={t("form.listHint")} defaultValue={current(name)} error={message(errors[name])} rows={2} />
          ) : (
            <TextField key={name} name={name} label={t(label)} defaultValue={current(name)} error={message(errors[name])} required={name === "nameZh"} />
          ),
        )}
        <button type="submit">{t("form.save")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("company.title");
