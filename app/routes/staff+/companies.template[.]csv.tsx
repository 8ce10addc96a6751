import type { LoaderFunctionArgs } from "@remix-run/node";
import { REGISTRY_TEMPLATE } from "~/models/registry-upload.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";

// REGISTRY_TEMPLATE starts with a UTF-8 BOM so Excel opens the Chinese header correctly.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "update:company:any");
  return new Response(REGISTRY_TEMPLATE, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="exporter-registry-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
