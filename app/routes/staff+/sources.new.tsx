import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { CsrfInput, ErrorSummary } from "~/components/forms.tsx";
import { SourceFields, useSourceFieldLabels } from "~/components/source-form.tsx";
import { useT } from "~/i18n/use-t.ts";
import { createSource, listSources, sourceFieldError, SourceInputSchema } from "~/models/source.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm } from "~/utils/forms.server.ts";
import { titleMeta } from "~/i18n/meta.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:source:any");
  const sources = await listSources(await getDb(), "name");
  return json({ fallbackOptions: sources.map((s) => ({ id: s.id, name: s.name })) });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:source:any");
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, SourceInputSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  try {
    const source = await createSource(await getDb(), parsed.data, authed.user.id);
    return redirect(`/staff/sources/${source.id}?created=1`);
  } catch (error) {
    const fieldErrors = sourceFieldError(error);
    if (fieldErrors) return badRequest({ fieldErrors, values: parsed.values });
    throw error;
  }
}

export default function NewSource() {
  const { fallbackOptions } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const labels = useSourceFieldLabels();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const values: Record<string, string> = data?.values ?? {};
  return (
    <>
      <p>
        <Link to="/staff/sources">← {t("sources.back")}</Link>
      </p>
      <h1>{t("sources.new")}</h1>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <SourceFields values={values} errors={errors} fallbackOptions={fallbackOptions} />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("sources.create")}
        </button>
      </Form>
    </>
  );
}

export const meta = titleMeta("sources.new");
