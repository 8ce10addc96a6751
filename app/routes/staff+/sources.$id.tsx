import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { ConfirmCheck } from "~/components/confirm-check.tsx";
import { CONFIRM_REQUIRED, isConfirmed } from "~/utils/confirm.server.ts";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput, ErrorSummary, useMessage } from "~/components/forms.tsx";
import { SourceFields, useSourceFieldLabels } from "~/components/source-form.tsx";
import { SourceHealthPanel } from "~/components/source-health.tsx";
import { PREVIEW_ITEMS_SHOWN, SourcePreview, type SourcePreviewData } from "~/components/source-preview.tsx";
import { IngestSummaryView, SourceRunLog, type IngestSummaryData } from "~/components/source-runs.tsx";
import { translator } from "~/i18n/i18n.ts";
import { useT } from "~/i18n/use-t.ts";
import { presentPreview, presentPreviewFailure, presentRunSummary, previewFeed } from "~/models/ingest.server.ts";
import { runSourceNow } from "~/models/run-now.server.ts";
import {
  getSource,
  listSourceRuns,
  listSources,
  setSourceEnabled,
  setSourceVisibility,
  presentSourceDetail,
  presentSourceRun,
  sourceFieldError,
  SourceInputSchema,
  updateSource,
} from "~/models/source.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb, type Db } from "~/utils/db.server.ts";
import { parseFormWith, parseSearchParams, readForm, type FieldErrors } from "~/utils/forms.server.ts";

const SourceIdSchema = z.string().min(1).max(100);
const SourceIntentSchema = z.object({ intent: z.enum(["save", "test", "run", "enable", "disable", "publish", "unpublish"]) });
type SourceIntent = z.infer<typeof SourceIntentSchema>["intent"];

const RUN_LOG_ROWS = 50;

interface SourceActionData {
  intent: SourceIntent | null;
  ok: boolean;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  formError?: string;
  preview?: SourcePreviewData;
  summary?: IngestSummaryData;
}

function reply(data: SourceActionData, status = 200) {
  return json(data, { status });
}

async function requireSource(db: Db, id: string | undefined) {
  const parsed = SourceIdSchema.safeParse(id);
  const source = parsed.success ? await getSource(db, parsed.data) : null;
  if (!source) throw new Response("Not Found", { status: 404 });
  return source;
}

