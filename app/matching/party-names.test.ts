import { describe, expect, it } from "vitest";
import { buildPartyIndex, findRegisteredAliases, matchParty, matchPartyNaive, type PartyCompany } from "./party-names.ts";

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

// Issue 12: the classes of real wording that failed, as general rules.
const MORE: PartyCompany[] = [
  { id: "lvyuan", creditCode: null, nameZh: "中山市绿源照明电器有限公司", nameEn: null, aliases: [], city: "中山", province: "广东" },
  { id: "jiahe", creditCode: null, nameZh: "宁波市鄞州区嘉禾针织有限公司", nameEn: null, aliases: [], city: "宁波", province: "浙江" },
  { id: "jinhua", creditCode: null, nameZh: "佛山市金华家具有限公司", nameEn: null, aliases: [], city: "佛山", province: "广东" },
  { id: "mingda", creditCode: null, nameZh: "义乌市明达电子商务商行", nameEn: null, aliases: [], city: "金华", province: "浙江" },
  { id: "huaxin", creditCode: null, nameZh: "无锡华芯半导体有限公司", nameEn: null, aliases: [], city: "无锡", province: "江苏" },
  { id: "tengyi", creditCode: null, nameZh: "深圳市腾逸科技有限公司", nameEn: null, aliases: ["TengYi Official Store"], city: "深圳", province: "广东" },
  { id: "sunny", creditCode: null, nameZh: "宁波阳光户外用品有限公司", nameEn: null, aliases: ["Sunny Garden Official Store"], city: "宁波", province: "浙江" },
  { id: "pv", creditCode: null, nameZh: "常州绿能光伏科技有限公司", nameEn: null, aliases: [], city: "常州", province: "江苏" },
  {
    id: "gree",
    creditCode: null,
    nameZh: "珠海格力电器股份有限公司",
    nameEn: "Gree Electric Appliances, Inc. of Zhuhai",
    aliases: [],
    city: "珠海",
    province: "广东",
  },
  {
    id: "sunmart-tech",
    creditCode: null,
    nameZh: "无锡盛马科技有限公司",
    nameEn: "Wuxi Sunmart Science and Technology Co. Ltd.",
    aliases: [],
    city: "无锡",
    province: "江苏",
  },
  {
    id: "sunmart-plastic",
    creditCode: null,
    nameZh: "无锡盛马塑料有限公司",
    nameEn: "Wuxi Sunmart Plastic Co., Ltd.",
    aliases: [],
    city: "无锡",
    province: "江苏",
  },
];
const more = buildPartyIndex(MORE);
const runMore = (name: string, location?: string) => matchParty(more, name, { thresholds, location });

describe("matchParty: Chinese-only registrations, spellings, districts and storefronts", () => {
  it.each([
    ["Zhongshan Lvyuan Lighting Electrical Appliance Co., Ltd.", "lvyuan"], // pinyin core + English of 照明电器
    ["Zhongshan Lüyuan Lighting Electrical Appliances Co., Ltd.", "lvyuan"],
    ["Zhongshan Lyuyuan Lighting & Electrical Co., Ltd.", "lvyuan"],
    ["Zhongshan Luyuan Lighting Co Ltd", "lvyuan"],
    ["Ningbo Yinzhou Jiahe Knitting Co., Ltd.", "jiahe"], // district inside the name
    ["Ningbo Jiahe Knitwear Co., Ltd.", "jiahe"],
    ["Jinhua Furniture (Foshan) Co., Ltd.", "jinhua"], // the city moved to the end; the core is a place name
    ["Yiwu Mingda E-Commerce Firm", "mingda"], // 电子商务商行
    ["Wuxi Huaxin Semiconductor Co., Ltd.", "huaxin"],
    ["Changzhou Lvneng PV Technology Co., Ltd.", "pv"],
    ["Changzhou Luneng Photovoltaic Tech Co Ltd", "pv"],
    ["Gree Elec. Appliances Inc.", "gree"],
    ["Zhuhai Gree Electric Appliance Co., Ltd.", "gree"],
    ["TengYi Official Store", "tengyi"],
    ["TENGYI-US Official Store", "tengyi"],
    ["Wuxi Shengma Plastic Co., Ltd.", "sunmart-plastic"],
  ])("%s → %s", (name, id) => {
    const r = runMore(name);
    expect(r.decision).toBe("match");
    expect(r.candidates[0].companyId).toBe(id);
  });

  it.each([
    ["Zhongshan Lvyuan Furniture Co., Ltd.", "different industry"], // same city and core, another industry word
    ["Jinhua Furniture Co., Ltd.", "different city"],
    ["Yiwu Mingfa E-Commerce Firm", "core names differ"], // same city, another core word
    ["Changzhou Longneng Photovoltaic Technology Co., Ltd.", "core names differ"],
    ["Sunny Kitchen Store", "core names differ"], // a storefront sharing one common word
  ])("%s is not a match (%s)", (name, reason) => {
    const r = runMore(name);
    expect(r.decision).not.toBe("match");
    if (r.candidates[0]) expect(r.candidates[0].evidence.join(" | ")).toContain(reason);
  });

  it("sends a name two registered companies fit equally well to review, not to either", () => {
    const r = runMore("Wuxi Sunmart Co., Ltd.", "Wuxi, China");
    expect(r.decision).toBe("review");
    expect(
      r.candidates
        .map((c) => c.companyId)
        .slice(0, 2)
        .sort(),
    ).toEqual(["sunmart-plastic", "sunmart-tech"]);
  });

  it("finds a registered storefront named word for word in running text, not one sharing a word", () => {
    const text = "Plaintiff moves against Defendants Avensy store, TengYi Official Store, Sunny Kitchen Store and Zhenka Shop.";
    expect(findRegisteredAliases(more, text)).toEqual(["TengYi Official Store"]);
    expect(findRegisteredAliases(more, "against XTengYi Official Stores")).toEqual([]);
  });
});

