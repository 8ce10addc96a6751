import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { AppShell } from "~/components/app-shell.tsx";
import { CsrfInput, ErrorSummary, TextField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useRootData, useT } from "~/i18n/use-t.ts";
import { changePassword, passwordChangeSchemaFor } from "~/models/user.server.ts";
import { requireUser } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formOk, parseFormWith, readForm } from "~/utils/forms.server.ts";
import { revokeOtherSessions } from "~/utils/session.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireUser(request);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, passwordChangeSchemaFor(authed.user));
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors });
  const changed = await changePassword(await getDb(), authed.user.id, parsed.data.currentPassword, parsed.data.newPassword);
  if (!changed) return badRequest({ fieldErrors: { currentPassword: "password.wrongCurrent" } });
  await revokeOtherSessions(authed.user.id, authed.sessionId);
  return formOk();
}

export default function PasswordPage() {
  const data = useActionData<typeof action>();
  const t = useT();
  const root = useRootData();
  const message = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const labels = { currentPassword: t("password.current"), newPassword: t("password.new"), confirmPassword: t("password.confirm") };
  const role = root?.user?.role;
  const audience = role === "staff" || role === "expert" || role === "admin" ? role : "exporter";
  return (
    <AppShell audience={audience}>
      <h1>{t("password.title")}</h1>
      {data?.ok ? (
        <p className="flash" role="status">
          {t("password.changed")}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={labels.currentPassword}
          error={message(errors.currentPassword)}
          required
        />
        <TextField
          name="newPassword"
          type="password"
          autoComplete="new-password"
          label={labels.newPassword}
          hint={t("security.password.hint")}
          error={message(errors.newPassword)}
          required
        />
        <TextField
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          label={labels.confirmPassword}
          error={message(errors.confirmPassword)}
          required
        />
        <button type="submit">{t("form.save")}</button>
      </Form>
    </AppShell>
  );
}

export const meta = titleMeta("password.title");
