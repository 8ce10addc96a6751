// Party-name corpus, second round (h12-warn): names as printed in the second-round extraction
// texts and constructed variants and near misses in their printed forms.
// HELD OUT: a random quarter (random.Random(20261208).sample over the ids), set aside before
// any change to the matcher and scored once at the end. Do not tune on these.
import type { PartyCase } from "./types.ts";

export const ROUND_2_HELD_OUT_CASES: PartyCase[] = [
  {
    id: "r2-dongguan-ocbestjet-digital",
    kind: "real",
    source: "https://www.usitc.gov/keywords/united-states-international-trade-commission?page=3",
    class: "real-337",
    name: "Dongguan Ocbestjet Digital Technology Co., Ltd.",
    location: "Guangdong, China",
    expect: "ocbestjet",
  },
  {
    id: "r2-ocbestjet-hk-consumables",
    kind: "real",
    source: "https://www.usitc.gov/keywords/united-states-international-trade-commission?page=3",
    class: "unknown",
    name: "Ocbestjet Printer Consumables (HK) Co., Ltd.",
    location: "Hong Kong",
    expect: null,
  },
  {
    id: "r2-shenzhen-tenda-technology",
    kind: "real",
    source: "http://law.justia.com/cases/federal/district-courts/texas/txedce/4:2019cv00880/194020/21/",
    class: "real-337",
    name: "Shenzhen Tenda Technology Co., Ltd.",
    expect: "tenda",
  },
  {
    id: "r2-yajia-traditional",
    kind: "real",
    source: "http://m.mangmai.com.cn/article/myzc/1869.html",
    class: "zh-only",
    name: "浙江亞嘉采棉機配件有限公司",
    expect: "yajia",
  },
  {
    id: "r2-shenzhen-zhenwei-xin",
    kind: "real",
    source: "https://ai-lab.exparte.com/case/dct/txed/4:25-cv-01205/doc/analysis/1",
    class: "real-337",
    name: "Shenzhen Zhenwei Xin Technology Co Ltd",
    expect: "zhenweixin",
  },
  { id: "r2-ningbo-aosheng-garment", kind: "constructed", class: "near-industry", name: "Ningbo Aosheng Garment Co., Ltd.", expect: null },
  { id: "r2-qingdao-relax-health", kind: "constructed", class: "city-end", name: "Qingdao Relax Health Industry Co., Ltd.", expect: "relax" },
  { id: "r2-shenzhen-zhenweixin-tech", kind: "constructed", class: "abbrev", name: "Shenzhen Zhenweixin Tech Co., Ltd.", expect: "zhenweixin" },
];
