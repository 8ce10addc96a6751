// Exporter registry import and the party index over the real SQLite registry; the CLI runs
// as operators run it (`npm run cli`, tsx) against this test file's database.
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { matchParty } from "~/matching/party-names.ts";
import { importRegistryCsv } from "~/models/exporter-registry.server.ts";
import { loadPartyIndex, partyThresholds } from "~/models/party-match.server.ts";
import { creditCodeCheckChar, creditCodeProblem } from "~/registry/credit-code.ts";
import { decodeRegistryFile, parseRegistryCsv, REGISTRY_TEMPLATE } from "~/registry/exporter-csv.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const HEADER = "credit_code,name_zh,name_en,aliases,city,province,industries,products,hs_codes,markets";

/** A valid code from a 17-character body (so each test gets its own companies). */
function code(body: string) {
  return body + creditCodeCheckChar(body);
}

describe("unified social credit code (GB 32100-2015)", () => {
  it("accepts published codes and rejects a wrong check character or alphabet", () => {
    expect(creditCodeProblem("914403001922038216")).toBeNull(); // Huawei
    expect(creditCodeProblem("91440300708461136T")).toBeNull(); // Tencent
    expect(creditCodeProblem("914403001922038217")).toBe("checkChar");
    expect(creditCodeProblem("91440300192203821O")).toBe("format"); // O is not in the alphabet
    expect(creditCodeProblem("9144030019220382")).toBe("format");
  });
});

describe("registry CSV parsing", () => {
  it("reports every bad row with its line number and field, keeping the good rows", () => {
    const csv = [
      HEADER,
      `${code("91440300MA5F00001")},深圳甲科技有限公司,Shenzhen Jia Technology Co. Ltd.,"Jia; 甲牌",深圳,广东,光伏;Photovoltaic,solar panel,854143,US`,
      `914403001922038217,乙公司,,,,,,,,`,
      `${code("91440300MA5F00002")},,,,,,unknown-industry,,85,USA`,
      `${code("91440300MA5F00001")},重复公司,,,,,,,,`,
    ].join("\r\n");
    const { rows, errors } = parseRegistryCsv(csv);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      line: 2,
      nameZh: "深圳甲科技有限公司",
      aliases: ["Jia", "甲牌"],
      industries: ["photovoltaic"],
      hsCodes: ["854143"],
      markets: ["US"],
    });
    expect(errors).toEqual([
      { line: 3, field: "credit_code", message: "registry.creditCodeCheck" },
      { line: 4, field: "name_zh", message: "form.required" },
      { line: 4, field: "industries", message: "registry.unknownIndustry|value=unknown-industry" },
      { line: 4, field: "hs_codes", message: "registry.invalidHsCode|value=85" },
      { line: 4, field: "markets", message: "company.invalidMarket|value=USA" },
      { line: 5, field: "credit_code", message: "registry.duplicateInFile|line=2" },
    ]);
  });

  it("rejects a file without the required columns", () => {
    expect(parseRegistryCsv("name,city\r\nx,y").errors[0]).toMatchObject({
      line: 1,
      field: "file",
      message: expect.stringContaining("registry.missingColumns"),
    });
  });

  it("decodes UTF-8 with BOM and GBK from Excel alike, and the template parses cleanly", () => {
    const text = `${HEADER}\r\n${code("91330200MA2H00001")},宁波乙电子有限公司,,"乙电子, 乙牌",宁波,浙江,,,,\r\n`;
    const gbk = iconv.encode(text, "gbk");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    expect(parseRegistryCsv(decodeRegistryFile(gbk)).rows[0]).toMatchObject({ nameZh: "宁波乙电子有限公司", aliases: ["乙电子, 乙牌"], city: "宁波" });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(parseRegistryCsv(decodeRegistryFile(bom)).rows[0].creditCode).toBe(code("91330200MA2H00001"));
    expect(parseRegistryCsv(decodeRegistryFile(Buffer.from(REGISTRY_TEMPLATE))).errors).toEqual([]);
  });
});

