// The exporter registry CSV (企业名录导入): decoding (UTF-8 with or without BOM, or GBK as
// Excel saves it on Chinese Windows), parsing with csv-parse, and validating each row.
// Pure: the database side is app/models/exporter-registry.server.ts.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { INDUSTRY_LABELS } from "~/domain/taxonomy.ts";
import { creditCodeProblem } from "./credit-code.ts";

export const REGISTRY_COLUMNS = ["credit_code", "name_zh", "name_en", "aliases", "city", "province", "industries", "products", "hs_codes", "markets"] as const;
type Column = (typeof REGISTRY_COLUMNS)[number];

export const REGISTRY_TEMPLATE =
  "\uFEFF" +
  REGISTRY_COLUMNS.join(",") +
  "\r\n" +
  '914403001922038216,示例光伏科技有限公司,Example Solar Technology Co. Ltd.,"Example Solar;示例光伏",深圳,广东,光伏;Consumer electronics,solar panel;光伏组件,854143;8541.42,US;DE\r\n';

export interface RegistryRow {
  line: number;
  creditCode: string;
  nameZh: string;
  nameEn: string | null;
  aliases: string[];
  city: string | null;
  province: string | null;
  industries: string[];
  products: string[];
  hsCodes: string[];
  markets: string[];
}
/** message is a catalogue key with optional |name=value parameters */
export interface RegistryError {
  line: number;
  field: Column | "file";
  message: string;
}

/** Text from uploaded bytes: a BOM or valid UTF-8 is UTF-8; anything else is taken as GBK (GB18030). */
export function decodeRegistryFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), "gb18030");
  }
}

const industryLookup = new Map<string, string>();
for (const i of INDUSTRY_LABELS) for (const label of [i.id, i.zh, i.en]) industryLookup.set(label.trim().toLowerCase(), i.id);

const list = (v: string) => [
  ...new Set(
    v
      .split(/[;；]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];
const text = (v: string) => v.trim() || null;

export function parseRegistryCsv(source: string): { rows: RegistryRow[]; errors: RegistryError[] } {
  const errors: RegistryError[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(source, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, field: "file", message: "registry.badCsv" }] };
  }
  if (records.length === 0) return { rows: [], errors: [{ line: 1, field: "file", message: "registry.empty" }] };
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const missing = REGISTRY_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) return { rows: [], errors: [{ line: 1, field: "file", message: `registry.missingColumns|columns=${missing.join(", ")}` }] };
  const at = Object.fromEntries(REGISTRY_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<Column, number>;

  const rows: RegistryRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: Column) => (record[at[c]] ?? "").trim();
    const rowErrors: RegistryError[] = [];
    const fail = (field: Column, message: string) => rowErrors.push({ line, field, message });

    const creditCode = cell("credit_code").toUpperCase();
    if (!creditCode) fail("credit_code", "form.required");
    else {
      const problem = creditCodeProblem(creditCode);
      if (problem === "format") fail("credit_code", "company.invalidCreditCode");
      else if (problem === "checkChar") fail("credit_code", "registry.creditCodeCheck");
      else if (seen.has(creditCode)) fail("credit_code", `registry.duplicateInFile|line=${seen.get(creditCode)}`);
    }
    const nameZh = cell("name_zh");
    if (!nameZh) fail("name_zh", "form.required");
    else if (nameZh.length > 200) fail("name_zh", "form.tooLong|max=200");
    const nameEn = text(cell("name_en"));
    if (nameEn && nameEn.length > 200) fail("name_en", "form.tooLong|max=200");

    const industries: string[] = [];
    for (const label of list(cell("industries"))) {
      const id = industryLookup.get(label.toLowerCase());
      if (id) industries.push(id);
      else fail("industries", `registry.unknownIndustry|value=${label}`);
    }
    const hsCodes = list(cell("hs_codes")).map((c) => c.replace(/\./g, ""));
    const badHs = hsCodes.find((c) => !/^(\d{4}|\d{6}|\d{8}|\d{10})$/.test(c));
    if (badHs) fail("hs_codes", `registry.invalidHsCode|value=${badHs}`);
    const markets = list(cell("markets")).map((m) => m.toUpperCase());
    const badMarket = markets.find((m) => !/^[A-Z]{2}$/.test(m));
    if (badMarket) fail("markets", `company.invalidMarket|value=${badMarket}`);

    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    seen.set(creditCode, line);
    rows.push({
      line,
      creditCode,
      nameZh,
      nameEn,
      aliases: list(cell("aliases")),
      city: text(cell("city")),
      province: text(cell("province")),
      industries: [...new Set(industries)],
      products: list(cell("products")),
      hsCodes: [...new Set(hsCodes)],
      markets,
    });
  }
  return { rows, errors };
}
