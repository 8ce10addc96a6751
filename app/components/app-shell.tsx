// The page frame of every signed-in audience: header (product name, language switch, user,
// logout) and a navigation list whose not-yet-built entries are shown, disabled, as
// placeholders for the capabilities in DESIGN.md §2.
import { Form, NavLink, useLocation } from "@remix-run/react";
import type { MouseEvent, ReactNode } from "react";
import { useRootData, useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { CsrfInput } from "./forms.tsx";

export interface NavItem {
  to?: string;
  label: MessageKey;
}

export const NAV: Record<"exporter" | "staff" | "expert" | "admin", NavItem[]> = {
  exporter: [
    { to: "/exporter", label: "nav.home" },
    { to: "/exporter/alerts", label: "nav.alerts" },
    { to: "/exporter/subscriptions", label: "nav.subscriptions" },
    { to: "/exporter/search", label: "nav.search" },
    { to: "/exporter/requests", label: "nav.requests" },
    { to: "/exporter/company", label: "nav.company" },
    { to: "/exporter/delivery", label: "nav.delivery" },
    { to: "/exporter/subsidies", label: "support.nav.subsidies" },
    { to: "/exporter/insurance", label: "support.nav.insurance" },
    { to: "/exporter/observations", label: "support.nav.observations" },
    { to: "/exporter/guides", label: "support.nav.guides" },
    { to: "/exporter/reports", label: "reports.nav.exporterReports" },
    { to: "/exporter/typical-cases", label: "reports.nav.typicalCases" },
  ],
  staff: [
    { to: "/staff", label: "nav.home" },
    { to: "/staff/requests", label: "nav.triage" },
    { to: "/staff/party-reviews", label: "reviews.nav" },
    { to: "/staff/extraction-reviews", label: "nav.extractionReviews" },
    { to: "/staff/companies", label: "nav.companies" },
    { to: "/staff/experts", label: "nav.experts" },
    { to: "/staff/escalations", label: "nav.escalations" },
    { to: "/staff/search", label: "nav.search" },
    { to: "/staff/sources", label: "nav.sources" },
    { to: "/staff/deliveries", label: "nav.deliveries" },
    { to: "/staff/calendar", label: "calendar.nav" },
    { to: "/staff/deadline-rules", label: "rules.nav" },
    { to: "/staff/subsidies", label: "support.nav.subsidies" },
    { to: "/staff/observations", label: "support.nav.staffObservations" },
    { to: "/staff/guides", label: "support.nav.guides" },
    { to: "/staff/audit", label: "nav.audit" },
    { to: "/staff/statistics", label: "nav.reports" },
    { to: "/staff/reports", label: "reports.nav.reports" },
    { to: "/staff/typical-cases", label: "reports.nav.typicalCases" },
  ],
  expert: [
    { to: "/expert", label: "nav.home" },
    { to: "/expert/assignments", label: "nav.assignments" },
    { to: "/expert/profile", label: "nav.profile" },
    { to: "/expert/search", label: "nav.search" },
  ],
  admin: [
    { to: "/admin", label: "nav.home" },
    { to: "/admin/users", label: "nav.users" },
    { to: "/staff/sources", label: "nav.sources" },
    { to: "/staff/search", label: "nav.search" },
    { to: "/staff/audit", label: "nav.audit" },
    { to: "/staff/statistics", label: "nav.reports" },
    { to: "/staff/reports", label: "reports.nav.reports" },
    { label: "nav.settings" },
  ],
};

export function LanguageSwitch() {
  const root = useRootData();
  const t = useT();
  const location = useLocation();
  const next = root?.locale === "en" ? "zh" : "en";
  return (
    <Form method="post" action="/resources/locale" className="lang-switch">
      <CsrfInput />
      <input type="hidden" name="locale" value={next} />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button type="submit" lang={next === "en" ? "en" : "zh-CN"}>
        {t("lang.switch")}
      </button>
    </Form>
  );
}

/** A link followed from the folded menu closes it, as the page it leads to is what was asked for. */
function closeMenuAfterLink(event: MouseEvent<HTMLDetailsElement>) {
  if ((event.target as HTMLElement).closest("a")) event.currentTarget.open = false;
}

/** `counts` puts a number next to a nav entry (the exporter's unread alerts). */
export function AppShell({ audience, children, counts }: { audience: keyof typeof NAV; children: ReactNode; counts?: Partial<Record<MessageKey, number>> }) {
  const root = useRootData();
  const t = useT();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("shell.skipToMain")}
      </a>
      {root?.demo ? <div className="demo-banner">{t("app.demoBanner")}</div> : null}
      <header className="shell__header">
        <a className="shell__brand" href="/">
          {t("app.shortName")}
        </a>
        <div className="shell__user">
          <LanguageSwitch />
          {root?.user ? (
            <>
              <span className="shell__who">
                {root.user.name} · {t(`role.${root.user.role}` as MessageKey)}
              </span>
              <NavLink to="/settings/notifications" aria-label={`${t("notify.title")}: ${t("guide2.nav.unread", { count: root.unread })}`}>
                {t("notify.title")}
                {root.unread > 0 ? <span className="shell__badge"> ({root.unread})</span> : null}
              </NavLink>
              <NavLink to="/settings/password">{t("nav.password")}</NavLink>
              <Form method="post" action="/logout">
                <CsrfInput />
                <button type="submit" className="link-button">
                  {t("nav.logout")}
                </button>
              </Form>
            </>
          ) : null}
        </div>
      </header>
      <div className="shell__body">
        {/* On narrow screens the navigation folds behind a menu button (a <details>, so it works
            without JavaScript); on wide screens app.css keeps it open. */}
        <details className="shell__menu" onClick={closeMenuAfterLink}>
          <summary className="shell__menu-button">{t("shell.menu")}</summary>
          <nav className="shell__nav" aria-label={t("app.shortName")}>
            <ul>
              {NAV[audience].map((item) => (
                <li key={item.label}>
                  {item.to ? (
                    <NavLink to={item.to} end>
                      {t(item.label)}
                      {counts?.[item.label] ? (
                        <>
                          {" "}
                          <span className="badge badge--critical nav-count">{counts[item.label]}</span>
                        </>
                      ) : null}
                    </NavLink>
                  ) : (
                    <span className="nav-disabled" aria-disabled="true">
                      {t(item.label)} <small>({t("nav.comingSoon")})</small>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        </details>
        <main className="shell__main" id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
