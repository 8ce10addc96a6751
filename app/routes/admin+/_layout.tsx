import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { AppShell } from "~/components/app-shell.tsx";
import { ErrorPage } from "~/components/error-page.tsx";
import { requireUserWithRole } from "~/utils/auth.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "admin");
  return json({});
}

export default function AdminLayout() {
  return (
    <AppShell audience="admin">
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  return (
    <AppShell audience="admin">
      <ErrorPage />
    </AppShell>
  );
}
