// The upload side of the registry import page. A .server module so iconv-lite (GBK decoding,
// via exporter-csv.ts) stays out of the browser bundle.
import { decodeRegistryFile, parseRegistryCsv, REGISTRY_TEMPLATE } from "~/registry/exporter-csv.ts";

export const MAX_REGISTRY_FILE_BYTES = 2 * 1024 * 1024;
const CSV_TYPES = new Set(["text/csv", "application/csv", "application/vnd.ms-excel", "text/plain"]);

export { REGISTRY_TEMPLATE };

/** The decoded text of an uploaded registry file, or the catalogue key of why it is refused. */
export async function readRegistryUpload(file: FormDataEntryValue | null): Promise<{ source: string } | { error: string }> {
  if (!(file instanceof Blob) || file.size === 0) return { error: "companyImport.noFile" };
  if (file.size > MAX_REGISTRY_FILE_BYTES) return { error: "companyImport.tooLarge" };
  const source = decodeRegistryFile(new Uint8Array(await file.arrayBuffer()));
  const type = file.type.split(";")[0]!.trim().toLowerCase();
  const named = "name" in file && typeof file.name === "string" && /\.csv$/i.test(file.name);
  // An unknown type is accepted only when the content parses as CSV with the registry header.
  if (!CSV_TYPES.has(type) && !named && parseRegistryCsv(source).errors.some((e) => e.field === "file")) {
    return { error: "companyImport.notCsv" };
  }
  return { source };
}
