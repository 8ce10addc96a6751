import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "~/components/error-page.tsx";
import { useNonce } from "~/components/nonce.tsx";
import { translator } from "~/i18n/i18n.ts";
import styles from "~/styles/app.css";
import { getUser } from "~/utils/auth.server.ts";
import { csrfTokenForSession } from "~/utils/csrf.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getRequestLocale } from "~/utils/i18n.server.ts";
import { unreadCount } from "~/models/notification.server.ts";
import { hasDemoUsers } from "~/models/user.server.ts";
import { LANGUAGE_TAG } from "~/domain/locale.ts";
import type { RootData } from "~/domain/root-data.ts";

// Whether demo accounts exist changes only when an operator seeds or cleans up: one query
// a minute, not one per page view.
const DEMO_FLAG_TTL_MS = 60_000;
let demoFlag: { value: boolean; at: number } | null = null;
async function hasDemoAccounts() {
  if (!demoFlag || Date.now() - demoFlag.at > DEMO_FLAG_TTL_MS) {
    demoFlag = { value: await hasDemoUsers(await getDb()), at: Date.now() };
  }
  return demoFlag.value;
}

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  // No favicon file to serve: an empty data URL stops browsers requesting /favicon.ico.
  { rel: "icon", href: "data:," },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await getUser(request);
  const locale = await getRequestLocale(request, authed?.user ?? null);
  const demo = await hasDemoAccounts();
  return json({
    locale,
    demo,
    csrf: authed ? csrfTokenForSession(authed.sessionId) : null,
    user: authed ? { id: authed.user.id, name: authed.user.name, email: authed.user.email, role: authed.user.role } : null,
    unread: authed ? await unreadCount(await getDb(), authed.user.id) : 0,
  } satisfies RootData);
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? "zh";
  const nonce = useNonce();
  return (
    <html lang={LANGUAGE_TAG[locale]}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: translator(data?.locale ?? "zh")("app.shortName") }];

export function ErrorBoundary() {
  return <ErrorPage />;
}
