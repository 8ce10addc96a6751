import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ConfirmCheck } from "~/components/confirm-check.tsx";
import { CONFIRM_REQUIRED, isConfirmed } from "~/utils/confirm.server.ts";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { z } from "zod";
import { CsrfInput, ErrorSummary, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { listCompanies } from "~/models/company.server.ts";
import {
  EmailTakenError,
  getUserForAdmin,
  issuePasswordResetLink,
  PASSWORD_RESET_TTL_HOURS,
  SelfChangeError,
  setUserDisabled,
  setUserRole,
  UnknownCompanyError,
  updateUserProfile,
  UserProfileSchema,
  UserRoleSchema,
} from "~/models/user.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, type FieldErrors, formToObject, parseFormWith, readForm } from "~/utils/forms.server.ts";
import { ROLES } from "~/domain/roles.ts";

const IntentSchema = z.enum(["profile", "role", "disable", "enable", "reset"]);
type Intent = z.infer<typeof IntentSchema>;

async function requireTarget(id: string | undefined) {
  const user = id ? await getUserForAdmin(await getDb(), id) : null;
  if (!user) throw new Response("Not Found", { status: 404 });
  return user;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const authed = await requirePermission(request, "manage:user:any");
  const user = await requireTarget(params.id);
  const companies = await listCompanies(await getDb());
  // Constants of server modules are undefined in the browser bundle: send them as data.
  return json({
    user,
    self: user.id === authed.user.id,
    resetHours: PASSWORD_RESET_TTL_HOURS,
    companies: companies.map((c) => ({ id: c.id, nameZh: c.nameZh })),
  });
}

interface ActionReply {
  ok: boolean;
  intent: Intent | null;
  fieldErrors: FieldErrors;
  formError?: string;
  values?: Record<string, string>;
  reset?: { url: string; mail: "sent" | "no-smtp" | "failed"; email: string };
}

function reply(body: ActionReply, status = 200) {
  return json(body, { status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:user:any");
  const target = await requireTarget(params.id);
  const form = await readForm(request, authed);
  const intent = IntentSchema.safeParse(form.get("intent"));
  if (!intent.success) return reply({ ok: false, intent: null, fieldErrors: {}, formError: "admin.users.invalidIntent" }, 400);
  const db = await getDb();
  const actorId = authed.user.id;
  try {
    switch (intent.data) {
      case "profile": {
        const parsed = parseFormWith(form, UserProfileSchema);
        if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
        await updateUserProfile(db, target.id, parsed.data, actorId);
        break;
      }
      case "role": {
        const parsed = parseFormWith(form, UserRoleSchema);
        if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
        await setUserRole(db, target.id, parsed.data, actorId);
        break;
      }
      case "disable":
      case "enable":
        if (intent.data === "disable" && !isConfirmed(form)) return reply({ ok: false, intent: "disable", fieldErrors: {}, formError: CONFIRM_REQUIRED }, 400);
        await setUserDisabled(db, target.id, intent.data === "disable", actorId);
        break;
      case "reset": {
        // A link for a disabled user would open as invalid: refuse it here and say why.
        if (target.disabled) return reply({ ok: false, intent: "reset", fieldErrors: {}, formError: "confirm.resetDisabledUser" }, 400);
        const issued = await issuePasswordResetLink(db, target.id, actorId);
        return reply({ ok: true, intent: "reset", fieldErrors: {}, reset: { url: issued.url, mail: issued.mail, email: issued.email } });
      }
    }
  } catch (error) {
    if (error instanceof EmailTakenError) return badRequest({ fieldErrors: { email: "users.emailTaken" }, values: formToObject(form) });
    if (error instanceof UnknownCompanyError) return badRequest({ fieldErrors: { companyId: "admin.users.unknownCompany" } });
    if (error instanceof SelfChangeError) return reply({ ok: false, intent: intent.data, fieldErrors: {}, formError: "admin.users.notYourself" }, 400);
    throw error;
  }
  return reply({ ok: true, intent: intent.data, fieldErrors: {} });
}

const DONE: Partial<Record<Intent, MessageKey>> = {
  profile: "form.saved",
  role: "admin.users.roleDone",
  disable: "admin.users.disabledDone",
  enable: "admin.users.enabledDone",
};

function ResetLink({ url }: { url: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <p>
      <input type="text" readOnly value={url} aria-label={t("admin.users.resetLink")} size={60} onFocus={(e) => e.currentTarget.select()} />{" "}
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => setCopied(true));
        }}
      >
        {copied ? t("admin.users.copied") : t("admin.users.copy")}
      </button>
    </p>
  );
}

