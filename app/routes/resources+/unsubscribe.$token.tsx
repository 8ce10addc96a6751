// One-click unsubscribe from a subscription's mails (the link in every non-critical alert
// mail). GET shows a confirmation; POST — from the page or a mail client's RFC 8058
// one-click request — turns the subscription's mails off. The token is the credential.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/use-t.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { findSubscriptionByUnsubscribeToken, unsubscribeByToken } from "~/models/unsubscribe.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ params }: LoaderFunctionArgs) {
  const sub = await findSubscriptionByUnsubscribeToken(await getDb(), params.token ?? "");
  return json({ name: sub?.name ?? null, off: sub?.emailFrequency === "off" }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ params }: ActionFunctionArgs) {
  const sub = await unsubscribeByToken(await getDb(), params.token ?? "");
  if (!sub) return json({ done: false as const, name: null }, { status: 404 });
  return json({ done: true as const, name: sub.name });
}

export default function UnsubscribePage() {
  const { name, off } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <main className="narrow" id="main">
      <h1>{t("unsubscribe.title")}</h1>
      {name === null ? (
        <p role="alert">{t("unsubscribe.invalid")}</p>
      ) : result?.done || off ? (
        <p role="status">{t("unsubscribe.done", { name })}</p>
      ) : (
        <Form method="post">
          <p>{t("unsubscribe.confirm", { name })}</p>
          <button type="submit">{t("unsubscribe.submit")}</button>
        </Form>
      )}
    </main>
  );
}

export const meta = titleMeta("unsubscribe.title");
