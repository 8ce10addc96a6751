import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { AppShell } from "~/components/app-shell.tsx";
import { ErrorPage } from "~/components/error-page.tsx";
import { requireUserWithRole } from "~/utils/auth.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "exporter");
  return json({});
}

export default function ExporterLayout() {
  return (
    <AppShell audience="exporter">
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  return (
    <AppShell audience="exporter">
      <ErrorPage />
    </AppShell>
  );
}