describe("matchParty: districts from the national division list, industry words beside Chinese-only names (round 3)", () => {
  const reg = (id: string, nameZh: string, city: string, aliases: string[] = []): PartyCompany => ({
    id,
    creditCode: null,
    nameZh,
    nameEn: null,
    aliases,
    city,
    province: null,
  });
  const index = buildPartyIndex([
    reg("lvtong", "宁波市鄞州绿通电器有限公司", "宁波"), // district without 区 after its city
    reg("kebe", "深圳市科贝科技有限公司", "深圳"),
    reg("guangming", "深圳市光明科技有限公司", "深圳"), // 光明 is also a district of 深圳: here it is the core
    reg("tongguang", "广州通光通信技术有限公司", "广州"),
    reg("huanjia", "北京环佳电信有限公司", "北京"),
    reg("guangyou", "广州市广有通讯器材有限公司", "广州"),
    reg("chic", "杭州骑客智能科技有限公司", "杭州", ["Chic"]),
    reg("shewin", "广州市夏文服饰有限公司", "广州", ["SHEWIN"]),
    reg("aoge", "惠州市奥格实业有限公司", "惠州"),
  ]);
  const run = (name: string) => matchParty(index, name, { thresholds: { match: 0.85, review: 0.6 } });

  it.each([
    ["Ningbo Lvtong Electrical Appliance Co., Ltd.", "lvtong"], // the registry's district 鄞州 is recognised without 区
    ["Ningbo Yinzhou Lütong Electric Appliances Co Ltd", "lvtong"],
    ["Shenzhen Baoan Kebei Tech Co Ltd", "kebe"], // a district of Shenzhen before the core
    ["Shenzhen Guangming Technology Co., Ltd.", "guangming"], // a district name with no core after it stays the core
    ["Guangzhou Tongguang Comm. Tech. Co., Ltd.", "tongguang"], // 通信 = communication, Comm. = Communication
    ["Beijing Huanjia Telecom Co., Ltd.", "huanjia"], // 电信 = telecommunications
    ["Guangzhou Guangyou Communications Equipment Co., Ltd.", "guangyou"],
    ["Hangzhou Chic Intelligent Technology Co., Ltd.", "chic"], // trade name + 智能 intelligent
    ["SHEWIN Flagship Shops", "shewin"], // storefront words in the plural
    ["Huizhou Aoge Enterprize Co. Ltd.", "aoge"], // 实业 printed as "Enterprise", misspelt
  ])("%s → %s", (name, id) => {
    const r = run(name);
    expect(r.decision).toBe("match");
    expect(r.candidates[0].companyId).toBe(id);
  });

  it.each([
    ["Guangzhou Guangyou Garment Co., Ltd.", "different industry"], // garment is no relation of 器材 (equipment, material)
    ["Hangzhou Chic Garment Co., Ltd.", "different industry"], // the trade name "Chic" carries its company's industry (智能)
    ["Shenzhen Baoan Kebo Technology Co., Ltd.", "core names differ"],
    ["Ningbo Liutong Electrical Appliance Co., Ltd.", "core names differ"],
  ])("%s is not a match (%s)", (name, reason) => {
    const r = run(name);
    expect(r.decision).not.toBe("match");
    if (r.candidates[0]) expect(r.candidates[0].evidence.join(" | ")).toContain(reason);
  });
});
