// Staff: a case with the local companies it names, grouped with their contacts (joint defence).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CaseFacts } from "~/components/case-facts.tsx";
import { DEFAULT_TIME_ZONE } from "~/domain/locale.ts";
import { useT } from "~/i18n/use-t.ts";
import { getCaseForStaff } from "~/models/case.server.ts";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

const ParamsSchema = z.object({ id: z.string().min(1).max(64) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUserWithRole(request, ["staff", "admin"]);
  const parsed = ParamsSchema.safeParse(params);
  if (!parsed.success) throw new Response("Not Found", { status: 404 });
  const kase = await getCaseForStaff(await getDb(), parsed.data.id);
  if (!kase) throw new Response("Not Found", { status: 404 });
  return json({ kase, timeZone: user.timeZone || DEFAULT_TIME_ZONE });
}

export default function StaffCase() {
  const { kase, timeZone } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <CaseFacts kase={kase} itemsPath="/staff/items" timeZone={timeZone} />
      <section className="card" aria-labelledby="co-h">
        <h2 id="co-h">{t("case.coRespondents")}</h2>
        {kase.coRespondents.length === 0 ? <p className="muted">{t("case.coRespondents.none")}</p> : null}
        <ul>
          {kase.coRespondents.map((c) => (
            <li key={c.id} data-company-id={c.id}>
              <strong>{c.nameZh}</strong>
              {c.nameEn ? <> · {c.nameEn}</> : null}
              {c.city ? <> · {c.city}</> : null} · <code>{c.creditCode}</code>
              <br />
              {t("case.contacts")}:{" "}
              {c.contacts.length === 0
                ? t("case.noContacts")
                : c.contacts.map((email, i) => (
                    <span key={email}>
                      {i > 0 ? ", " : null}
                      <a href={`mailto:${email}`}>{email}</a>
                    </span>
                  ))}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.kase.title }] : []);
