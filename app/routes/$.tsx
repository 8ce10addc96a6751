// Any unknown path is a 404 rendered by the shared error boundary.
import { ErrorPage } from "~/components/error-page.tsx";

export async function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return <ErrorPage />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
