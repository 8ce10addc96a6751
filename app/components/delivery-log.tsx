// The webhook delivery log, shared by the exporter's delivery page and the staff overview.
import { useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";

export interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  url: string;
  companyName: string;
  itemId: string;
  itemTitle: string;
}

export function DeliveryLog({ deliveries, date, showCompany }: { deliveries: DeliveryRow[]; date: (v: string) => string; showCompany: boolean }) {
  const t = useT();
  if (deliveries.length === 0) return <p className="muted">{t("delivery.log.empty")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>{t("delivery.log.at")}</th>
            {showCompany ? <th>{t("delivery.log.company")}</th> : null}
            <th>{t("delivery.log.alert")}</th>
            <th>{t("delivery.log.endpoint")}</th>
            <th>{t("delivery.log.status")}</th>
            <th>{t("delivery.log.attempts")}</th>
            <th>{t("delivery.log.lastError")}</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id}>
              <td>{date(d.createdAt)}</td>
              {showCompany ? <td>{d.companyName}</td> : null}
              <td>{d.itemTitle}</td>
              <td className="break-all">{d.url}</td>
              <td>{t(`delivery.status.${d.status}` as MessageKey)}</td>
              <td>{d.attempts}</td>
              <td className="break-all">{d.lastError ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
