import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, ErrorSummary, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import { useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { listCompanies } from "~/models/company.server.ts";
import { createUser, EmailTakenError, listUsers, UserCreateSchema } from "~/models/user.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formOk, parseFormWith, readForm } from "~/utils/forms.server.ts";
import { ROLES } from "~/utils/permissions.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:user:any");
  const db = await getDb();
  const [users, companies] = await Promise.all([listUsers(db), listCompanies(db)]);
  return json({ users, companies: companies.map((c) => ({ id: c.id, nameZh: c.nameZh })) });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:user:any");
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, UserCreateSchema);
  const values = { ...parsed.values, password: "" };
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values });
  try {
    await createUser(await getDb(), parsed.data, authed.user.id);
  } catch (error) {
    if (error instanceof EmailTakenError) return badRequest({ fieldErrors: { email: "users.emailTaken" }, values });
    throw error;
  }
  return formOk();
}

export default function AdminUsers() {
  const { users, companies } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const values: Record<string, string> = data?.values ?? {};
  const labels = {
    email: t("login.email"),
    name: t("users.name"),
    role: t("users.role"),
    companyId: t("users.company"),
    password: t("users.initialPassword"),
  };
  return (
    <>
      <h1>{t("users.title")}</h1>
      <table>
        <thead>
          <tr>
            <th>{t("login.email")}</th>
            <th>{t("users.name")}</th>
            <th>{t("users.role")}</th>
            <th>{t("home.company")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>{u.name}</td>
              <td>{t(`role.${u.role}` as MessageKey)}</td>
              <td>{u.company?.nameZh ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("users.create")}</h2>
      {data?.ok ? (
        <p className="flash" role="status">
          {t("users.created")}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField name="email" type="email" label={labels.email} defaultValue={values.email} error={message(errors.email)} required />
        <TextField name="name" label={labels.name} defaultValue={values.name} error={message(errors.name)} required />
        <SelectField
          name="role"
          label={labels.role}
          defaultValue={values.role ?? "exporter"}
          error={message(errors.role)}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
        />
        <SelectField
          name="companyId"
          label={labels.companyId}
          defaultValue={values.companyId ?? ""}
          error={message(errors.companyId)}
          options={[{ value: "", label: "—" }, ...companies.map((c) => ({ value: c.id, label: c.nameZh }))]}
        />
        <TextField name="password" type="password" autoComplete="new-password" label={labels.password} error={message(errors.password)} required />
        <button type="submit">{t("users.create")}</button>
      </Form>
    </>
  );
}
