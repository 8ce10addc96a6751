// The company profile form, shared by the exporter's own page and the staff edit page.
import { Form } from "@remix-run/react";
import { CheckboxField, CsrfInput, ErrorSummary, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import { INDUSTRY_LABELS, IP_TYPE_LABELS } from "~/domain/taxonomy.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";

export type CompanyFormCompany = {
  nameZh: string;
  nameEn: string | null;
  aliases: string[];
  creditCode: string | null;
  city: string | null;
  province: string | null;
  industries: string[];
  products: string[];
  hsCodes: string[];
  markets: string[];
  ipTypes: string[];
  observationEnterprise: boolean;
  contactEmail: string | null;
};

const TEXT = [
  ["nameZh", "company.nameZh", "input"],
  ["nameEn", "company.nameEn", "input"],
  ["aliases", "company.aliases", "list"],
  ["creditCode", "company.creditCode", "input"],
  ["city", "company.city", "input"],
  ["province", "company.province", "input"],
  ["products", "company.products", "list"],
  ["hsCodes", "company.hsCodes", "list"],
  ["markets", "company.markets", "list"],
  ["contactEmail", "company.contactEmail", "input"],
] as const satisfies readonly (readonly [keyof CompanyFormCompany, MessageKey, "input" | "list"])[];

const LABELS: Record<string, MessageKey> = {
  ...Object.fromEntries(TEXT.map(([n, l]) => [n, l])),
  industries: "company.industries",
  ipTypes: "company.ipTypes",
  observationEnterprise: "company.observationEnterprise",
};

export function CompanyForm({ company, errors, values }: { company: CompanyFormCompany; errors: Record<string, string>; values?: Record<string, string> }) {
  const t = useT();
  const locale = useLocale();
  const message = useMessage();
  const text = (name: (typeof TEXT)[number][0]) => {
    if (values) return values[name] ?? "";
    const v = company[name];
    return Array.isArray(v) ? v.join(", ") : (v ?? "");
  };
  // After a failed post the ticked boxes come back as one comma list.
  const picked = (name: "industries" | "ipTypes") => new Set(values ? (values[name] ?? "").split(",").filter(Boolean) : company[name]);
  const picker = (name: "industries" | "ipTypes", options: readonly { id: string; zh: string; en: string }[]) => {
    const chosen = picked(name);
    const error = message(errors[name]);
    return (
      <fieldset className={`field${error ? " field--error" : ""}`} id={`f-${name}`} aria-describedby={error ? `f-${name}-error` : undefined}>
        <legend>{t(LABELS[name]!)}</legend>
        {options.map((o) => (
          <span className="checkbox-row" key={o.id}>
            <input type="checkbox" id={`f-${name}-${o.id}`} name={name} value={o.id} defaultChecked={chosen.has(o.id)} />
            <label htmlFor={`f-${name}-${o.id}`}>{o[locale]}</label>
          </span>
        ))}
        {error ? (
          <p className="field__error" role="alert" id={`f-${name}-error`}>
            {error}
          </p>
        ) : null}
      </fieldset>
    );
  };
  return (
    <>
      <ErrorSummary errors={errors} labels={Object.fromEntries(Object.entries(LABELS).map(([n, l]) => [n, t(l)]))} />
      <Form method="post" noValidate>
        <CsrfInput />
        {TEXT.map(([name, label, kind]) =>
          kind === "list" ? (
            <TextAreaField
              key={name}
              name={name}
              label={t(label)}
              hint={name === "aliases" ? t("company.aliasesHint") : t("form.listHint")}
              defaultValue={text(name)}
              error={message(errors[name])}
              rows={2}
            />
          ) : (
            <TextField
              key={name}
              name={name}
              label={t(label)}
              defaultValue={text(name)}
              error={message(errors[name])}
              required={name === "nameZh"}
              type={name === "contactEmail" ? "email" : "text"}
            />
          ),
        )}
        {picker("industries", INDUSTRY_LABELS)}
        {picker("ipTypes", IP_TYPE_LABELS)}
        <CheckboxField
          name="observationEnterprise"
          label={t("company.observationEnterprise")}
          checked={values ? values.observationEnterprise === "true" : company.observationEnterprise}
          error={message(errors.observationEnterprise)}
        />
        <button type="submit">{t("form.save")}</button>
      </Form>
    </>
  );
}
