import { getDb } from "~/utils/db.server.ts";

/** Liveness for process supervisors: the web process answers and its database responds. */
export async function loader() {
  const db = await getDb();
  await db.$queryRawUnsafe("SELECT 1");
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
