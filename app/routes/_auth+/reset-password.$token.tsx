import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { LanguageSwitch } from "~/components/app-shell.tsx";
import { ErrorSummary, TextField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { completePasswordReset, findPasswordReset, passwordResetSchemaFor } from "~/models/user.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm } from "~/utils/forms.server.ts";
import { clientIp } from "~/utils/session.server.ts";

// Public on purpose: the one-time token in the path is the credential. An unknown, used or
// expired token shows one message (410) without saying which, and nothing about the account.
export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findPasswordReset(await getDb(), params.token ?? "");
  if (!found) return json({ valid: false as const, email: null }, { status: 410 });
  return json({ valid: true as const, email: found.user.email });
}

export async function action({ request, params }: ActionFunctionArgs) {
  // No session here (the reader may be signed out); the origin check still applies.
  const form = await readForm(request, null);
  const db = await getDb();
  const token = params.token ?? "";
  const found = await findPasswordReset(db, token);
  if (!found) return json({ ok: false as const, done: false, fieldErrors: {}, formError: "reset.invalid" }, { status: 410 });
  const parsed = parseFormWith(form, passwordResetSchemaFor(found.user));
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors });
  const done = await completePasswordReset(db, token, parsed.data.newPassword, clientIp(request));
  if (!done) return json({ ok: false as const, done: false, fieldErrors: {}, formError: "reset.invalid" }, { status: 410 });
  return json({ ok: true as const, done: true, fieldErrors: {} });
}

export default function ResetPassword() {
  const { valid, email } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as { done?: boolean; formError?: string; fieldErrors?: Record<string, string> } | undefined;
  const t = useT();
  const message = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const labels = { newPassword: t("password.new"), confirmPassword: t("password.confirm") };
  const done = data?.done === true;
  return (
    <main className="auth">
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        <h1>{t("app.shortName")}</h1>
        <div style={{ background: "#172033", borderRadius: 6, padding: 2 }}>
          <LanguageSwitch />
        </div>
      </div>
      <h2>{t("reset.title")}</h2>
      {done ? (
        <>
          <p className="flash" role="status">
            {t("reset.done")}
          </p>
          <p>
            <Link to="/login">{t("reset.toLogin")}</Link>
          </p>
        </>
      ) : !valid || data?.formError ? (
        <>
          <p className="error-summary" role="alert">
            {message(data?.formError ?? "reset.invalid")}
          </p>
          <p>
            <Link to="/login">{t("reset.toLogin")}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("reset.intro", { email: email ?? "" })}</p>
          <ErrorSummary errors={errors} labels={labels} />
          <Form method="post" noValidate>
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
            <button type="submit">{t("reset.submit")}</button>
          </Form>
        </>
      )}
    </main>
  );
}

export const meta = titleMeta("reset.title");
