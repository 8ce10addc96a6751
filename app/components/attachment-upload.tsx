// The request page's upload form. It posts through a fetcher so a refused file (wrong type,
// empty, too large) is explained in place on the request page instead of replacing it, and
// the button is disabled with a progress bar while the file is on its way.
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useT } from "~/i18n/use-t.ts";
import { CheckboxField, CsrfInput, useMessage } from "./forms.tsx";

export const UPLOAD_ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.pptx,.txt";

/** The file input with its size hint and error line (ids match aria-describedby). */
export function FileField({ error, limits }: { error: string | undefined; limits: { file: string; total: string } }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor="f-file">{t("guidance.upload.file")}</label>
      <input
        id="f-file"
        type="file"
        name="file"
        accept={UPLOAD_ACCEPT}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "f-file-hint f-file-error" : "f-file-hint"}
      />
      <p className="field__hint" id="f-file-hint">
        {t("guidance.upload.hint", limits)}
      </p>
      {error ? (
        <p className="field__error" id="f-file-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function AttachmentUploadForm({ action, limits }: { action: string; limits: { file: string; total: string } }) {
  const t = useT();
  const msg = useMessage();
  const fetcher = useFetcher<{ ok: false; fieldErrors: { file?: string } }>();
  const busy = fetcher.state !== "idle";
  const error = !busy ? fetcher.data?.fieldErrors?.file : undefined;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
  }, [error]);
  return (
    <fetcher.Form ref={form} method="post" action={action} encType="multipart/form-data" noValidate aria-busy={busy}>
      <CsrfInput />
      <FileField error={error ? msg(error) : undefined} limits={limits} />
      <CheckboxField name="shareWithExperts" label={t("guidance.upload.share")} checked />
      <button type="submit" disabled={busy}>
        {t("guidance.upload.submit")}
      </button>
      {busy ? (
        <p role="status">
          <progress aria-label={t("journeys.upload.uploading")} /> {t("journeys.upload.uploading")}
        </p>
      ) : null}
    </fetcher.Form>
  );
}
