import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, ErrorSummary, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { listCompanies } from "~/models/company.server.ts";
import { createUser, EmailTakenError, listUsers, UnknownCompanyError, UserCreateSchema, UserFilterSchema } from "~/models/user.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formOk, parseFormWith, readForm } from "~/utils/forms.server.ts";
import { ROLES } from "~/domain/roles.ts";
import { INTL_LOCALE } from "~/domain/locale.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:user:any");
  const filter = UserFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const [users, companies] = await Promise.all([listUsers(db, filter), listCompanies(db)]);
  return json({ users, filter, companies: companies.map((c) => ({ id: c.id, nameZh: c.nameZh })) });
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
    if (error instanceof UnknownCompanyError) return badRequest({ fieldErrors: { companyId: "admin.users.unknownCompany" }, values });
    throw error;
  }
  return formOk();
}

export default function AdminUsers() {
  const { users, companies, filter } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
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
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }));
  const companyOptions = companies.map((c) => ({ value: c.id, label: c.nameZh }));
  const plural = new Intl.PluralRules(INTL_LOCALE[locale]).select(users.length) === "one" ? "one" : "other";
  return (
    <>
      <h1>{t("users.title")}</h1>
      <Form method="get" className="filters" role="search">
        <TextField name="q" type="search" label={t("admin.users.filter.q")} defaultValue={filter.q ?? ""} />
        <SelectField
          name="role"
          label={t("users.role")}
          defaultValue={filter.role ?? ""}
          options={[{ value: "", label: t("admin.users.filter.all") }, ...roleOptions]}
        />
        <SelectField
          name="status"
          label={t("admin.users.filter.status")}
          defaultValue={filter.status ?? ""}
          options={[
            { value: "", label: t("admin.users.filter.all") },
            { value: "active", label: t("admin.users.status.active") },
            { value: "disabled", label: t("admin.users.status.disabled") },
          ]}
        />
        <SelectField
          name="companyId"
          label={t("admin.users.filter.company")}
          defaultValue={filter.companyId ?? ""}
          options={[{ value: "", label: t("admin.users.filter.all") }, ...companyOptions]}
        />
        <button type="submit">{t("admin.users.filter.apply")}</button>
      </Form>
      <p>{t(`admin.users.count.${plural}`, { count: users.length })}</p>
      {users.length === 0 ? (
        <p>{t("admin.users.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("login.email")}</th>
              <th>{t("users.name")}</th>
              <th>{t("users.role")}</th>
              <th>{t("home.company")}</th>
              <th>{t("admin.users.col.locale")}</th>
              <th>{t("admin.users.col.status")}</th>
              <th>{t("admin.users.col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td>{u.name}</td>
                <td>{t(`role.${u.role}` as MessageKey)}</td>
                <td>{u.company?.nameZh ?? ""}</td>
                <td>{u.locale === "en" ? t("admin.users.locale.en") : t("admin.users.locale.zh")}</td>
                <td>{u.disabled ? t("admin.users.status.disabled") : t("admin.users.status.active")}</td>
                <td>
                  <Link to={`/admin/users/${u.id}`} aria-label={`${t("admin.users.edit")} ${u.email}`}>
                    {t("admin.users.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
        <SelectField name="role" label={labels.role} defaultValue={values.role ?? "exporter"} error={message(errors.role)} options={roleOptions} />
        <SelectField
          name="companyId"
          label={labels.companyId}
          defaultValue={values.companyId ?? ""}
          error={message(errors.companyId)}
          options={[{ value: "", label: "—" }, ...companyOptions]}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={labels.password}
          hint={t("security.password.hint")}
          error={message(errors.password)}
          required
        />
        <button type="submit">{t("users.create")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("users.title");