describe("registry import into the database", () => {
  it("dry run writes nothing; import creates; re-import changes nothing; an edit updates by credit code", async () => {
    const db = await getDb();
    const c1 = code("91440300MA5G00001");
    const c2 = code("91440300MA5G00002");
    const csv = [
      HEADER,
      `${c1},深圳丙科技有限公司,Shenzhen Bing Technology Co. Ltd.,Bing,深圳,广东,,,,`,
      `${c2},深圳丁电子有限公司,,,深圳,广东,,,,`,
      `bad,x,,,,,,,,`,
    ].join("\n");

    const dry = await importRegistryCsv(db, csv, { dryRun: true, actorId: null });
    expect(dry).toMatchObject({ dryRun: true, created: 2, updated: 0, unchanged: 0 });
    expect(dry.errors).toEqual([{ line: 4, field: "credit_code", message: "company.invalidCreditCode" }]);
    expect(await db.company.count({ where: { creditCode: { in: [c1, c2] } } })).toBe(0);

    expect(await importRegistryCsv(db, csv, { dryRun: false, actorId: null })).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(await importRegistryCsv(db, csv, { dryRun: false, actorId: null })).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await db.company.count({ where: { creditCode: { in: [c1, c2] } } })).toBe(2);

    const edited = csv.replace("Bing,深圳", "Bing;丙牌,深圳");
    expect(await importRegistryCsv(db, edited, { dryRun: false, actorId: null })).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const row = await db.company.findUniqueOrThrow({ where: { creditCode: c1 } });
    expect(parseList(row.aliases)).toEqual(["Bing", "丙牌"]);
    const audits = await db.auditEvent.findMany({ where: { entityId: row.id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["company.import.create", "company.import.update"]);
  });

  it("the party index sees imported companies (rebuilt when the registry changes)", async () => {
    const db = await getDb();
    const c = code("91440300MA5H00001");
    const before = await loadPartyIndex(db);
    expect(matchParty(before, "Shenzhen Wuxing Optics Co., Ltd.", { thresholds: partyThresholds() }).decision).toBe("none");
    await importRegistryCsv(db, `${HEADER}\n${c},深圳市五星光学有限公司,,,深圳,广东,,,,`, { dryRun: false, actorId: null });
    const after = await loadPartyIndex(db);
    expect(after).not.toBe(before);
    expect(await loadPartyIndex(db)).toBe(after);
    const result = matchParty(after, "Shenzhen Wuxing Optics Co., Ltd.", { thresholds: partyThresholds(), location: "Shenzhen, China" });
    expect(result.candidates[0]).toMatchObject({ creditCode: c, nameZh: "深圳市五星光学有限公司" });
  });
});

describe("CLI", () => {
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "app/cli/index.ts", ...args], { cwd: root, env: process.env });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout, err: e.stderr };
    }
  };

  it("imports a GBK file with --dry-run then for real, and matches a party as JSON", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "registry-"));
    const file = path.join(dir, "exporters.csv");
    const c = code("91330200MA2J00001");
    await writeFile(
      file,
      iconv.encode(`${HEADER}\r\n${c},宁波庚泰光电科技有限公司,Ningbo Gengtai Optoelectronic Technology Co. Ltd.,,宁波,浙江,,,,\r\nx,,,,,,,,,\r\n`, "gbk"),
    );
    const dry = await cli("exporters", "import", file, "--dry-run");
    expect(dry.code).toBe(2);
    expect(dry.out).toMatch(/would create 1/);
    expect(dry.err).toMatch(/line 3: credit_code: /);
    expect((await cli("exporters", "import", file)).out).toMatch(/created 1/);

    const matched = await cli("parties", "match", "Ningbo Gengtai Optoelectronic Technology Co., Ltd.", "--location", "Ningbo, China", "--json");
    expect(matched.code).toBe(0);
    const body = JSON.parse(matched.out);
    expect(body).toMatchObject({ query: "Ningbo Gengtai Optoelectronic Technology Co., Ltd.", decision: "match", thresholds: { match: 0.85, review: 0.6 } });
    expect(Object.keys(body.candidates[0]).sort()).toEqual(["creditCode", "evidence", "nameEn", "nameZh", "score"]);
    expect(body.candidates[0]).toMatchObject({ creditCode: c, nameZh: "宁波庚泰光电科技有限公司" });
  }, 60_000);
});
