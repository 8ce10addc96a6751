import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ConfirmCheck } from "~/components/confirm-check.tsx";
import { CONFIRM_REQUIRED, isConfirmed } from "~/utils/confirm.server.ts";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { CALENDAR_KINDS } from "~/guidance/reference-data.ts";
import { CalendarDaySchema, calendarYears, deleteCalendarDay, listCalendarYears, upsertCalendarDay } from "~/models/calendar.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formOk, parseFormWith, parseIntent, readForm } from "~/utils/forms.server.ts";

// The holiday calendar feeds every working-day deadline, so editing it needs the same
// permission as changing a request's deadline.
const PERMISSION = "update:guidance-request:any" as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, PERMISSION);
  return json({ years: await listCalendarYears(await getDb()) });
}

const DeleteSchema = z.object({ date: z.string().trim().min(1, "form.required") });

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, PERMISSION);
  const form = await readForm(request, authed);
  const db = await getDb();
  if (parseIntent(form, ["save", "delete"], "save") === "delete") {
    const parsed = parseFormWith(form, DeleteSchema);
    if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
    if (!isConfirmed(form)) return badRequest({ fieldErrors: {}, formError: CONFIRM_REQUIRED });
    if (!(await deleteCalendarDay(db, parsed.data.date, authed.user.id))) throw new Response("Not Found", { status: 404 });
    // Say what happened (the day is gone), not "saved".
    return json({ ok: true as const, fieldErrors: {}, values: undefined, formError: undefined, deleted: parsed.data.date });
  }
  const parsed = parseFormWith(form, CalendarDaySchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  // Only the two years the page shows can be edited: a day outside them would be saved
  // where nobody can see or delete it.
  const [first, last] = calendarYears();
  const year = Number(parsed.data.date.slice(0, 4));
  if (year < first || year > last) {
    return badRequest({ fieldErrors: { date: `journeys.calendar.outOfRange|from=${first}|to=${last}` }, values: parsed.values });
  }
  await upsertCalendarDay(db, parsed.data, authed.user.id);
  return formOk();
}

export default function CalendarPage() {
  const { years } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const m = useMessage();
  const failed = data && !data.ok ? data : null;
  const errors: Record<string, string> = failed?.fieldErrors ?? {};
  const values: Record<string, string> = (failed && "values" in failed ? failed.values : undefined) ?? {};
  return (
    <>
      <h1>{t("calendar.title")}</h1>
      <p>{t("calendar.intro")}</p>
      {data?.ok ? <p role="status">{"deleted" in data && data.deleted ? t("confirm.dayDeleted", { date: data.deleted }) : t("form.saved")}</p> : null}
      {failed?.formError ? <p role="alert">{m(failed.formError)}</p> : null}
      {years.map(({ year, days }) => (
        <section key={year}>
          <h2>{t("calendar.year", { year })}</h2>
          {days.length === 0 ? (
            <p>{t("calendar.noRows")}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t("calendar.date")}</th>
                  <th>{t("calendar.kind")}</th>
                  <th>{t("calendar.nameZh")}</th>
                  <th>{t("calendar.nameEn")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.date}>
                    <td>{d.date}</td>
                    <td>{d.kind === "workday" ? t("calendar.kind.workday") : t("calendar.kind.holiday")}</td>
                    <td>{d.nameZh ?? ""}</td>
                    <td lang="en">{d.nameEn ?? ""}</td>
                    <td>
                      <Form method="post">
                        <CsrfInput />
                        <input type="hidden" name="intent" value="delete" />
                        <input type="hidden" name="date" value={d.date} />
                        <ConfirmCheck label={t("confirm.deleteDay")} ariaLabel={t("confirm.deleteDayLabel", { date: d.date })} />{" "}
                        <button type="submit">{t("calendar.delete")}</button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <h2>{t("calendar.add")}</h2>
      <p>{t("calendar.addHint")}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="save" />
        <TextField name="date" type="date" label={t("calendar.date")} defaultValue={values.date ?? ""} error={m(errors.date)} required />
        <SelectField
          name="kind"
          label={t("calendar.kind")}
          defaultValue={values.kind ?? "holiday"}
          error={m(errors.kind)}
          options={CALENDAR_KINDS.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))}
        />
        <TextField name="nameZh" label={t("calendar.nameZh")} defaultValue={values.nameZh ?? ""} error={m(errors.nameZh)} />
        <TextField name="nameEn" label={t("calendar.nameEn")} defaultValue={values.nameEn ?? ""} error={m(errors.nameEn)} />
        <button type="submit">{t("form.save")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("calendar.title");
