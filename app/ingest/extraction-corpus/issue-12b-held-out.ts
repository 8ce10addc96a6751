// Issue 12, second round (h12-warn): HELD OUT. A random quarter (15 of 61, Python
// random.Random(20261208).sample over the ids) of the second-round texts, set aside before any
// extraction or matching code changed and scored once at the end. Do not tune on these.
// One of the 15 (a Monument Peak v. TCL caption) was at an address already in the corpus and
// was removed before scoring: 14 remain.
import { itc, NONE } from "./issue-12-helpers.ts";
import type { CorpusCase } from "./types.ts";

const RAW: CorpusCase[] = [
  itc({
    id: "b-usitc-news-1272-mediatek-release",
    source: "https://www.usitc.gov/keywords/section-337?page=10",
    title: "USITC Institutes Section 337 Investigation of Certain Integrated Circuits and Products Containing Same",
    text: `The investigation is based on a complaint filed by MediaTek Inc. of Hsinchu City, Taiwan and MediaTek USA Inc. of San Jose, CA, on June 21, 2021. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain integrated circuits and products containing same that infringe patents asserted by the complainants. The complainants request that the USITC issue a limited exclusion order and cease and desist orders.
The USITC has identified the following as respondents in this investigation:
NXP Semiconductors N.V. of Eindhoven, Netherlands;
NXP USA, Inc., of Austin, TX;
Avnet, Inc., of Phoenix, AZ;
Arrow Electronics, Inc., of Centennial, CO;
Mouser Electronics, Inc., of Mansfield, TX;
Continental AG of Hanover, Germany;
Continental Automotive GmbH of Hanover, Germany;
Continental Automotive Systems, Inc., of Auburn Hills, MI;
Robert Bosch GmbH of Gerlingen-Schillerhöhe, Germany; and
Robert Bosch LLC of Farmington Hills, MI.
By instituting this investigation (337-TA-1272), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1272",
    stage: "instituted",
    complainants: ["MediaTek Inc.", "MediaTek USA Inc."],
    respondents: [
      "NXP Semiconductors N.V.",
      "NXP USA, Inc.",
      "Avnet, Inc.",
      "Arrow Electronics, Inc.",
      "Mouser Electronics, Inc.",
      "Continental AG",
      "Continental Automotive GmbH",
      "Continental Automotive Systems, Inc.",
      "Robert Bosch GmbH",
      "Robert Bosch LLC",
    ],
  }),
  itc({
    id: "b-usitc-news-1423-ingeniospec-bullets",
    source: "https://www.usitc.gov/keywords/337",
    title: "USITC Institutes Section 337 Investigation of Certain Electronic Eyewear Products, Components Thereof, and Related Charging Apparatuses",
    text: `The investigation is based on a complaint filed by IngenioSpec, LLC of San Jose, CA on October 10, 2024. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain electronic eyewear products, components thereof, and related charging apparatuses containing same that infringe patents asserted by the complainant. The complainant requests that the USITC issue a limited exclusion order and cease and desist orders.
The USITC has identified the following respondents in this investigation:
- ByteDance, Ltd. Beijing, China
- ByteDance Inc., Wilmington, DE
- Qingdao Chuangjian Weilai Technology Co., Ltd., Quindao City, China
- Funnico Inc., San Jose, CA
- PICO Immersive Pte, Ltd., Singapore
- HTC Corporation, Taoyuan, City, Taiwan
- HTC Europe Co Ltd., Berkshire, UK
- HTC Poland SP Z O.O., Warszawa, Poland
- Meta Platforms, Inc., Menlo Park, CA
- Meta Platforms Technologies, LLC, Menlo Park, CA
- Meta Platforms Technologies Ireland Ltd., Dublin, Ireland
- Meta Platforms Technologies UK Ltd., London, United Kingdom
- Valve Corporation, Bellevue, WA
- Valve GmbH Corporation, Hamburg, Germany
By instituting this investigation (337-TA-1423), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1423",
    stage: "instituted",
    complainants: ["IngenioSpec, LLC"],
    respondents: [
      "ByteDance, Ltd.",
      "ByteDance Inc.",
      "Qingdao Chuangjian Weilai Technology Co., Ltd.",
      "Funnico Inc.",
      "PICO Immersive Pte, Ltd.",
      "HTC Corporation",
      "HTC Europe Co Ltd.",
      "HTC Poland SP Z O.O.",
      "Meta Platforms, Inc.",
      "Meta Platforms Technologies, LLC",
      "Meta Platforms Technologies Ireland Ltd.",
      "Meta Platforms Technologies UK Ltd.",
      "Valve Corporation",
      "Valve GmbH Corporation",
    ],
  }),
  itc({
    id: "b-usitc-news-1452-epson-dba-bullets",
    source: "https://www.usitc.gov/keywords/united-states-international-trade-commission?page=3",
    title: "USITC Institutes Section 337 Investigation of Certain Ink Cartridges and Components Thereof II",
    text: `June 12, 2025
News Release 25-074
Inv. No(s). 337-TA-1452
The investigation is based on a complaint filed on behalf of Epson Portland, Inc. of Hillsboro, Ore.; Epson America, Inc. of Los Alamitos, Calif.; and Seiko Epson Corporation of Japan on May 13, 2025. Supplements to the complaint were filed on May 19 and 30, 2025, and June 3, 2025. The complaint, as supplemented, alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain ink cartridges and components thereof II that infringe patents asserted by the complainants. 

The complainants request that the USITC issue a general exclusion order, or in the alternative a limited exclusion order, and cease and desist orders. 

The USITC has identified the following respondents in this investigation:

  • Dongguan Ocbestjet Digital Technology Co., Ltd. d/b/a Ocbestjet, Guangdong, China
  • Ocbestjet Printer Consumables (HK) Co., Ltd. d/b/a Ocbestjet, Hong Kong
  • Tatrix International China Co., Ltd., Guangdong, China
  • Luozhi Trading Co., Ltd., Guangdong, China
  • Shenzhen Hongxinyuan E-Commerce Co., Ltd. d/b/a Jianjai, d/b/a Vi-US, Guangdong, China
  • Shenzhen Kaizhen Technology Co., Ltd. d/b/a PayForLess, Guangdong, China
  • Zhuhai Zhenyang Electronics Co., Ltd. d/b/a Oinkwere, Guangdong, China
  • Shangrao Shixuan E-Commerce Co., Ltd. d/b/a Inkgo, Jiangxi, China
  • Zhuhai Hengyunda Electronics Co., Ltd. d/b/a Upriin, Guangdong, China`,
    caseNumber: "337-TA-1452",
    stage: "instituted",
    complainants: ["Epson Portland, Inc.", "Epson America, Inc.", "Seiko Epson Corporation"],
    respondents: [
      "Dongguan Ocbestjet Digital Technology Co., Ltd.",
      "Ocbestjet Printer Consumables (HK) Co., Ltd.",
      "Tatrix International China Co., Ltd.",
      "Luozhi Trading Co., Ltd.",
      "Shenzhen Hongxinyuan E-Commerce Co., Ltd.",
      "Shenzhen Kaizhen Technology Co., Ltd.",
      "Zhuhai Zhenyang Electronics Co., Ltd.",
      "Shangrao Shixuan E-Commerce Co., Ltd.",
      "Zhuhai Hengyunda Electronics Co., Ltd.",
    ],
    aliases: {
      "Dongguan Ocbestjet Digital Technology Co., Ltd.": ["Ocbestjet"],
      "Ocbestjet Printer Consumables (HK) Co., Ltd.": ["Ocbestjet"],
      "Shenzhen Hongxinyuan E-Commerce Co., Ltd.": ["Jianjai", "Vi-US"],
      "Shenzhen Kaizhen Technology Co., Ltd.": ["PayForLess"],
      "Zhuhai Zhenyang Electronics Co., Ltd.": ["Oinkwere"],
      "Shangrao Shixuan E-Commerce Co., Ltd.": ["Inkgo"],
      "Zhuhai Hengyunda Electronics Co., Ltd.": ["Upriin"],
    },
  }),
  {
    id: "b-near-miss-taylor-english-schedule-a-explainer",
    kind: "near-miss",
    source: "https://insights.taylorenglish.com/post/102ifgr/filing-schedule-a-cases-to-combat-counterfeiting-on-online-marketplaces",
    title: 'Filing "Schedule A" Cases to Combat Counterfeiting on Online Marketplaces',
    text: `While Amazon's increased efforts to stop counterfeiting are certainly welcome, the problem continues to persist. One increasingly popular strategy for brand owners is to start enforcement proceedings in federal court, rather then with Amazon directly, through the filing of a "Schedule A" complaint. 

As explained in this cited article, such complaints identify the defendants (typically online sellers and storefronts) in a Schedule A, an exhibit, that is filed under seal so as not to alert the defendants of the lawsuit pending against them. After filing the complaint, the brand owner quickly obtains a temporary restraining order (TRO) enjoining the sale of the allegedly infringing products and provides the TRO to Amazon as a basis for closing the sellers' product listings and freezing their Amazon accounts.`,
    expect: NONE,
  },
  itc({
    id: "b-fr-1133-institution-autel-summary-only",
    source: "https://www.govinfo.gov/content/pkg/FR-2018-10-02/html/2018-21362.htm",
    title: "Certain Unmanned Aerial Vehicles and Components Thereof; Institution of Investigation",
    text: `INTERNATIONAL TRADE COMMISSION

[Investigation No. 337-TA-1133]

Certain Unmanned Aerial Vehicles and Components Thereof; 
Institution of Investigation

AGENCY: U.S. International Trade Commission.

ACTION: Notice.

SUMMARY: Notice is hereby given that a complaint was filed with the 
U.S. International Trade Commission on August 30, 2018, under section 
337 of the Tariff Act of 1930, as amended, on behalf of Autel Robotics 
USA LLC of Bothell, Washington. The complaint alleges violations of 
section 337 based upon the importation into the United States, the sale 
for importation, and the sale within the United States after 
importation of certain unmanned aerial vehicles and components thereof 
by reason of infringement of certain claims of U.S. Patent No. 
7,979,174 (\`\`the '174 patent''); U.S. Patent No. 9,260,184 (\`\`the '184 
patent''); and U.S. Patent No. 10,044,013 (\`\`the '013 patent''). The 
complaint further alleges that an industry in the United States exists 
as required by the applicable Federal Statute.
    The complainant requests that the Commission institute an 
investigation and, after the investigation, issue a limited exclusion 
order and cease and desist orders.`,
    caseNumber: "337-TA-1133",
    stage: "instituted",
    complainants: ["Autel Robotics USA LLC"],
    respondents: [],
  }),
  itc({
    id: "b-usitc-news-1439-solvay-pvdf-chinese-chemicals",
    source: "https://www.usitc.gov/keywords/patent-infringement?page=2",
    title: "USITC Institutes Section 337 Investigation of Certain Polyvinylidene Fluoride Resins",
    text: `The investigation is based on a complaint filed on behalf of Solvay Specialty Polymers, USA LLC of Alpharetta, Ga.; Syensqo SA of Brussels, Belgium; and Solvay Specialty Polymers Italy S.P.A. of Bollate, Italy, on January 13, 2025, and supplemented on February 3, 2025. The complaint, as supplemented, alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain polyvinylidene fluoride resins that infringe a patent asserted by the complainants. The complainants request that the USITC issue a limited exclusion order and cease and desist orders.
The USITC has identified the following respondents in this investigation:
- Sinochem Lantian Co., Ltd., Hangzhou, China
- Inner Mongolia 3F Wanhao Fluorochemical Industry Co. Ltd., Fengzhen, China
- Zhejiang Juhua Co., Ltd, Quzhou, China
- Zhejiang Fluorine Chemical New Material Co. Ltd., Shaoxing, China
- Hubei Fluorine New Materials Co., Ltd., Qianjiang, China
By instituting this investigation (337-TA-1439), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1439",
    stage: "instituted",
    complainants: ["Solvay Specialty Polymers, USA LLC", "Syensqo SA", "Solvay Specialty Polymers Italy S.P.A."],
    respondents: [
      "Sinochem Lantian Co., Ltd.",
      "Inner Mongolia 3F Wanhao Fluorochemical Industry Co. Ltd.",
      "Zhejiang Juhua Co., Ltd",
      "Zhejiang Fluorine Chemical New Material Co. Ltd.",
      "Hubei Fluorine New Materials Co., Ltd.",
    ],
  }),
  itc({
    id: "b-casetext-936-review-in-part-converse",
    source:
      "https://casetext.com/federal-register/certain-footwear-products-commission-determination-to-review-in-part-a-final-initial-determination-finding-a-violation-of-section-337-and-to-request-written-submissions-regarding-the-issues-under-review-and-remedy-bonding-and-the-public-interest",
    title:
      "Certain Footwear Products: Commission Determination To Review-in-Part a Final Initial Determination Finding a Violation of Section 337; and To Request Written Submissions Regarding the Issues Under Review and Remedy, Bonding, and the Public Interest",
    text: `Federal Register Feb 9, 2016
81 Fed. Reg. 6886 (Feb. 9, 2016)
SUMMARY:
Notice is hereby given that the U.S. International Trade Commission has determined to review-in-part a final initial determination (“ID”) of the presiding administrative law judge (“ALJ”) finding a violation of section 337 in the above-captioned investigation. The Commission is also requesting written submissions regarding the issues under review and remedy, bonding, and the public interest.
SUPPLEMENTARY INFORMATION:
The Commission instituted this investigation on November 17, 2014, based on a complaint filed on behalf of Converse Inc. of North Andover, Massachusetts. 79 FR 68482-83. The complaint alleges violations of section 337 of the Tariff Act of 1930, as amended, 19 U.S.C.`,
    caseNumber: null,
    stage: "initial-determination",
    complainants: ["Converse Inc."],
    respondents: [],
  }),
  itc({
    id: "b-elaws-936-geo-terminated-converse",
    source: "http://federal.elaws.us/fr/6/29/2016/2016-15339",
    title:
      "Certain Footwear Products; Commission Decision To Affirm-in-Part, Reverse-in-Part, and Vacate Certain Portions of a Final Initial Determination Finding a Violation of Section 337; Issuance of General Exclusion Order; Termination of the Investigation",
    text: `SUMMARY:
Notice is hereby given that the U.S. International Trade Commission has determined to affirm-in-part, reverse-in-part, and vacate certain portions of a final initial determination (“ID”) of the presiding administrative law judge (“ALJ”) finding a violation of section 337 in the above-captioned investigation, and has issued a general exclusion order directed against infringing footwear products. The Commission has terminated the investigation.
SUPPLEMENTARY INFORMATION:
The Commission instituted this investigation on November 17, 2014, based on a complaint filed on behalf of Converse Inc. of North Andover, Massachusetts.`,
    caseNumber: null,
    stage: "exclusion-order",
    complainants: ["Converse Inc."],
    respondents: [],
  }),
  {
    id: "b-near-miss-ad-review-termination-bitronic",
    kind: "near-miss",
    source: "http://federal.elaws.us/fr/9/22/1994/94-23503",
    title: "Small Business Telephone Systems and Subassemblies Thereof From Taiwan; Termination of Antidumping Duty Administrative Review",
    text: `DEPARTMENT OF COMMERCE
[A-583-806]
Small Business Telephone Systems and Subassemblies Thereof From
Taiwan; Termination of Antidumping Duty Administrative Review
AGENCY: Import Administration, International Trade Administration,
Department of Commerce.
ACTION: Notice of Termination of Antidumping Duty Administrative
Review.
SUMMARY: On January 18, 1994, the Department of Commerce (the
Department) initiated an administrative review of the antidumping duty
order on small business telephone systems (SBTS) from Taiwan covering
the period December 1, 1992 through November 30, 1993. We are now
terminating that review.
SUPPLEMENTARY INFORMATION: On December 23, 1993, Bitronic Telecoms Co.,
Ltd. (Bitronic), a manufacturer/exporter of SBTS from Taiwan, requested
that the Department conduct an administrative review of the antidumping
duty order on SBTS from Taiwan covering the period December 1, 1992
through November 30, 1993.`,
    expect: NONE,
  },
  {
    id: "b-near-miss-sz-cbc-schedule-a-essay",
    kind: "near-miss",
    source: "https://www.sz-cbc.com/en/post/the-predicament-and-resolution-of-schedule-a-cases-in-the-united-states",
    title: "The Predicament and Resolution of Schedule A Cases in the United States",
    text: `In recent years, a large number of Chinese sellers have been significantly affected by mass intellectual property litigation in the United States, a litigation model commonly referred to as “Schedule A” cases. Upon closer examination, these cases typically share the following characteristics:

(1) A single plaintiff sues dozens, or even hundreds, of defendants (the vast majority of whom are Chinese e-commerce sellers) in the same case.`,
    expect: NONE,
  },
  itc({
    id: "b-zh-xinhua-si-group-11-companies-trade-secrets",
    source: "http://firetc.com/news/show.php?itemid=15615",
    title: "美国对中国企业合成橡胶树脂发起337调查",
    text: `美国国际贸易委员会20日对中国内地及香港特区多家企业生产的合成橡胶树脂等产品发起“337调查”,以确定它们是否存在侵犯知识产权行为。
华盛顿6月20日电(记者阳建 王宗凯) 美国国际贸易委员会20日对中国内地及香港特区多家企业生产的合成橡胶树脂等产品发起“337调查”,以确定它们是否存在侵犯知识产权行为。
美国国际贸易委员会发表声明说,涉案产品主要是合成橡胶树脂,包括轮胎制造中的增粘剂。这项调查共涉及11家企业和个人,其中绝大部分具有中资背景。
声明说,美国化学中间体制造商圣莱科特国际集团(SI Group)今年5月21日向美国国际贸易委员会提出申诉,指控美国进口及在美国市场销售的上述涉案产品侵犯了该公司的商业秘密,要求启动“337调查”并发布排除令和禁止进口令。`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["圣莱科特国际集团"],
    respondents: [],
    aliases: { 圣莱科特国际集团: ["SI Group"] },
    announced: 11,
  }),
  {
    id: "b-eu-customs-2016-report-hktdc",
    kind: "real",
    source:
      "http://economists-pick-research.hktdc.com/business-news/article/Regulatory-Alert-EU/Report-Reveals-Customs-Authorities-Detained-More-Than-41-Million-Fake-and-Counterfeit-Products-at-EU-Borders-in-2016/baeu/en/1/1X2ZT6B7/1X0AB4H7.htm",
    title: "Report Reveals Customs Authorities Detained More Than 41 Million Fake and Counterfeit Products at EU Borders in 2016",
    text: `On 20 July 2017, the European Commission published the results of customs actions taken at the EU’s external borders during 2016. The report contains statistical information about the detentions made under customs procedures and includes data on the description, quantities and value of the goods, their provenance, the means of transport and the type of intellectual property rights (IPR) that may have been infringed.

Customs administrations in the EU have been known for their high standard of enforcement in this field. In 2016, customs authorities made over 63,000 detentions, consisting of a total of 41.3 million articles. The domestic retail value of the detained articles represented more than 672 million euros.

Mainland China continues to be the main country of provenance from where goods suspected of infringing an IPR were sent to the EU.`,
    expect: { caseType: "eu-customs-detention", jurisdiction: "EU", caseNumber: null, stage: null, complainants: [], respondents: [] },
  },
  itc({
    id: "b-usitc-news-1212-sterno-liown",
    source: "https://www.usitc.gov/keywords/section-337?page=15",
    title: "USITC Institutes Section 337 Investigation of Certain Electronic Candle Products and Components Thereof",
    text: `The investigation is based on a complaint filed by The Sterno Group Companies, LLC, of Corona, CA, and Sterno Home Inc. of Coquitlam, BC, Canada, on July 15, 2020. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain electronic candle products and components thereof that infringe patents asserted by the complainants. The complainants request that the USITC issue a limited exclusion order and cease and desist orders.
The USITC has identified the following as respondents in this investigation:
Shenzhen Liown Electronics Co. Ltd. of Shenzhen, Guangdong, China;
Luminara Worldwide, LLC, of Eden Prairie, MN; and
L Candle Company, LLC, of Brea, CA.
By instituting this investigation (337-TA-1212), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1212",
    stage: "instituted",
    complainants: ["The Sterno Group Companies, LLC", "Sterno Home Inc."],
    respondents: ["Shenzhen Liown Electronics Co. Ltd.", "Luminara Worldwide, LLC", "L Candle Company, LLC"],
  }),
  {
    id: "b-near-miss-zh-301-exclusion-process",
    kind: "near-miss",
    source: "http://shadafang.com/a/bb/10221M4422019_2.html",
    title: "「2019」美将对我3000亿美元征税清单产品启动排除程序( 二 )",
    text: `https://ustr.gov/sites/default/files/enforcement/301Investigations/Procedures_for_Requests_to_Exclude_Particular_Products_from_the_August_2019_Action.pdf

申请排除网址如下:

https://exclusions.ustr.gov

【编辑:谢源】`,
    expect: NONE,
  },
];

export const ISSUE_12B_HELD_OUT_CASES: CorpusCase[] = RAW.map((c) => ({ ...c, batch: "issue-12b-held-out" as const }));
