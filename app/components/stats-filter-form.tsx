// The period and filter fields of the statistics page (and of report generation).
import { useT } from "~/i18n/use-t.ts";

type Option = { value: string; label: string };
export type StatsFilterOptions = Record<"industry" | "region" | "jurisdiction" | "disputeType" | "ipType", Option[]>;

const FILTERS = ["industry", "region", "jurisdiction", "disputeType", "ipType"] as const;

export function PeriodFields({ values }: { values: Record<string, string> }) {
  const t = useT();
  return (
    <>
      <label>
        {t("stats.period")}{" "}
        <select name="period" defaultValue={values.period ?? "month"}>
          {(["month", "quarter", "year", "custom"] as const).map((p) => (
            <option key={p} value={p}>
              {t(`stats.period.${p}`)}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t("stats.year")} <input name="year" type="number" min={2000} max={2100} defaultValue={values.year ?? ""} size={5} />
      </label>{" "}
      <label>
        {t("stats.n")} <input name="n" type="number" min={1} max={12} defaultValue={values.n ?? ""} size={3} />
      </label>{" "}
      <label>
        {t("stats.from")} <input name="from" type="date" defaultValue={values.from ?? ""} />
      </label>{" "}
      <label>
        {t("stats.to")} <input name="to" type="date" defaultValue={values.to ?? ""} />
      </label>
    </>
  );
}

export function StatsFilterForm({ values, options }: { values: Record<string, string>; options: StatsFilterOptions }) {
  const t = useT();
  return (
    <>
      <PeriodFields values={values} />
      <div>
        {FILTERS.map((f) => (
          <label key={f}>
            {t(`stats.filter.${f}`)}{" "}
            <select name={f} defaultValue={values[f] ?? ""}>
              <option value="">{t("stats.filter.any")}</option>
              {options[f].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>{" "}
          </label>
        ))}
        <button type="submit">{t("stats.apply")}</button>
      </div>
    </>
  );
}
