// Party-name corpus, third round (h12-names): names as printed in published texts found with
// the search tool (USITC 337-TA-1000 and 337-TA-1163 lists, the Federal Register service list of
// 2019-10112, a Chinese report of 337-TA-1163, the BIS entity list as printed with Chinese names,
// Commerce's solar review, court records naming storefronts) and constructed variants in their
// printed forms (ü spellings, districts, city moved to the end, abbreviations) with near misses.
// HELD OUT: scored once, at the end (Python random.Random(20261209).sample(range(75), 18)); not tuned on.
import type { PartyCase } from "./types.ts";

export const ROUND_3_HELD_OUT_CASES: PartyCase[] = [
  {
    id: "r3-hangzhou-chic-garment-co-ltd",
    kind: "constructed",
    source: "https://www.usitc.gov/keywords/section-337?page=34",
    class: "near-industry",
    name: "Hangzhou Chic Garment Co., Ltd.",
    expect: null,
  },
  {
    id: "r3-shenzhen-kede-technology-co-ltd",
    kind: "constructed",
    source: "https://www.usitc.gov/keywords/section-337?page=34",
    class: "near-city",
    name: "Shenzhen Kede Technology Co., Ltd.",
    expect: null,
  },
  {
    id: "r3-changzhou-jinuo-decorative-material-co-ltd",
    kind: "real",
    source: "https://regulations.justia.com/regulations/fedreg/2019/05/16/2019-10112.html",
    class: "zh-only",
    name: "Changzhou Jinuo Decorative Material Co., Ltd",
    location: "Changzhou, Jiangsu, China",
    expect: "jinuo",
  },
  {
    id: "r3-changzhou-runchang-textile-co-ltd",
    kind: "constructed",
    source: "https://regulations.justia.com/regulations/fedreg/2019/05/16/2019-10112.html",
    class: "near-industry",
    name: "Changzhou Runchang Textile Co., Ltd.",
    expect: null,
  },
  {
    id: "r3-zh-cree-huizhou-24",
    kind: "real",
    source: "https://m.21jingji.com/article/20190506/herald/f0682a8d61abd43bf3c348c674f907c9.html",
    class: "zh-only",
    name: "惠州科锐半导体照明有限公司",
    expect: "cree-huizhou",
  },
  {
    id: "r3-leedarson-lighting-co-ltd",
    kind: "real",
    source: "https://www.itcblog.com/8005-itc-institutes-investigation-337-ta-1163-in-certain-light-emitting-diode-products",
    class: "abbrev",
    name: "Leedarson Lighting Co., Ltd.",
    location: "China",
    expect: "leedarson",
  },
  {
    id: "r3-zh-leedarson-30",
    kind: "real",
    source: "https://m.21jingji.com/article/20190506/herald/f0682a8d61abd43bf3c348c674f907c9.html",
    class: "zh-only",
    name: "立达信光电有限公司",
    expect: "leedarson",
  },
  {
    id: "r3-xiamen-lidaxin-opto-electronic-co-ltd",
    kind: "constructed",
    source: "https://m.21jingji.com/article/20190506/herald/f0682a8d61abd43bf3c348c674f907c9.html",
    class: "abbrev",
    name: "Xiamen Lidaxin Opto-electronic Co., Ltd.",
    expect: "leedarson",
  },
  {
    id: "r3-changzhou-guoguang-data-communications-co-ltd",
    kind: "real",
    source:
      "https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/515980/%E5%8D%97%E6%B5%B7%E7%88%AD%E8%AD%B0-%E7%B9%BC%E5%88%B6%E8%A3%8124%E9%96%93%E4%B8%AD%E5%9C%8B%E4%BC%81%E6%A5%AD%E5%BE%8C-%E7%BE%8E%E5%9C%8B%E5%86%8D%E5%B0%8D12%E4%BA%BA%E5%AF%A6%E6%96%BD%E7%B0%BD%E8%AD%89%E9%99%90%E5%88%B6",
    class: "zh-only",
    name: "Changzhou Guoguang Data Communications Co., Ltd.",
    expect: "guoguang",
  },
  {
    id: "r3-changzhou-guohua-data-communications-co-ltd",
    kind: "constructed",
    source:
      "https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/515980/%E5%8D%97%E6%B5%B7%E7%88%AD%E8%AD%B0-%E7%B9%BC%E5%88%B6%E8%A3%8124%E9%96%93%E4%B8%AD%E5%9C%8B%E4%BC%81%E6%A5%AD%E5%BE%8C-%E7%BE%8E%E5%9C%8B%E5%86%8D%E5%B0%8D12%E4%BA%BA%E5%AF%A6%E6%96%BD%E7%B0%BD%E8%AD%89%E9%99%90%E5%88%B6",
    class: "near-city",
    name: "Changzhou Guohua Data Communications Co., Ltd.",
    expect: null,
  },
  {
    id: "r3-guangzhou-guangyou-communications-equipment-co-ltd",
    kind: "real",
    source:
      "https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/515980/%E5%8D%97%E6%B5%B7%E7%88%AD%E8%AD%B0-%E7%B9%BC%E5%88%B6%E8%A3%8124%E9%96%93%E4%B8%AD%E5%9C%8B%E4%BC%81%E6%A5%AD%E5%BE%8C-%E7%BE%8E%E5%9C%8B%E5%86%8D%E5%B0%8D12%E4%BA%BA%E5%AF%A6%E6%96%BD%E7%B0%BD%E8%AD%89%E9%99%90%E5%88%B6",
    class: "zh-only",
    name: "Guangzhou Guangyou Communications Equipment Co., Ltd.",
    expect: "guangyou",
  },
  {
    id: "r3-wuhan-ligong-guangke-co-ltd",
    kind: "real",
    source: "https://podms.com/p20210922001018.html",
    class: "zh-only",
    name: "Wuhan Ligong Guangke CO.,Ltd.",
    expect: "ligong",
  },
  {
    id: "r3-zhejiang-chint-solar-co-ltd",
    kind: "constructed",
    source: "https://www.govinfo.gov/content/pkg/FR-2023-12-22/html/2023-28162.htm",
    class: "city-end",
    name: "Zhejiang Chint Solar Co., Ltd.",
    expect: "chint",
  },
  {
    id: "r3-flagship-fashion-shops",
    kind: "constructed",
    source: "https://law.justia.com/cases/federal/district-courts/illinois/ilndce/1:2024cv02987/457606/86/",
    class: "storefront-one-word",
    name: "Flagship Fashion Shops",
    expect: null,
  },
  {
    id: "r3-ningbo-lyutong-electric-appliance-co-ltd",
    kind: "constructed",
    class: "umlaut",
    name: "Ningbo Lyutong Electric Appliance Co., Ltd.",
    expect: "lvtong",
  },
  { id: "r3-taizhou-lyuhe-pv-technology-co-ltd", kind: "constructed", class: "umlaut", name: "Taizhou Lyuhe PV Technology Co., Ltd.", expect: "lvhe" },
  {
    id: "r3-ningbo-yinzhou-lvtong-electrical-appliance-co-ltd",
    kind: "constructed",
    class: "district",
    name: "Ningbo Yinzhou Lvtong Electrical Appliance Co., Ltd.",
    expect: "lvtong",
  },
  {
    id: "r3-jinhua-hengda-furniture-foshan-co-ltd",
    kind: "constructed",
    class: "zh-only",
    name: "Jinhua Hengda Furniture (Foshan) Co., Ltd.",
    expect: "hengda-fs",
  },
];
