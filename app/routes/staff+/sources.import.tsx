import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, MaxPartSizeExceededError } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { boundedMemoryUploadHandler, parseMultipartFormData } from "~/utils/multipart.server.ts";
import { CsrfInput, ErrorSummary, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import { CheckboxField } from "~/components/forms.tsx";
import { isTicked, JurisdictionField, useKindOptions } from "~/components/source-form.tsx";
import { useT } from "~/i18n/use-t.ts";
import { OpmlError } from "~/ingest/opml.server.ts";
import { importOpml, OpmlImportSchema, type OpmlImportResult } from "~/models/source.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { isSameOrigin, isValidCsrfToken } from "~/utils/csrf.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { CSRF_FIELD, parseFormWith, type FieldErrors } from "~/utils/forms.server.ts";
import { titleMeta } from "~/i18n/meta.ts";

const MAX_OPML_BYTES = 1024 * 1024; // 1 MB
// The other fields (CSRF token, defaults, multipart headers) are a few hundred bytes.
const MAX_REQUEST_BYTES = MAX_OPML_BYTES + 64 * 1024;
const MAX_OPML_LABEL = "1 MB";
const OPML_EXTENSIONS = /\.(opml|xml)$/i;
const OPML_TYPES = new Set(["text/xml", "application/xml", "text/x-opml", "application/opml+xml"]);

interface ImportActionData {
  ok: boolean;
  fieldErrors: FieldErrors;
  values?: Record<string, string>;
  result?: OpmlImportResult;
}

function reply(data: ImportActionData, status = 200) {
  return json(data, { status });
}

function isAcceptedFile(file: File) {
  const type = file.type.split(";")[0].trim().toLowerCase();
  return OPML_EXTENSIONS.test(file.name) || OPML_TYPES.has(type);
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:source:any");
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:source:any");
  // readForm cannot read a multipart body with a size limit, so its checks are repeated here.
  if (!isSameOrigin(request)) throw new Response("Cross-origin form rejected", { status: 403 });
  const tooLarge = { fieldErrors: { file: `sources.import.tooLarge|max=${MAX_OPML_LABEL}` }, ok: false };
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) return reply(tooLarge, 400);
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    return reply({ ok: false, fieldErrors: { file: "sources.import.fileRequired" } }, 400);
  }
  let form: FormData;
  try {
    form = await parseMultipartFormData(request, boundedMemoryUploadHandler(MAX_OPML_BYTES, MAX_REQUEST_BYTES));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return reply(tooLarge, 400);
    throw error;
  }
  if (!isValidCsrfToken(authed.sessionId, form.get(CSRF_FIELD))) {
    throw json({ formError: "form.csrf" as const, fieldErrors: {} }, { status: 403 });
  }

  const parsed = parseFormWith(form, OpmlImportSchema);
  const fieldErrors: FieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
  const file = form.get("file");
  if (!(file instanceof Blob) || !("name" in file) || (file.size === 0 && !file.name)) fieldErrors.file = "sources.import.fileRequired";
  else if (!isAcceptedFile(file as File)) fieldErrors.file = "sources.import.wrongType";
  if (!parsed.ok || fieldErrors.file) return reply({ ok: false, fieldErrors, values: parsed.values }, 400);

  try {
    const result = await importOpml(await getDb(), await (file as File).text(), parsed.data, authed.user.id);
    return reply({ ok: true, fieldErrors: {}, values: parsed.values, result });
  } catch (error) {
    if (!(error instanceof OpmlError)) throw error;
    if (error.code === "too-many-feeds") {
      return reply({ ok: false, fieldErrors: { file: `feedSources.opmlTooManyFeeds|max=${error.max}` }, values: parsed.values }, 400);
    }
    // The reader's words for the kind of problem, not the XML parser's English (issue 13).
    const key = error.code === "not-opml" ? "sources.import.notOpml" : "sources.import.unreadableOpml";
    return reply({ ok: false, fieldErrors: { file: key }, values: parsed.values }, 400);
  }
}

/** Skip reasons from importOpml: "already registered", or "field: message-key; …". */
function useSkipReason() {
  const t = useT();
  const message = useMessage();
  const fields: Record<string, string> = {
    name: t("sources.field.name"),
    url: t("sources.field.url"),
    kind: t("sources.field.kind"),
    jurisdiction: t("sources.field.jurisdiction"),
    language: t("sources.field.language"),
    schedule: t("sources.field.schedule"),
  };
  return (reason: string) =>
    reason === "already registered"
      ? t("sources.import.alreadyRegistered")
      : reason
          .split("; ")
          .map((part) => {
            const at = part.indexOf(": ");
            if (at < 0) return message(part);
            const field = part.slice(0, at);
            return `${fields[field] ?? field}: ${message(part.slice(at + 2))}`;
          })
          .join("；");
}

export default function ImportSources() {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const message = useMessage();
  const skipReason = useSkipReason();
  const kinds = useKindOptions();
  const errors: Record<string, string> = data?.ok ? {} : (data?.fieldErrors ?? {});
  const values: Record<string, string> = data?.values ?? {};
  const labels = {
    file: t("sources.import.file"),
    kind: t("sources.import.defaultKind"),
    jurisdiction: t("sources.import.defaultJurisdiction"),
    enabled: t("sources.import.enabled"),
  };
  const result = data?.ok ? data.result : undefined;
  return (
    <>
      <p>
        <Link to="/staff/sources">← {t("sources.back")}</Link>
      </p>
      <h1>{t("sources.import.title")}</h1>
      <p className="muted">{t("sources.import.intro")}</p>
      {result ? (
        <section className="card" role="status" aria-labelledby="import-result">
          <h2 id="import-result">{t("sources.import.result", { created: result.created.length, skipped: result.skipped.length })}</h2>
          {result.created.length > 0 ? (
            <>
              <h3>{t("sources.import.createdTitle")}</h3>
              <ul>
                {result.created.map((s) => (
                  <li key={s.id}>
                    <Link to={`/staff/sources/${s.id}`}>{s.name}</Link> <span className="muted source-url">{s.url}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {result.skipped.length > 0 ? (
            <>
              <h3>{t("sources.import.skippedTitle")}</h3>
              <ul>
                {result.skipped.map((s, i) => (
                  <li key={i}>
                    <span className="source-url">{s.url}</span> — {skipReason(s.reason)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
        <TextField
          name="file"
          type="file"
          label={labels.file}
          accept=".opml,.xml,text/xml,application/xml"
          hint={t("sources.import.fileHint")}
          error={message(errors.file)}
          required
        />
        <SelectField name="kind" label={labels.kind} defaultValue={values.kind ?? "news"} error={message(errors.kind)} options={kinds} />
        <JurisdictionField label={labels.jurisdiction} value={values.jurisdiction} error={message(errors.jurisdiction)} />
        <CheckboxField name="enabled" label={labels.enabled} checked={isTicked(values.enabled)} />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("sources.import.submit")}
        </button>
      </Form>
    </>
  );
}

export const meta = titleMeta("sources.import.title");
