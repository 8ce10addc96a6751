import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { CompanyForm } from "~/components/company-form.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { CompanyProfileSchema, companyFormValues, creditCodeTaken, getCompany, updateCompanyProfile } from "~/models/company.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, formOk, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "read:company:any");
  const company = await getCompany(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!company) throw new Response("Not Found", { status: 404 });
  return json({ company });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:company:any");
  const form = await readForm(request, authed);
  const values = companyFormValues(form);
  const parsed = parseFormWith(form, CompanyProfileSchema, values);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values });
  const db = await getDb();
  if (await creditCodeTaken(db, parsed.data.creditCode, parseParams(params, IdParamsSchema).id))
    return badRequest({ fieldErrors: { creditCode: "company.creditCodeTaken" }, values });
  const updated = await updateCompanyProfile(db, parseParams(params, IdParamsSchema).id, parsed.data, authed.user.id);
  if (!updated) throw new Response("Not Found", { status: 404 });
  return formOk();
}

export default function StaffCompanyPage() {
  const { company } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <p>
        <Link to="/staff/companies">{t("companies.title")}</Link>
      </p>
      <h1>{company.nameZh}</h1>
      {data?.ok ? (
        <p className="flash" role="status">
          {t("form.saved")}
        </p>
      ) : null}
      <CompanyForm company={company} errors={data?.fieldErrors ?? {}} values={data?.values} />
    </>
  );
}

export const meta = titleMeta("companies.edit");
