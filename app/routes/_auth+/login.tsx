import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { LanguageSwitch } from "~/components/app-shell.tsx";
import { ErrorSummary, TextField, useMessage } from "~/components/forms.tsx";
import { useT } from "~/i18n/use-t.ts";
import { login } from "~/models/login.server.ts";
import { getUser, safeRedirectPath } from "~/utils/auth.server.ts";
import { badRequest, parseFormWith, readForm } from "~/utils/forms.server.ts";
import { homePathForRole } from "~/utils/permissions.server.ts";
import { titleMeta } from "~/i18n/meta.ts";

const LoginSchema = z.object({
  email: z.string().trim().min(1, "form.required").max(254, "form.tooLong|max=254"),
  password: z.string().min(1, "form.required").max(200, "form.tooLong|max=200"),
  redirectTo: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await getUser(request);
  if (authed) throw redirect(homePathForRole(authed.user.role));
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request, null);
  const parsed = parseFormWith(form, LoginSchema);
  // The e-mail is shown again only when it is one: an over-long value is never echoed back.
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: { email: parsed.fieldErrors.email ? "" : (parsed.values.email ?? "") } });
  const result = await login(request, parsed.data.email, parsed.data.password);
  if (!result.ok) {
    const values = { email: parsed.data.email };
    if (result.reason === "throttled") {
      return json(
        { ok: false as const, fieldErrors: {}, values, formError: `security.login.throttled|seconds=${result.retryAfterSeconds}` },
        { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
      );
    }
    return badRequest({ fieldErrors: {}, values, formError: "login.failed" });
  }
  const to = safeRedirectPath(parsed.data.redirectTo, homePathForRole(result.user.role));
  throw redirect(to, { headers: { "Set-Cookie": result.setCookie } });
}

export default function Login() {
  const t = useT();
  const message = useMessage();
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state !== "idle";
  const errors: Record<string, string> | undefined = data?.fieldErrors;
  return (
    <main className="auth">
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        <h1>{t("app.shortName")}</h1>
        <div style={{ background: "#172033", borderRadius: 6, padding: 2 }}>
          <LanguageSwitch />
        </div>
      </div>
      <p className="tagline">{t("app.name")}</p>
      <h2>{t("login.title")}</h2>
      {data?.formError ? (
        <p className="error-summary" role="alert">
          {message(data.formError)}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={{ email: t("login.email"), password: t("login.password") }} />
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <TextField
          name="email"
          label={t("login.email")}
          type="email"
          autoComplete="username"
          required
          defaultValue={data?.values?.email ?? ""}
          error={message(errors?.email)}
        />
        <TextField name="password" label={t("login.password")} type="password" autoComplete="current-password" required error={message(errors?.password)} />
        <button type="submit" disabled={busy}>
          {t("login.submit")}
        </button>
      </Form>
    </main>
  );
}

export const meta = titleMeta("login.title");
