// Writes a new version of a guide (a draft): the bilingual sections, the deadline rules cited
// (by id, from the rules), the sources and what changed.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, ErrorSummary, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { deadlineRulesExist, getGuideForStaff, saveGuideVersion } from "~/models/country-guide.server.ts";
import { GUIDE_LIST_SECTIONS, guideContentFromForm, guideContentToForm } from "~/support/guide-content.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { formToObject, readForm, splitList } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:support:any");
  const guide = await getGuideForStaff(await getDb(), params.slug ?? "");
  if (!guide?.shown) throw new Response("Not found", { status: 404 });
  return json({
    slug: guide.slug,
    values: { ...guideContentToForm(guide.shown.content), deadlineRuleIds: guide.shown.deadlineRuleIds.join(", "), changeNote: "" },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:support:any");
  const form = await readForm(request, authed);
  const db = await getDb();
  const guide = await getGuideForStaff(db, params.slug ?? "");
  if (!guide) throw new Response("Not found", { status: 404 });
  const values = formToObject(form);
  const { content, errors } = guideContentFromForm(values);
  const ruleIds = splitList(values.deadlineRuleIds);
  if (!(await deadlineRulesExist(db, ruleIds))) errors.deadlineRuleIds = "support.err.choice";
  if (!values.changeNote?.trim()) errors.changeNote = "form.required";
  if (Object.keys(errors).length) return json({ fieldErrors: errors, values }, { status: 400 });
  await saveGuideVersion(db, { guideId: guide.id, content, deadlineRuleIds: ruleIds, changeNote: values.changeNote!.trim(), actorId: authed.user.id });
  return redirect(`/staff/guides/${guide.slug}`);
}

export default function EditGuide() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const msg = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const v: Record<string, string> = data?.values ?? d.values;
  const labels: Record<string, string> = {
    titleZh: `${t("support.f.nameZh")}`,
    titleEn: `${t("support.f.nameEn")}`,
    sources: t("support.guides.f.sources"),
    deadlineRuleIds: t("support.guides.f.deadlineRuleIds"),
    changeNote: t("support.guides.f.changeNote"),
  };
  const sectionKey: Record<(typeof GUIDE_LIST_SECTIONS)[number], MessageKey> = {
    steps: "support.guides.steps",
    timetable: "support.guides.timetable",
    costs: "support.guides.costs",
    firstDays: "support.guides.firstDays",
    typicalCases: "support.guides.typicalCases",
  };
  for (const s of GUIDE_LIST_SECTIONS) {
    labels[`${s}Zh`] = `${t(sectionKey[s])} (zh)`;
    labels[`${s}En`] = `${t(sectionKey[s])} (en)`;
  }
  return (
    <>
      <p>
        <Link to={`/staff/guides/${d.slug}`}>← {t("support.guides.title")}</Link>
      </p>
      <h1>{t("support.guides.edit")}</h1>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField name="titleZh" label={labels.titleZh!} defaultValue={v.titleZh} error={msg(errors.titleZh)} />
        <TextField name="titleEn" label={labels.titleEn!} defaultValue={v.titleEn} error={msg(errors.titleEn)} />
        <TextAreaField name="summaryZh" label={t("support.guides.f.summaryZh")} defaultValue={v.summaryZh} rows={3} />
        <TextAreaField name="summaryEn" label={t("support.guides.f.summaryEn")} defaultValue={v.summaryEn} rows={3} />
        {GUIDE_LIST_SECTIONS.flatMap((s) => [
          <TextAreaField key={`${s}Zh`} name={`${s}Zh`} label={labels[`${s}Zh`]!} hint={t("support.guides.f.lines")} defaultValue={v[`${s}Zh`]} rows={5} />,
          <TextAreaField
            key={`${s}En`}
            name={`${s}En`}
            label={labels[`${s}En`]!}
            hint={t("support.guides.f.lines")}
            defaultValue={v[`${s}En`]}
            error={msg(errors[`${s}En`])}
            rows={5}
          />,
        ])}
        <TextField name="deadlineRuleIds" label={labels.deadlineRuleIds!} defaultValue={v.deadlineRuleIds} error={msg(errors.deadlineRuleIds)} />
        <TextAreaField name="sources" label={labels.sources!} defaultValue={v.sources} error={msg(errors.sources)} rows={4} />
        <TextField name="changeNote" label={labels.changeNote!} defaultValue={v.changeNote} error={msg(errors.changeNote)} />
        <button type="submit">{t("support.guides.saveVersion")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("support.guides.title");
