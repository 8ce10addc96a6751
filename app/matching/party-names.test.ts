import { describe, expect, it } from "vitest";
import { buildPartyIndex, matchParty, matchPartyNaive, type PartyCompany } from "./party-names.ts";

// Registry entries modelled on respondents as printed in Federal Register section 337 notices
// ("<name> of <city>, China").
const COMPANIES: PartyCompany[] = [
  {
    id: "dji",
    creditCode: "914403007954257495",
    nameZh: "深圳市大疆创新科技有限公司",
    nameEn: "SZ DJI Technology Co., Ltd.",
    aliases: ["DJI", "大疆"],
    city: "深圳",
    province: "广东",
  },
  {
    id: "anker",
    creditCode: null,
    nameZh: "安克创新科技股份有限公司",
    nameEn: "Anker Innovations Technology Co., Ltd.",
    aliases: ["Anker", "Anker Innovations (HK) Limited"],
    city: "长沙",
    province: "湖南",
  },
  {
    id: "lianxin",
    creditCode: null,
    nameZh: "深圳市联信电源科技有限公司",
    nameEn: "Shenzhen Lianxin Power Technology Co., Ltd.",
    aliases: [],
    city: "深圳",
    province: "广东",
  },
  {
    id: "cellmax",
    creditCode: null,
    nameZh: "宁波赛尔麦克斯电池有限公司",
    nameEn: "Ningbo Cellmax Battery Co., Ltd.",
    aliases: [],
    city: "宁波",
    province: "浙江",
  },
  { id: "hengrun", creditCode: null, nameZh: "东莞市恒润新能源有限公司", nameEn: null, aliases: [], city: "东莞", province: "广东" },
  { id: "solar", creditCode: null, nameZh: "宁波索拉科技有限公司", nameEn: "Ningbo Solar Tech Co., Ltd.", aliases: [], city: "宁波", province: "浙江" },
  { id: "lvneng", creditCode: null, nameZh: "厦门绿能电子有限公司", nameEn: null, aliases: [], city: "厦门", province: "福建" },
  { id: "huaxin", creditCode: null, nameZh: "深圳市华信科技有限公司", nameEn: null, aliases: [], city: "深圳", province: null },
];
const thresholds = { match: 0.85, review: 0.6 };
const index = buildPartyIndex(COMPANIES);
const run = (name: string, location?: string) => matchParty(index, name, { thresholds, location });

describe("matchParty: variants that must match", () => {
  it.each([
    ["SZ DJI Technology Co., Ltd. of Shenzhen, China", undefined, "dji"],
    ["SZ DJI TECHNOLOGY CO LTD", undefined, "dji"],
    ["DJI Technology Co., Ltd.", "Shenzhen, China", "dji"],
    ["深圳市大疆創新科技有限公司", undefined, "dji"], // traditional
    ["大疆创新科技", undefined, "dji"],
    ["Anker Innovations Technology Co., Ltd.", "Changsha, Hunan, China", "anker"],
    ["ＡＮＫＥＲ　ＩＮＮＯＶＡＴＩＯＮＳ ＬＩＭＩＴＥＤ", undefined, "anker"], // full width
    ["Anker Innovations (HK) Ltd.", "Hong Kong", "anker"],
    ["安克創新科技股份有限公司", undefined, "anker"],
    ["Shenzhen Lianxin Power Technology Co., Ltd. of Shenzhen, China", undefined, "lianxin"],
    ["Lianxin Power Tech Limited", undefined, "lianxin"],
    ["Ningbo Cellmax Battery Company Limited", "Ningbo, Zhejiang, China", "cellmax"],
    ["Dongguan Hengrun New Energy Co., Ltd. of Dongguan, Guangdong, China", undefined, "hengrun"], // pinyin of 恒润新能源
    ["DONGGUAN HENG RUN XIN NENG YUAN CO LTD", undefined, "hengrun"], // syllables split
    ["Dōngguǎn Héngrùn Xīnnéngyuán Co., Ltd.", undefined, "hengrun"], // tones
    ["Xiamen Lüneng Electronics Co., Ltd.", undefined, "lvneng"],
    ["Xiamen Lvneng Electronic Co.", undefined, "lvneng"],
    ["Xiamen Lyuneng Electronics Limited", undefined, "lvneng"],
    ["Ningbo Solar Technology Limited", undefined, "solar"],
    ["Shenzhen Huaxin Keji Youxian Gongsi", undefined, "huaxin"],
  ])("%s → %s", (name, location, id) => {
    const result = run(name, location);
    expect(result.decision).toBe("match");
    expect(result.candidates[0].companyId).toBe(id);
    expect(result.candidates[0].score).toBeGreaterThanOrEqual(thresholds.match);
    expect(result.candidates[0].evidence.length).toBeGreaterThan(1);
  });
});

describe("matchParty: near misses that must not match", () => {
  it.each([
    ["Shenzhen Anker Innovations Co., Ltd.", undefined, "different city"], // Anker is in Changsha
    ["Anker Innovations Technology Co., Ltd.", "Shenzhen, China", "different city"],
    ["Ningbo Solaris Tech Co., Ltd.", undefined, "core names differ"],
    ["Shenzhen Huawei Technology Co., Ltd.", undefined, "core names differ"],
    ["Shenzhen Technology Co., Ltd.", undefined, "core names differ"], // only generic words
    ["Guangzhou Lianxin Power Technology Co., Ltd.", undefined, "different city"],
    ["深圳市华鑫科技有限公司", undefined, "core names differ"], // homophone of 华信, different characters
    ["Shenzhen Cellmax Battery Co., Ltd.", undefined, "different city"],
  ])("%s is not a match (%s)", (name, location, reason) => {
    const result = run(name, location);
    expect(result.decision).not.toBe("match");
    const top = result.candidates[0];
    if (top) {
      expect(top.score).toBeLessThan(thresholds.match);
      expect(top.evidence.join(" | ")).toContain(reason);
    }
  });

  it("a name sharing only a generic word has no candidate at review level", () => {
    expect(run("Yiwu Bright Star Technology Co., Ltd.").decision).toBe("none");
  });
});

describe("matchParty: result shape", () => {
  it("orders candidates best first, respects the limit, and scores within [0,1]", () => {
    const r = matchParty(index, "Shenzhen Lianxin Technology", { thresholds, limit: 3 });
    expect(r.query).toBe("Shenzhen Lianxin Technology");
    expect(r.candidates.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < r.candidates.length; i++) expect(r.candidates[i - 1].score).toBeGreaterThanOrEqual(r.candidates[i].score);
    for (const c of r.candidates) {
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
  });

  it("uses the thresholds for the decision", () => {
    expect(matchParty(index, "Ningbo Solaris Tech", { thresholds: { match: 0.99, review: 0.5 } }).decision).toBe("review");
    expect(matchParty(index, "Ningbo Solaris Tech", { thresholds: { match: 0.6, review: 0.5 } }).decision).toBe("match");
    expect(matchParty(index, "Co., Ltd.", { thresholds }).decision).toBe("none");
  });

  it("agrees with scoring every company (the naive baseline) on the top candidate", () => {
    for (const name of ["SZ DJI Technology", "Xiamen Lvneng", "Ningbo Solar Technology", "Dongguan Hengrun New Energy"]) {
      const fast = run(name);
      const naive = matchPartyNaive(index, name, { thresholds });
      expect(fast.candidates[0].companyId).toBe(naive.candidates[0].companyId);
      expect(fast.candidates[0].score).toBeCloseTo(naive.candidates[0].score, 2);
    }
  });
});
