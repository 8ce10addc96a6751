import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { AppShell } from "~/components/app-shell.tsx";
import { ErrorPage } from "~/components/error-page.tsx";
import { unreadAlertCount } from "~/models/alert.server.ts";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUserWithRole(request, "exporter");
  // The nav shows the unread count next to 风险预警; a user without a company has none.
  const unread = user.companyId ? await unreadAlertCount(await getDb(), user.companyId) : 0;
  return json({ unread });
}

// Opening an item marks its alert read, so the count must follow every navigation.
export const shouldRevalidate = () => true;

export default function ExporterLayout() {
  const { unread } = useLoaderData<typeof loader>();
  return (
    <AppShell audience="exporter" counts={{ "nav.alerts": unread }}>
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
