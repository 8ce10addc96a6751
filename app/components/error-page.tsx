import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useT } from "~/i18n/use-t.ts";

/** The one shared error boundary: 404/403 get their own words, everything else a generic one. */
export function ErrorPage() {
  const error = useRouteError();
  const t = useT();
  let message = t("error.generic");
  let status = 500;
  if (isRouteErrorResponse(error)) {
    status = error.status;
    if (error.status === 404) message = t("error.notFound");
    else if (error.status === 403) message = t("error.forbidden");
  } else if (typeof window === "undefined") {
    // Unexpected errors are logged on the server once; the page never shows internals.
    console.error(error);
  }
  return (
    <main className="error-page" role="alert">
      <h1>{status}</h1>
      <p>{message}</p>
      <Link to="/">{t("error.backHome")}</Link>
    </main>
  );
}
