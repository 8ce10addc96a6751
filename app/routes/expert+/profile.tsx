import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ExpertSelfFields } from "~/components/expert-form.tsx";
import { CsrfInput } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { expertFormValues, ExpertSelfSchema, getExpertProfileForUser, updateOwnExpertProfile, windowsToText } from "~/models/expert.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { badRequest, parseFormWith, formOk, readForm, splitList } from "~/utils/forms.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "update:expert-profile:own");
  const profile = await getExpertProfileForUser(await getDb(), user.id);
  if (!profile) throw new Response("Not found", { status: 404 });
  return json({
    profile: {
      displayNameZh: profile.displayNameZh,
      organisation: profile.organisation,
      capacity: profile.capacity,
      unavailableText: windowsToText(profile.unavailable),
      conflictCompanies: parseList(profile.conflictCompanies),
      conflictFirms: parseList(profile.conflictFirms),
    },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:expert-profile:own");
  const form = await readForm(request, authed);
  const db = await getDb();
  const current = await getExpertProfileForUser(db, authed.user.id);
  if (!current) throw new Response("Not found", { status: 404 });
  // A field the post leaves out is unchanged (the update skips it); it parses as its current value.
  const values = expertFormValues(form, splitList);
  if (!form.has("capacity")) values.capacity = String(current.capacity);
  const parsed = parseFormWith(form, ExpertSelfSchema, values);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors });
  await updateOwnExpertProfile(db, authed.user.id, parsed.data, (key) => form.has(key));
  return formOk();
}

export default function OwnProfile() {
  const { profile } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t("experts.profile.title")}</h1>
      <p>
        {profile.displayNameZh}
        {profile.organisation ? ` · ${profile.organisation}` : ""}
      </p>
      <p className="muted">{t("experts.profile.hint")}</p>
      {data?.ok ? <p role="status">{t("form.saved")}</p> : null}
      <Form method="post" noValidate key={JSON.stringify(profile)}>
        <CsrfInput />
        <ExpertSelfFields v={profile} errors={data?.fieldErrors ?? {}} />
        <button type="submit">{t("form.save")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("experts.profile.title");
