// The expert profile fields shared by the staff create/edit pages (and, for the self-service
// subset, the expert's own profile page).
import { CheckboxField, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import { INDUSTRY_LABELS, IP_TYPE_LABELS } from "~/domain/taxonomy.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";

export interface ExpertFormValues {
  displayNameZh?: string;
  displayNameEn?: string | null;
  organisation?: string | null;
  title?: string | null;
  ipTypes?: string[];
  industries?: string[];
  jurisdictions?: string[];
  languages?: string[];
  capacity?: number | string;
  unavailableText?: string;
  conflictCompanies?: string[];
  conflictFirms?: string[];
  feeNote?: string | null;
  bio?: string | null;
  active?: boolean;
}

function CheckGroup({
  name,
  legend,
  options,
  checked,
  error,
}: {
  name: string;
  legend: string;
  options: { id: string; label: string }[];
  checked: string[];
  error?: string;
}) {
  return (
    <fieldset className={`field${error ? " field--error" : ""}`}>
      <legend>{legend}</legend>
      <div className="check-grid">
        {options.map((o) => (
          <label key={o.id} className="checkbox-row">
            <input type="checkbox" name={name} value={o.id} defaultChecked={checked.includes(o.id)} /> {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function ExpertSelfFields({ v, errors }: { v: ExpertFormValues; errors: Record<string, string> }) {
  const t = useT();
  const m = useMessage();
  return (
    <>
      <TextField
        name="capacity"
        type="number"
        min={0}
        max={50}
        label={t("experts.field.capacity")}
        defaultValue={String(v.capacity ?? 3)}
        error={m(errors.capacity)}
      />
      <TextAreaField
        name="unavailable"
        rows={3}
        label={t("experts.field.unavailable")}
        defaultValue={v.unavailableText ?? ""}
        error={m(errors.unavailable)}
        placeholder="2026-07-01..2026-07-14"
      />
      <TextAreaField
        name="conflictCompanies"
        rows={4}
        label={t("experts.field.conflictCompanies")}
        defaultValue={(v.conflictCompanies ?? []).join("\n")}
        error={m(errors.conflictCompanies)}
        hint={t("form.listHint")}
      />
      <TextAreaField
        name="conflictFirms"
        rows={3}
        label={t("experts.field.conflictFirms")}
        defaultValue={(v.conflictFirms ?? []).join("\n")}
        error={m(errors.conflictFirms)}
        hint={t("form.listHint")}
      />
    </>
  );
}

export function ExpertStaffFields({ v, errors }: { v: ExpertFormValues; errors: Record<string, string> }) {
  const t = useT();
  const m = useMessage();
  const locale = useLocale();
  return (
    <>
      <TextField name="displayNameZh" label={t("experts.field.displayNameZh")} defaultValue={v.displayNameZh ?? ""} error={m(errors.displayNameZh)} required />
      <TextField name="displayNameEn" label={t("experts.field.displayNameEn")} defaultValue={v.displayNameEn ?? ""} error={m(errors.displayNameEn)} />
      <TextField name="organisation" label={t("experts.field.organisation")} defaultValue={v.organisation ?? ""} error={m(errors.organisation)} />
      <TextField name="title" label={t("experts.field.title")} defaultValue={v.title ?? ""} error={m(errors.title)} />
      <CheckGroup
        name="ipTypes"
        legend={t("experts.field.ipTypes")}
        options={IP_TYPE_LABELS.map((i) => ({ id: i.id, label: i[locale] }))}
        checked={v.ipTypes ?? []}
        error={m(errors.ipTypes)}
      />
      <CheckGroup
        name="industries"
        legend={t("experts.field.industries")}
        options={INDUSTRY_LABELS.map((i) => ({ id: i.id, label: i[locale] }))}
        checked={v.industries ?? []}
        error={m(errors.industries)}
      />
      <TextField
        name="jurisdictions"
        label={t("experts.field.jurisdictions")}
        defaultValue={(v.jurisdictions ?? []).join(", ")}
        error={m(errors.jurisdictions)}
        hint={t("form.listHint")}
      />
      <TextField
        name="languages"
        label={t("experts.field.languages")}
        defaultValue={(v.languages ?? []).join(", ")}
        error={m(errors.languages)}
        hint={t("form.listHint")}
      />
      <ExpertSelfFields v={v} errors={errors} />
      <TextAreaField name="feeNote" rows={2} label={t("experts.field.feeNote")} defaultValue={v.feeNote ?? ""} error={m(errors.feeNote)} />
      <TextAreaField name="bio" rows={3} label={t("experts.field.bio")} defaultValue={v.bio ?? ""} error={m(errors.bio)} />
      <CheckboxField name="active" label={t("experts.field.active")} checked={v.active ?? true} />
    </>
  );
}
