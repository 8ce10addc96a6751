import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { AppShell } from "~/components/app-shell.tsx";
import { ErrorPage } from "~/components/error-page.tsx";
import { useRootData } from "~/i18n/use-t.ts";
import { requireUserWithRole } from "~/utils/auth.server.ts";

// Admins reach the staff area for the audit log; each staff page checks its own permission.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUserWithRole(request, ["staff", "admin"]);
  return json({ audience: user.role === "admin" ? ("admin" as const) : ("staff" as const) });
}

export default function StaffLayout() {
  const { audience } = useLoaderData<typeof loader>();
  return (
    <AppShell audience={audience}>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const root = useRootData();
  return (
    <AppShell audience={root?.user?.role === "admin" ? "admin" : "staff"}>
      <ErrorPage />
    </AppShell>
  );
}
