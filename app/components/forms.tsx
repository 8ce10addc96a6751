// Accessible form pieces: every input has a label, errors are tied to their field with
// aria-describedby / aria-invalid, and messages arrive as catalogue keys to translate.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { formatMessage } from "~/i18n/i18n.ts";
import { useLocale, useRootData, useT } from "~/i18n/use-t.ts";

/** Messages are catalogue keys, optionally with parameters: "form.tooShort|min=10". */
export function useMessage() {
  const locale = useLocale();
  return (message: string | undefined) => (message === undefined ? undefined : formatMessage(locale, message));
}

export function CsrfInput() {
  const root = useRootData();
  return root?.csrf ? <input type="hidden" name="csrf" value={root.csrf} /> : null;
}

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children?: ReactNode;
}

/** The hint and error lines under a field, with the ids aria-describedby points at. */
function FieldMessages({ name, error, hint }: { name: string; error?: string; hint?: string }) {
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`f-${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`f-${name}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function FieldFrame({ name, label, error, hint, children }: FieldProps) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={`f-${name}`}>{label}</label>
      {children}
      <FieldMessages name={name} error={error} hint={hint} />
    </div>
  );
}

/**
 * A checkbox that always submits a value: the hidden "false" comes first and the ticked box's
 * "true" after it, so the last value wins when ticked and "false" arrives when not (schemas
 * may read an absent flag as true).
 */
export function CheckboxField({ name, label, checked, hint, error }: { name: string; label: string; checked: boolean; hint?: string; error?: string }) {
  return (
    <div className={`field field--checkbox${error ? " field--error" : ""}`}>
      <input type="hidden" name={name} value="false" />
      <span className="checkbox-row">
        <input type="checkbox" id={`f-${name}`} name={name} value="true" defaultChecked={checked} aria-describedby={describedBy(name, error, hint)} />
        <label htmlFor={`f-${name}`}>{label}</label>
      </span>
      <FieldMessages name={name} error={error} hint={hint} />
    </div>
  );
}

function describedBy(name: string, error?: string, hint?: string) {
  const ids = [hint ? `f-${name}-hint` : null, error ? `f-${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField(props: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { name, label, error, hint, ...input } = props;
  return (
    <FieldFrame name={name} label={label} error={error} hint={hint}>
      <input id={`f-${name}`} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, hint)} {...input} />
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { name, label, error, hint, ...input } = props;
  return (
    <FieldFrame name={name} label={label} error={error} hint={hint}>
      <textarea id={`f-${name}`} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, hint)} {...input} />
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const { name, label, error, hint, options, ...input } = props;
  return (
    <FieldFrame name={name} label={label} error={error} hint={hint}>
      <select id={`f-${name}`} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, hint)} {...input}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Lists every problem at the top of the form, each linking to its field. */
export function ErrorSummary({ errors, labels }: { errors?: Record<string, string>; labels: Record<string, string> }) {
  const t = useT();
  const message = useMessage();
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <p>{t("form.errorSummary", { count: entries.length })}</p>
      <ul>
        {entries.map(([field, msg]) => (
          <li key={field}>
            <a href={`#f-${field}`}>
              {labels[field] ?? field}: {message(msg)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
