import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { z } from "zod";
import { ExpertStaffFields } from "~/components/expert-form.tsx";
import { CsrfInput, TextField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { createExpertByStaff, expertFormValues, ExpertStaffSchema } from "~/models/expert.server.ts";
import { createUser, EmailTakenError, PASSWORD_MIN_LENGTH } from "~/models/user.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm, splitList } from "~/utils/forms.server.ts";

const AccountSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "form.required").pipe(z.email("form.invalidEmail")),
  password: z.string().min(PASSWORD_MIN_LENGTH, `form.tooShort|min=${PASSWORD_MIN_LENGTH}`).max(200, "form.tooLong|max=200"),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:expert:any");
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:expert:any");
  const form = await readForm(request, authed);
  const account = parseFormWith(form, AccountSchema);
  const profile = parseFormWith(form, ExpertStaffSchema, expertFormValues(form, splitList));
  if (!account.ok || !profile.ok)
    return badRequest({ fieldErrors: { ...(account.ok ? {} : account.fieldErrors), ...(profile.ok ? {} : profile.fieldErrors) }, values: account.values });
  const db = await getDb();
  try {
    const user = await createUser(
      db,
      {
        email: account.data.email,
        password: account.data.password,
        name: profile.data.displayNameZh,
        role: "expert",
      },
      authed.user.id,
    );
    const row = await createExpertByStaff(db, { userId: user.id }, profile.data, authed.user.id);
    return redirect(`/staff/experts/${row.id}?saved=1`);
  } catch (error) {
    if (error instanceof EmailTakenError) return badRequest({ fieldErrors: { email: "users.emailTaken" }, values: account.values });
    throw error;
  }
}

export default function NewExpert() {
  const data = useActionData<typeof action>();
  const t = useT();
  const m = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  return (
    <>
      <p>
        <Link to="/staff/experts">← {t("experts.back")}</Link>
      </p>
      <h1>{t("experts.new")}</h1>
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField name="email" type="email" label={t("experts.field.email")} defaultValue={data?.values?.email ?? ""} error={m(errors.email)} required />
        <TextField name="password" type="password" label={t("experts.field.password")} error={m(errors.password)} required autoComplete="new-password" />
        <ExpertStaffFields v={{}} errors={errors} />
        <button type="submit">{t("form.save")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("experts.new");
