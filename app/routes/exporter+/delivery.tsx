// Exporter: how alerts reach the company besides the inbox — the private Atom feed and
// webhooks with their delivery log. Every query is scoped by the session's company.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput, TextField, useMessage } from "~/components/forms.tsx";
import { DeliveryLog } from "~/components/delivery-log.tsx";
import { DEFAULT_TIME_ZONE } from "~/domain/locale.ts";
import { useDateFormat } from "~/components/search-labels.tsx";
import { useT } from "~/i18n/use-t.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { feedUrl, getFeedToken, revokeFeedToken, rotateFeedToken } from "~/models/alert-feed.server.ts";
import {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  MAX_WEBHOOKS_PER_COMPANY,
  setWebhookEnabled,
  WebhookLimitError,
  WebhookUrlSchema,
} from "~/models/webhook.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { badRequest, parseFormWith, readForm } from "~/utils/forms.server.ts";

const IntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("feed-rotate") }),
  z.object({ intent: z.literal("feed-revoke") }),
  z.object({ intent: z.literal("webhook-add"), url: z.string() }),
  z.object({ intent: z.enum(["webhook-enable", "webhook-disable", "webhook-delete"]), id: z.string().min(1).max(100) }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  const { companyId } = await requireExporterCompany(request);
  const db = await getDb();
  const token = await getFeedToken(db, companyId);
  return json({
    feedUrl: token ? feedUrl(getEnv().APP_URL, token) : null,
    webhooks: await listWebhooks(db, companyId),
    deliveries: await listWebhookDeliveries(db, { companyId, take: 50 }),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, IntentSchema);
  if (!parsed.ok) throw new Response("Bad Request", { status: 400 });
  const db = await getDb();
  const { companyId, user } = authed;
  const input = parsed.data;
  switch (input.intent) {
    case "feed-rotate":
      await rotateFeedToken(db, companyId, user.id);
      return json({ ok: true as const });
    case "feed-revoke":
      await revokeFeedToken(db, companyId, user.id);
      return json({ ok: true as const });
    case "webhook-add": {
      const url = parseFormWith(form, WebhookUrlSchema);
      if (!url.ok) return badRequest({ fieldErrors: url.fieldErrors, values: url.values });
      try {
        const { secret } = await createWebhook(db, companyId, url.data.url, user.id);
        return json({ ok: true as const, secret });
      } catch (error) {
        if (error instanceof WebhookLimitError) return badRequest({ fieldErrors: { url: `${error.code}|max=${MAX_WEBHOOKS_PER_COMPANY}` } });
        throw error;
      }
    }
    case "webhook-delete":
      if (!(await deleteWebhook(db, companyId, input.id, user.id))) throw new Response("Not Found", { status: 404 });
      return json({ ok: true as const });
    default:
      if (!(await setWebhookEnabled(db, companyId, input.id, input.intent === "webhook-enable", user.id))) throw new Response("Not Found", { status: 404 });
      return json({ ok: true as const });
  }
}

function Intent({ intent, id, label }: { intent: string; id?: string; label: string }) {
  return (
    <Form method="post" className="inline-form">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <button type="submit">{label}</button>
    </Form>
  );
}

export default function DeliveryPage() {
  const { feedUrl, webhooks, deliveries } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  const date = useDateFormat(DEFAULT_TIME_ZONE, "dateTime");
  const errors: Record<string, string> = data && "fieldErrors" in data ? (data.fieldErrors as Record<string, string>) : {};
  const secret = data && "secret" in data && typeof data.secret === "string" ? data.secret : null;
  return (
    <>
      <h1>{t("delivery.title")}</h1>
      <section className="card" aria-labelledby="feed-h">
        <h2 id="feed-h">{t("delivery.feed.title")}</h2>
        {feedUrl ? (
          <>
            <p>{t("delivery.feed.url")}</p>
            <p>
              <code className="break-all">{feedUrl}</code>
            </p>
            <Intent intent="feed-rotate" label={t("delivery.feed.rotate")} />
            <Intent intent="feed-revoke" label={t("delivery.feed.revoke")} />
          </>
        ) : (
          <>
            <p className="muted">{t("delivery.feed.none")}</p>
            <Intent intent="feed-rotate" label={t("delivery.feed.create")} />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="hooks-h">
        <h2 id="hooks-h">{t("delivery.webhooks.title")}</h2>
        <p className="muted">{t("delivery.webhooks.hint")}</p>
        {secret ? (
          <p className="flash" role="status">
            {t("delivery.webhooks.secret")} <code className="break-all">{secret}</code>
          </p>
        ) : null}
        {webhooks.length === 0 ? <p>{t("delivery.webhooks.none")}</p> : null}
        <ul>
          {webhooks.map((w) => (
            <li key={w.id}>
              <code className="break-all">{w.url}</code> · {w.enabled ? t("delivery.webhooks.enabled") : t("delivery.webhooks.disabled")}
              {w.consecutiveFailures > 0 ? <> · {t("delivery.webhooks.failures", { count: w.consecutiveFailures })}</> : null}
              {w.disabledReason ? <> · {w.disabledReason}</> : null}{" "}
              <Intent
                intent={w.enabled ? "webhook-disable" : "webhook-enable"}
                id={w.id}
                label={t(w.enabled ? "delivery.webhooks.disable" : "delivery.webhooks.enable")}
              />
              <Intent intent="webhook-delete" id={w.id} label={t("delivery.webhooks.delete")} />
            </li>
          ))}
        </ul>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="webhook-add" />
          <TextField name="url" type="url" label={t("delivery.webhooks.url")} error={message(errors.url)} required />
          <button type="submit">{t("delivery.webhooks.add")}</button>
        </Form>
      </section>
      <section className="card" aria-labelledby="log-h">
        <h2 id="log-h">{t("delivery.webhooks.log")}</h2>
        <DeliveryLog deliveries={deliveries} date={date} showCompany={false} />
      </section>
    </>
  );
}

export const meta = titleMeta("delivery.title");
