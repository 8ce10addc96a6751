// The fields of a typical case (典型案例) form.
import { useT } from "~/i18n/use-t.ts";
import { CheckboxField, TextAreaField, TextField } from "./forms.tsx";

export function TypicalCaseFields({ v, errors }: { v: Record<string, string>; errors: Record<string, string> }) {
  const t = useT();
  const area = (name: "summary" | "facts" | "response" | "outcome" | "lessons", rows = 4) => (
    <TextAreaField name={name} label={t(`tc.field.${name}`)} defaultValue={v[name] ?? ""} rows={rows} error={errors[name]} />
  );
  return (
    <>
      <TextField
        name="title"
        label={t("tc.field.title")}
        defaultValue={v.title ?? ""}
        required
        maxLength={200}
        error={errors.title ? t("form.required") : undefined}
      />
      {area("summary", 3)}
      {area("facts")}
      {area("response")}
      {area("outcome", 3)}
      {area("lessons", 3)}
      <TextField name="industry" label={t("tc.field.industry")} defaultValue={v.industry ?? ""} maxLength={60} />
      <TextField name="jurisdiction" label={t("tc.field.jurisdiction")} defaultValue={v.jurisdiction ?? ""} maxLength={20} />
      <TextField name="disputeType" label={t("tc.field.disputeType")} defaultValue={v.disputeType ?? ""} maxLength={60} />
      <TextField name="tags" label={t("tc.field.tags")} defaultValue={v.tags ?? ""} maxLength={1000} />
      <CheckboxField name="anonymise" label={t("tc.field.anonymise")} checked={v.anonymise === "on" || v.anonymise === "true"} />
      <TextAreaField name="maskTerms" label={t("tc.field.maskTerms")} defaultValue={v.maskTerms ?? ""} rows={2} />
    </>
  );
}
