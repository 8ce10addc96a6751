import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { AppShell } from "~/components/app-shell.tsx";
import { ErrorPage } from "~/components/error-page.tsx";
import { requireUserWithRole } from "~/utils/auth.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithRole(request, "expert");
  return json({});
}

export default function ExpertLayout() {
  return (
    <AppShell audience="expert">
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  return (
    <AppShell audience="expert">
      <ErrorPage />
    </AppShell>
  );
}
