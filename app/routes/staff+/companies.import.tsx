import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, MaxPartSizeExceededError } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { boundedMemoryUploadHandler, parseMultipartFormData } from "~/utils/multipart.server.ts";
import { CsrfInput, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { importRegistryCsv, type RegistryImportResult } from "~/models/exporter-registry.server.ts";
import { readRegistryUpload } from "~/models/registry-upload.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { isSameOrigin, isValidCsrfToken } from "~/utils/csrf.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { CSRF_FIELD } from "~/utils/forms.server.ts";

// The confirm step carries the decoded text back; GBK's two bytes per character become three in UTF-8.
const MAX_TEXT_BYTES = 3 * 1024 * 1024;
const MAX_REQUEST_BYTES = MAX_TEXT_BYTES + 64 * 1024;

type Reply = {
  ok: boolean;
  fileError?: string;
  source?: string;
  result?: Pick<RegistryImportResult, "dryRun" | "created" | "updated" | "unchanged" | "errors">;
};
const reply = (data: Reply, status = 200) => json(data, { status });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "update:company:any");
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:company:any");
  // readForm cannot bound a multipart body, so its checks are repeated here.
  if (!isSameOrigin(request)) throw new Response("Cross-origin form rejected", { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) return reply({ ok: false, fileError: "companyImport.tooLarge" }, 400);
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return reply({ ok: false, fileError: "companyImport.noFile" }, 400);
  let form: FormData;
  try {
    form = await parseMultipartFormData(request, boundedMemoryUploadHandler(MAX_TEXT_BYTES, MAX_REQUEST_BYTES));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return reply({ ok: false, fileError: "companyImport.tooLarge" }, 400);
    throw error;
  }
  if (!isValidCsrfToken(authed.sessionId, form.get(CSRF_FIELD))) return json({ ok: false, fileError: "form.csrf" }, { status: 403 });

  const confirm = form.get("intent") === "confirm";
  let source: string;
  if (confirm) {
    const text = form.get("source");
    if (typeof text !== "string" || !text.trim()) return reply({ ok: false, fileError: "companyImport.noFile" }, 400);
    source = text;
  } else {
    const upload = await readRegistryUpload(form.get("file"));
    if ("error" in upload) return reply({ ok: false, fileError: upload.error }, 400);
    source = upload.source;
  }
  // The confirm step re-validates everything: the hidden text is as untrusted as the upload.
  const result = await importRegistryCsv(await getDb(), source, { dryRun: !confirm, actorId: authed.user.id });
  const summary = { dryRun: result.dryRun, created: result.created, updated: result.updated, unchanged: result.unchanged, errors: result.errors };
  return reply({ ok: true, result: summary, source: confirm ? undefined : source });
}

export default function CompanyImportPage() {
  const data = useActionData<typeof action>() as Reply | undefined;
  const t = useT();
  const message = useMessage();
  const busy = useNavigation().state !== "idle";
  const result = data?.result;
  return (
    <>
      <h1>{t("companyImport.title")}</h1>
      <p>
        <a href="/staff/companies/template.csv" download>
          {t("companyImport.template")}
        </a>
      </p>
      {result && !result.dryRun ? (
        <p className="flash" role="status">
          {t("companyImport.done", { created: result.created, updated: result.updated, unchanged: result.unchanged })}
        </p>
      ) : null}
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
        <div className={`field${data?.fileError ? " field--error" : ""}`}>
          <label htmlFor="f-file">{t("companyImport.file")}</label>
          <input id="f-file" type="file" name="file" accept=".csv,text/csv" aria-describedby={data?.fileError ? "f-file-error" : undefined} />
          {data?.fileError ? (
            <p className="field__error" id="f-file-error" role="alert">
              {message(data.fileError)}
            </p>
          ) : null}
        </div>
        <button type="submit" name="intent" value="preview" disabled={busy}>
          {t("companyImport.preview")}
        </button>
      </Form>
      {result?.dryRun ? (
        <section aria-labelledby="preview-h">
          <h2 id="preview-h">{t("companyImport.preview")}</h2>
          <p role="status">
            {t("companyImport.summary", { created: result.created, updated: result.updated, unchanged: result.unchanged, errors: result.errors.length })}
          </p>
          {result.errors.length ? (
            <>
              <p>{t("companyImport.errors")}</p>
              <ul className="import-errors">
                {result.errors.map((e, i) => (
                  <li key={i}>
                    {t("companyImport.line", { line: e.line })} · {e.field}: {message(e.message)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {data?.source && result.created + result.updated > 0 ? (
            <Form method="post" encType="multipart/form-data">
              <CsrfInput />
              <input type="hidden" name="source" value={data.source} />
              <button type="submit" name="intent" value="confirm" disabled={busy}>
                {t("companyImport.confirm")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

export const meta = titleMeta("companyImport.title");