export default function AdminUserEdit() {
  const { user, self, companies, resetHours } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as (Partial<ActionReply> & { fieldErrors?: FieldErrors; values?: Record<string, string> }) | undefined;
  const t = useT();
  const message = useMessage();
  const errors: FieldErrors = data?.fieldErrors ?? {};
  const values: Record<string, string> = data?.values ?? {};
  const labels = {
    email: t("login.email"),
    name: t("users.name"),
    locale: t("admin.users.locale"),
    role: t("users.role"),
    companyId: t("admin.users.companyOptional"),
  };
  const done = data?.ok && data.intent ? DONE[data.intent] : undefined;
  return (
    <>
      <p>
        <Link to="/admin/users">← {t("admin.users.back")}</Link>
      </p>
      <h1>{t("admin.users.editTitle", { name: user.name })}</h1>
      {done ? (
        <p className="flash" role="status">
          {t(done)}
        </p>
      ) : null}
      {data?.formError ? (
        <p className="error-summary" role="alert">
          {message(data.formError)}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={labels} />

      <section className="card">
        <h2>{t("admin.users.profile")}</h2>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="profile" />
          <TextField name="email" type="email" label={labels.email} defaultValue={values.email ?? user.email} error={message(errors.email)} required />
          <TextField name="name" label={labels.name} defaultValue={values.name ?? user.name} error={message(errors.name)} required />
          <SelectField
            name="locale"
            label={labels.locale}
            defaultValue={values.locale ?? user.locale}
            error={message(errors.locale)}
            options={[
              { value: "zh", label: t("admin.users.locale.zh") },
              { value: "en", label: t("admin.users.locale.en") },
            ]}
          />
          <button type="submit">{t("form.save")}</button>
        </Form>
      </section>

      <section className="card">
        <h2>{t("admin.users.roleSection")}</h2>
        <p className="field__hint">{t("admin.users.roleHint")}</p>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="role" />
          <SelectField
            name="role"
            label={labels.role}
            defaultValue={values.role ?? user.role}
            error={message(errors.role)}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
          />
          <SelectField
            name="companyId"
            label={labels.companyId}
            defaultValue={values.companyId ?? user.companyId ?? ""}
            error={message(errors.companyId)}
            options={[{ value: "", label: "—" }, ...companies.map((c) => ({ value: c.id, label: c.nameZh }))]}
          />
          <button type="submit">{t("admin.users.saveRole")}</button>
        </Form>
      </section>

      <section className="card">
        <h2>{t("admin.users.access")}</h2>
        {user.disabled ? <p>{t("admin.users.disabledNote")}</p> : null}
        {self ? null : (
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value={user.disabled ? "enable" : "disable"} />
            {user.disabled ? null : (
              <p>
                <ConfirmCheck label={t("confirm.disableUser")} id="confirm-disable" />
              </p>
            )}
            <button type="submit">{user.disabled ? t("admin.users.enable") : t("admin.users.disable")}</button>
          </Form>
        )}
      </section>

      <section className="card">
        <h2>{t("admin.users.reset")}</h2>
        <p className="field__hint">{t("admin.users.resetHint", { hours: resetHours })}</p>
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="reset" />
          <button type="submit">{t("admin.users.resetCreate")}</button>
        </Form>
        {data?.reset ? (
          <div role="status">
            <p>{t("admin.users.resetLink")}</p>
            <ResetLink url={data.reset.url} />
            <p>
              {data.reset.mail === "sent"
                ? t("admin.users.resetMailed", { email: data.reset.email })
                : data.reset.mail === "failed"
                  ? t("admin.users.resetMailFailed")
                  : t("admin.users.resetNotMailed")}
            </p>
          </div>
        ) : null}
      </section>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.user.name }] : []);
