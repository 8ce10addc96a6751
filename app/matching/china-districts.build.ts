// Builds app/matching/china-districts.json from the national list of administrative divisions
// (the `@vant/area-data` npm package, a development dependency: GB/T 2260 codes for every
// province, city and district/county): for each city, the districts and counties under it, in
// Chinese (without 区/县/市) and in pinyin. The matcher uses it to recognise a district
// printed right after its own city inside a name ("宁波市鄞州绿通电器", "Shenzhen Bao'an Kebe
// Technology") without a hand list, and only there: a district name elsewhere stays core.
//
// Run: npx tsx app/matching/china-districts.build.ts   (rewrites the JSON; a test checks that
// the committed file is what the installed package gives)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pinyin } from "pinyin-pro";

/** City (Chinese, without 市) → its districts: Chinese without the suffix, and their pinyin. */
export type DistrictTable = Record<string, { zh: string[]; py: string[] }>;

const SUFFIX_RE = /(?:自治县|区|县|市|旗)$/;

export function buildDistrictTable(cityList: Record<string, string>, countyList: Record<string, string>): DistrictTable {
  const out: DistrictTable = {};
  for (const [code, name] of Object.entries(countyList)) {
    const city = cityList[`${code.slice(0, 4)}00`];
    if (!city || !city.endsWith("市")) continue;
    const cityZh = city.slice(0, -1);
    const bare = name.replace(SUFFIX_RE, "");
    // "市辖区" and one-character names ("萧县" → "萧") are no use inside a company name.
    if (bare.length < 2 || bare === cityZh || name === "市辖区") continue;
    const py = pinyin(bare, { toneType: "none", type: "array", v: true })
      .join("")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
    const entry = (out[cityZh] ??= { zh: [], py: [] });
    if (!entry.zh.includes(bare)) entry.zh.push(bare);
    if (py && !entry.py.includes(py)) entry.py.push(py);
  }
  const sorted: DistrictTable = {};
  for (const k of Object.keys(out).sort()) sorted[k] = { zh: out[k].zh.sort(), py: out[k].py.sort() };
  return sorted;
}

export const DISTRICTS_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "china-districts.json");

export async function districtsFromInstalledList(): Promise<DistrictTable> {
  const { areaList } = await import("@vant/area-data");
  return buildDistrictTable(areaList.city_list, areaList.county_list);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const table = await districtsFromInstalledList();
  fs.writeFileSync(DISTRICTS_PATH, `${JSON.stringify(table)}\n`);
  const n = Object.values(table).reduce((a, e) => a + e.zh.length, 0);
  console.log(`${Object.keys(table).length} cities, ${n} districts and counties → ${DISTRICTS_PATH}`);
}
