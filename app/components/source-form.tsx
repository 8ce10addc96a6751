// The fields of the source create/edit form. Values are the form's strings (kept on a 400),
// errors are catalogue keys from SourceInputSchema. No data access.
import { CheckboxField, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import { useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { DEFAULT_SOURCE_SCHEDULE } from "~/ingest/source-defaults.ts";
import { SOURCE_KINDS } from "~/domain/taxonomy.ts";

export type SourceFormValues = Partial<Record<SourceFieldName, string>>;
export type SourceFieldName = "name" | "url" | "kind" | "jurisdiction" | "language" | "schedule" | "enabled" | "alertable" | "fallbackSourceId";

export function useSourceFieldLabels(): Record<SourceFieldName, string> {
  const t = useT();
  return {
    name: t("sources.field.name"),
    url: t("sources.field.url"),
    kind: t("sources.field.kind"),
    jurisdiction: t("sources.field.jurisdiction"),
    language: t("sources.field.language"),
    schedule: t("sources.field.schedule"),
    enabled: t("sources.field.enabled"),
    alertable: t("sources.field.alertable"),
    fallbackSourceId: t("sources.field.fallback"),
  };
}

export function useKindOptions() {
  const t = useT();
  return SOURCE_KINDS.map((k) => ({ value: k, label: t(`sources.kind.${k}` as MessageKey) }));
}

/** A ticked box: "true"/"on" from a form, or no value yet (new form: ticked by default). */
export function isTicked(value: string | undefined) {
  return value === undefined || value === "true" || value === "on";
}

export function SourceFields({
  values,
  errors,
  fallbackOptions,
}: {
  values: SourceFormValues;
  errors: Record<string, string>;
  fallbackOptions: { id: string; name: string }[];
}) {
  const t = useT();
  const message = useMessage();
  const labels = useSourceFieldLabels();
  const kinds = useKindOptions();
  return (
    <>
      <TextField name="name" label={labels.name} defaultValue={values.name ?? ""} error={message(errors.name)} required maxLength={200} />
      <TextField
        name="url"
        type="url"
        label={labels.url}
        defaultValue={values.url ?? ""}
        error={message(errors.url)}
        hint={t("sources.hint.url")}
        required
        inputMode="url"
        spellCheck={false}
      />
      <SelectField name="kind" label={labels.kind} defaultValue={values.kind ?? "case"} error={message(errors.kind)} options={kinds} />
      <JurisdictionField label={labels.jurisdiction} value={values.jurisdiction} error={message(errors.jurisdiction)} />
      <TextField
        name="language"
        label={labels.language}
        defaultValue={values.language ?? "en"}
        error={message(errors.language)}
        hint={t("sources.hint.language")}
        maxLength={12}
        spellCheck={false}
      />
      <TextField
        name="schedule"
        label={labels.schedule}
        defaultValue={values.schedule ?? DEFAULT_SOURCE_SCHEDULE}
        error={message(errors.schedule)}
        hint={t("sources.hint.schedule")}
        spellCheck={false}
        className="mono"
      />
      <CheckboxField name="enabled" label={labels.enabled} checked={isTicked(values.enabled)} error={message(errors.enabled)} />
      <CheckboxField
        name="alertable"
        label={labels.alertable}
        checked={isTicked(values.alertable)}
        hint={t("sources.hint.alertable")}
        error={message(errors.alertable)}
      />
      <SelectField
        name="fallbackSourceId"
        label={labels.fallbackSourceId}
        defaultValue={values.fallbackSourceId ?? ""}
        error={message(errors.fallbackSourceId)}
        hint={t("sources.hint.fallback")}
        options={[{ value: "", label: t("common.none") }, ...fallbackOptions.map((s) => ({ value: s.id, label: s.name }))]}
      />
    </>
  );
}

/** The jurisdiction input of the source and OPML-import forms (country or region code). */
export function JurisdictionField({ label, value, error }: { label: string; value?: string; error?: string }) {
  const t = useT();
  return (
    <TextField
      name="jurisdiction"
      label={label}
      defaultValue={value ?? ""}
      error={error}
      hint={t("sources.hint.jurisdiction")}
      required
      maxLength={8}
      autoCapitalize="characters"
      spellCheck={false}
    />
  );
}