/** `?created=1` after the new-source form: a notice, nothing more (any other value shows none). */
const CreatedQuerySchema = z.object({
  created: z
    .literal("1")
    .transform(() => true)
    .catch(false)
    .optional(),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "manage:source:any");
  const db = await getDb();
  const source = await requireSource(db, params.id);
  const query = parseSearchParams(request, CreatedQuerySchema);
  const [runs, all] = await Promise.all([listSourceRuns(db, source.id, RUN_LOG_ROWS), listSources(db, "name")]);
  return json({
    timeZone: user.timeZone,
    created: query.ok && query.data.created === true,
    source: presentSourceDetail(source),
    fallbackOptions: all.filter((s) => s.id !== source.id).map((s) => ({ id: s.id, name: s.name })),
    runs: runs.map(presentSourceRun),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:source:any");
  const db = await getDb();
  const source = await requireSource(db, params.id);
  const form = await readForm(request, authed);
  const intent = parseFormWith(form, SourceIntentSchema, { intent: form.get("intent") });
  if (!intent.ok) return reply({ intent: null, ok: false, formError: "sources.invalidIntent" }, 400);

  switch (intent.data.intent) {
    case "save": {
      const parsed = parseFormWith(form, SourceInputSchema);
      const values = { ...parsed.values };
      delete values.intent;
      if (!parsed.ok) return reply({ intent: "save", ok: false, fieldErrors: parsed.fieldErrors, values }, 400);
      try {
        if (!(await updateSource(db, source.id, parsed.data, authed.user.id))) throw new Response("Not Found", { status: 404 });
      } catch (error) {
        const fieldErrors = sourceFieldError(error);
        if (fieldErrors) return reply({ intent: "save", ok: false, fieldErrors, values }, 400);
        throw error;
      }
      return reply({ intent: "save", ok: true });
    }
    case "test": {
      // Fetch and parse only: nothing is stored and the source's health is untouched.
      try {
        return reply({ intent: "test", ok: true, preview: presentPreview(await previewFeed(source), PREVIEW_ITEMS_SHOWN) });
      } catch (error) {
        return reply({ intent: "test", ok: false, preview: presentPreviewFailure(error) });
      }
    }
    case "run": {
      // An operator's request ignores the back-off (and runs a disabled source once), under
      // the source's lease so it never overlaps a scheduled run.
      const summary = presentRunSummary(await runSourceNow(db, source));
      return reply({ intent: "run", ok: summary.status !== "failed", summary });
    }
    case "enable":
    case "disable": {
      if (intent.data.intent === "disable" && !isConfirmed(form)) return reply({ intent: "disable", ok: false, formError: CONFIRM_REQUIRED }, 400);
      await setSourceEnabled(db, source.id, intent.data.intent === "enable", authed.user.id);
      return reply({ intent: intent.data.intent, ok: true });
    }
    case "publish":
    case "unpublish": {
      await setSourceVisibility(db, source.id, intent.data.intent === "publish", authed.user.id);
      return reply({ intent: intent.data.intent, ok: true });
    }
  }
}

export default function EditSource() {
  const { source, fallbackOptions, runs, created, timeZone } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const message = useMessage();
  const labels = useSourceFieldLabels();
  const busyIntent = navigation.state === "submitting" ? navigation.formData?.get("intent") : null;
  const saveFailed = data?.intent === "save" && !data.ok;
  const errors: Record<string, string> = saveFailed ? (data.fieldErrors ?? {}) : {};
  const values: Record<string, string> = saveFailed ? (data.values ?? {}) : source.formValues;
  return (
    <>
      <p>
        <Link to="/staff/sources">← {t("sources.back")}</Link>
      </p>
      {/* The source's name is what staff typed (often the feed's own English title): data. */}
      <h1 translate="no">{source.name}</h1>
      <p className="muted source-url">{source.url}</p>
      {created ? (
        <p className="flash" role="status">
          {t("sources.created")}
        </p>
      ) : null}
      {data?.ok && data.intent === "save" ? (
        <p className="flash" role="status">
          {t("form.saved")}
        </p>
      ) : null}
      <p className="field__hint" id="publish-hint">
        {t(source.visibleToExporters ? "sources.publishedHint" : "sources.unpublishedHint")}
      </p>
      {data?.ok && (data.intent === "enable" || data.intent === "disable") ? (
        <p className="flash" role="status">
          {t(data.intent === "enable" ? "sources.enabledNow" : "sources.disabledNow")}
        </p>
      ) : null}
      {data?.formError ? (
        <p className="error-summary" role="alert">
          {message(data.formError)}
        </p>
      ) : null}

      <h2>{t("sources.healthTitle")}</h2>
      <SourceHealthPanel source={source} timeZone={timeZone} />

      <h2>{t("sources.actions")}</h2>
      <div className="toolbar">
        <Form method="post">
          <CsrfInput />
          <button type="submit" name="intent" value="test" disabled={busyIntent === "test"} aria-describedby="test-hint">
            {t("sources.testNow")}
          </button>
        </Form>
        <Form method="post">
          <CsrfInput />
          <button type="submit" name="intent" value="run" disabled={busyIntent === "run"} aria-describedby="run-hint">
            {t("sources.runNow")}
          </button>
        </Form>
        <Form method="post">
          <CsrfInput />
          {source.enabled ? (
            <>
              <ConfirmCheck label={t("confirm.disableSource")} id="confirm-disable" />{" "}
              <button type="submit" name="intent" value="disable" className="button--secondary">
                {t("sources.disable")}
              </button>
            </>
          ) : (
            <button type="submit" name="intent" value="enable" className="button--secondary">
              {t("sources.enable")}
            </button>
          )}
        </Form>
        <Form method="post">
          <CsrfInput />
          {source.visibleToExporters ? (
            <button type="submit" name="intent" value="unpublish" className="button--secondary" aria-describedby="publish-hint">
              {t("sources.unpublish")}
            </button>
          ) : (
            <button type="submit" name="intent" value="publish" className="button--secondary" aria-describedby="publish-hint">
              {t("sources.publish")}
            </button>
          )}
        </Form>
      </div>
      <p className="field__hint" id="test-hint">
        {t("sources.testHint")}
      </p>
      <p className="field__hint" id="run-hint">
        {t("sources.runHint")}
      </p>
      {data?.intent === "test" && data.preview ? <SourcePreview preview={data.preview} timeZone={timeZone} /> : null}
      {data?.intent === "run" && data.summary ? <IngestSummaryView summary={data.summary} /> : null}

      <h2>{t("sources.settings")}</h2>
      <ErrorSummary errors={errors} labels={labels} />
      {/* Keyed on the saved version so a successful save shows the normalised values. */}
      <Form method="post" noValidate key={source.updatedAt}>
        <CsrfInput />
        <input type="hidden" name="intent" value="save" />
        <SourceFields values={values} errors={errors} fallbackOptions={fallbackOptions} />
        <button type="submit" disabled={busyIntent === "save"}>
          {t("form.save")}
        </button>
      </Form>

      <h2>{t("sources.runs.title")}</h2>
      <SourceRunLog runs={runs} timeZone={timeZone} />
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: "zh" | "en" } | undefined;
  const t = translator(root?.locale ?? "zh");
  return [{ title: `${data?.source.name ?? t("sources.edit")} · ${t("app.shortName")}` }];
};
