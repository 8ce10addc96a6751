import { getDb, pingDatabase } from "~/utils/db.server.ts";

/** Liveness for process supervisors: the web process answers and its database responds. */
export async function loader() {
  await pingDatabase(await getDb());
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
