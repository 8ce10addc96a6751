import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ExpertStaffFields } from "~/components/expert-form.tsx";
import { CsrfInput } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { expertFormValues, ExpertStaffSchema, getExpertForStaff, updateExpertByStaff } from "~/models/expert.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, formOk, readForm, splitList, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:expert:any");
  const expert = await getExpertForStaff(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!expert) throw new Response("Not found", { status: 404 });
  return json({ expert });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:expert:any");
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, ExpertStaffSchema, expertFormValues(form, splitList));
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors });
  const row = await updateExpertByStaff(await getDb(), parseParams(params, IdParamsSchema).id, parsed.data, authed.user.id);
  if (!row) throw new Response("Not found", { status: 404 });
  return formOk();
}

export default function EditExpert() {
  const { expert } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <p>
        <Link to="/staff/experts">← {t("experts.back")}</Link>
      </p>
      <h1>
        {t("experts.edit")}: {expert.displayNameZh}
      </h1>
      <p className="muted">{expert.email}</p>
      {data?.ok ? <p role="status">{t("form.saved")}</p> : null}
      <section className="card">
        <h2>{t("experts.ratings")}</h2>
        {expert.ratings.length ? (
          <p>
            {expert.ratings.join(" · ")} ({t("experts.col.rating")}: {expert.averageRating})
          </p>
        ) : (
          <p className="muted">{t("experts.noRatings")}</p>
        )}
      </section>
      <Form method="post" noValidate key={JSON.stringify(expert)}>
        <CsrfInput />
        <ExpertStaffFields v={expert} errors={data?.fieldErrors ?? {}} />
        <button type="submit">{t("form.save")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("experts.edit");
