// The guidance-request form (应对指导申请) shared by the new-request and edit pages.
import { CheckboxField, SelectField, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { useT } from "~/i18n/use-t.ts";
import { DISPUTE_TYPES } from "~/domain/dispute-types.ts";

export const GUIDANCE_FIELDS = [
  "disputeType",
  "country",
  "forum",
  "opposingParty",
  "opposingCounsel",
  "caseNumber",
  "servedAt",
  "tempReliefMotion",
  "statedDeadline",
  "products",
  "hsCodes",
  "amountAtStake",
  "currency",
  "whatHappened",
  "helpWanted",
  "contactName",
  "contactPhone",
  "contactEmail",
  "consentToShare",
] as const;

export function useGuidanceLabels(): Record<string, string> {
  const t = useT();
  return Object.fromEntries(GUIDANCE_FIELDS.map((f) => [f, t(`guidance.f.${f}` as MessageKey)]));
}

export function GuidanceFields({ values, errors }: { values: Record<string, string>; errors: Record<string, string> }) {
  const t = useT();
  const msg = useMessage();
  const labels = useGuidanceLabels();
  const text = (name: (typeof GUIDANCE_FIELDS)[number], extra: Record<string, unknown> = {}) => (
    <TextField name={name} label={labels[name]!} defaultValue={values[name] ?? ""} error={msg(errors[name])} {...extra} />
  );
  return (
    <>
      <SelectField
        name="disputeType"
        label={labels.disputeType!}
        defaultValue={values.disputeType ?? ""}
        error={msg(errors.disputeType)}
        options={[{ value: "", label: "—" }, ...DISPUTE_TYPES.map((id) => ({ value: id, label: t(`guidance.type.${id}` as MessageKey) }))]}
      />
      {text("country")}
      {text("forum")}
      {text("opposingParty")}
      {text("opposingCounsel")}
      {text("caseNumber")}
      {text("servedAt", { type: "date" })}
      <CheckboxField
        name="tempReliefMotion"
        label={labels.tempReliefMotion!}
        checked={values.tempReliefMotion === "true"}
        error={msg(errors.tempReliefMotion)}
      />
      {text("statedDeadline", { type: "date" })}
      <TextAreaField
        name="products"
        label={labels.products!}
        defaultValue={values.products ?? ""}
        error={msg(errors.products)}
        hint={t("form.listHint")}
        rows={2}
      />
      {text("hsCodes", { hint: t("form.listHint") })}
      {text("amountAtStake", { inputMode: "decimal" })}
      {text("currency", { maxLength: 3 })}
      <TextAreaField name="whatHappened" label={labels.whatHappened!} defaultValue={values.whatHappened ?? ""} error={msg(errors.whatHappened)} rows={6} />
      <TextAreaField name="helpWanted" label={labels.helpWanted!} defaultValue={values.helpWanted ?? ""} error={msg(errors.helpWanted)} rows={3} />
      {text("contactName")}
      {text("contactPhone", { type: "tel" })}
      {text("contactEmail", { type: "email" })}
      <CheckboxField name="consentToShare" label={labels.consentToShare!} checked={values.consentToShare === "true"} error={msg(errors.consentToShare)} />
    </>
  );
}

/** A stored request as form values. */
export function requestToValues(r: Record<string, unknown> & { products: string[]; hsCodes: string[] }): Record<string, string> {
  const date = (v: unknown) => (typeof v === "string" && v ? v.slice(0, 10) : "");
  return {
    disputeType: String(r.disputeType ?? ""),
    country: String(r.country ?? ""),
    forum: String(r.forum ?? ""),
    opposingParty: String(r.opposingParty ?? ""),
    opposingCounsel: String(r.opposingCounsel ?? ""),
    caseNumber: String(r.caseNumber ?? ""),
    servedAt: date(r.servedAt),
    tempReliefMotion: r.tempReliefMotion ? "true" : "false",
    statedDeadline: date(r.statedDeadline),
    products: r.products.join(", "),
    hsCodes: r.hsCodes.join(", "),
    amountAtStake: r.amountAtStake == null ? "" : String(r.amountAtStake),
    currency: String(r.currency ?? ""),
    whatHappened: String(r.whatHappened ?? ""),
    helpWanted: String(r.helpWanted ?? ""),
    contactName: String(r.contactName ?? ""),
    contactPhone: String(r.contactPhone ?? ""),
    contactEmail: String(r.contactEmail ?? ""),
    consentToShare: r.consentToShare ? "true" : "false",
  };
}
