// Issue 12, third round (h12-extract): the held-out quarter of issue-12c.ts, drawn before any
// extractor change with Python random.Random(20261209).sample, drawn separately from the texts that
// report a case (7 of 27) and from the near misses (10 of 41) so that both kinds are represented:
// 17 of 68. Scored once, at the end of the round (BENCH_HELD_OUT_C=1); never tuned on.
import { court, itc, NONE } from "./issue-12-helpers.ts";
import type { CorpusCase } from "./types.ts";

const RAW: CorpusCase[] = [
  {
    id: "c-near-miss-fr-ad-cvd-administrative-reviews-initiation",
    kind: "near-miss",
    source: "https://thefederalregister.org/80-FR/53106",
    title: "Initiation of Antidumping and Countervailing Duty Administrative Reviews",
    text: `DEPARTMENT OF COMMERCE
International Trade Administration
Initiation of Antidumping and Countervailing Duty Administrative 
Reviews
AGENCY: Enforcement and Compliance, International Trade Administration, 
Department of Commerce.
SUMMARY: The Department of Commerce (\`\`the Department'') has received 
requests to conduct administrative reviews of various antidumping and 
countervailing duty orders and findings with July anniversary dates. In 
accordance with the Department's regulations, we are initiating those 
administrative reviews.`,
    expect: NONE,
  },
  {
    id: "c-near-miss-zh-moodb-china-customs-export-seizure",
    kind: "near-miss",
    source: "http://www.moodb.net/zscq/29879.jhtml",
    title: "厦门海关查获出口侵权奢侈品牌包案",
    text: `2022年9月,厦门海关所属高崎海关在对泉州某供应链公司申报出口的一批货物进行查验时,发现标有UMBRO等近10个国际知名运动品牌休闲鞋共计2259双。此外,该批货物中夹藏一批未如实申报的品牌包,经查验发现有1196个包及其外包装、随附标签上标有多个国际知名奢侈品牌标识。经权利人鉴定,上述鞋包均为侵权产品,海关依法予以扣留,同时通报公安机关联合开展研判。`,
    expect: NONE,
  },
  {
    id: "c-near-miss-zh-ipforefront-337-strategy",
    kind: "near-miss",
    source: "http://www.ipforefront.com/article_show.asp?BigClass=%E4%B8%93%E6%A0%8F&id=4774",
    title: "林韵英 | 中国企业应对美国337调查的法律实务策略研究",
    text: `近年来,随着中国企业在高科技领域的迅猛发展和出口产品结构的不断优化,中国企业在美国“337调查”中的涉案比例持续上升,已成为这一贸易壁垒的主要目标。数据显示,2022年至2024年,中国企业在全球337调查中的涉案比例从36%急剧攀升至50%,创下历史新高。

美国《1930年关税法》第337条款(19 U.S.C.§1337)最初旨在防范进口贸易中的不公平竞争行为,历经多次修订后,逐渐聚焦于知识产权保护领域。ITC可发布排除令(禁止侵权产品进口)。`,
    expect: NONE,
  },
  {
    id: "c-near-miss-zh-cas-337-statistics-2017",
    kind: "near-miss",
    source: "http://clas.cas.cn/xwzx2016/kxxw2016/zscqly/201801/t20180122_4937057.html",
    title: "2017年美国ITC调查案件趋势",
    text: `2018年1月,IAM杂志编辑Jacob Schindler发文分析2017年美国国际贸易委员会(ITC)调查案件趋势。2017年337调查申请总数为61起,相比2016年增长了13%,成为自2011年以后的最高值。337调查被诉对象中,60%的案件涉及东亚的企业,约1/3的案件针对的是中国大陆的企业。中国受到特朗普贸易政策的冲击最大,但中国企业去年被诉案件数量比2016年减少。`,
    expect: NONE,
  },
  {
    id: "c-near-miss-fr-ad-cvd-reviews-june-anniversary",
    kind: "near-miss",
    source: "https://thefederalregister.org/81-FR/53121",
    title: "Initiation of Antidumping and Countervailing Duty Administrative Reviews",
    text: `DEPARTMENT OF COMMERCE
International Trade Administration
SUMMARY: The Department of Commerce (\`\`the Department'') has received 
requests to conduct administrative reviews of various antidumping and 
countervailing duty orders and findings with June anniversary dates. In 
accordance with the Department's regulations, we are initiating those 
administrative reviews.`,
    expect: NONE,
  },
  {
    id: "c-near-miss-cit-myland-plaintiffs-respondents",
    kind: "near-miss",
    source: "https://print.casetext.com/case/myland-industrial",
    title: "Myland Industrial Co. v. United States, Slip Op. 07-154",
    text: `Slip Op 07 — 154, Court No. 06-00447.
October 25, 2007
Schagrin Associates (Robert B. Schagrin, Brian E. McGill, and Michael James Brown), for the defendant-intervenors.
[On challenge to U.S. Department of Commerce's final results of antidumping duty review determination applying total adverse facts available to plaintiffs-respondents, results sustained.]
OPINION
Plaintiffs Myland Industrial Ltd. of Hong Kong, Special Administrative Region, People's Republic of China ("PRC") and Myland Buxin (Foundry) Ltd. of Foshan, PRC (collectively "Myland") challenge the final results of the second administrative review, the first in which they participated, of non-malleable cast iron pipe fittings from the PRC, as conducted by the U.S. Department of Commerce. The government and the defendant-intervenors Anvil International, Inc. and Ward Manufacturing, Inc. argue that the Final Results should be sustained as is.`,
    expect: NONE,
  },
  itc({
    id: "c-zh-tw-udn-gm-trade-office-no-names",
    source: "https://udn.com/news/story/7238/9374602",
    title: "通用汽車申訴 USITC對台陸20家車零件廠啟動337調查 經貿辦回應",
    text: `美國國際貿易委員會（USITC）宣布將針對通用汽車（GM）提出的專利侵權申訴對來自台灣與中國達20家汽車零組件廠啟動《337條款》貿易調查，對此，行政院經貿辦表示，337條款調查案是由USITC負責，針對企業個案進行調查，本案僅是個案調查。

經貿辦表示，針對此案是由通用汽車（General Motors）就來自美國本土、我國及中國等20家汽車零組件廠商，依據《1930年關稅法》第337條款，向美國國際貿易委員會（USITC）提出申訴的設計專利侵權調查案，是美國企業尋求保護其智慧財產權的法律途徑之一。`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["通用汽車"],
    respondents: [],
    aliases: { 通用汽車: ["General Motors"] },
    announced: 20,
  }),
  itc({
    id: "c-zh-ithome-1308-arigna-country-prefixed-list",
    source: "https://www.ithome.com/0/659/871.htm",
    title: "美国ITC对特定功率半导体作出337部分终裁 基于和解终止对三星、谷歌、联想等的调查",
    text: `IT之家 12 月 9 日消息,据中国贸易救济信息网报道,12 月 8 日,美国国际贸易委员会(ITC)发布公告称,对特定功率半导体以及包含该功率半导体的移动设备和计算机作出 337 部分终裁:对本案行政法官于 2022 年 11 月 10 日作出的初裁(No.24、25)不予复审,即基于和解,终止对列名被告韩国 Samsung Electronics Co., Ltd.、美国 Samsung Electronics America, Inc.、美国 Google LLC、中国北京 Lenovo Group Ltd.、美国 Lenovo (United States) Inc.、美国 Motorola Mobility LLC、美国 Microsoft Corporation、中国广东 OnePlus Technology (Shenzhen) Co., Ltd.的调查。

2022 年 2 月 7 日,爱尔兰 Arigna Technology Limited of Dublin, Ireland 向美国 ITC 提出 337 立案调查申请,主张对美出口、在美进口和在美销售的该产品侵犯了其专利权(美国注册专利号 7183835),请求美国 ITC 发布有限排除令、禁止令。韩国 Samsung Electronics Co., Ltd.、美国 Samsung Electronics America, Inc.、美国 Apple Inc.、美国 Google LLC、中国香港 TCL Electronics Holdings Limited、美国 TTE Technology, Inc.、美国 TCT Mobile (US) Inc.、中国香港 TCL Communication Limited 、中国北京 Lenovo Group Ltd.、美国 Lenovo (United States) Inc.、美国 Motorola Mobility LLC、美国 Microsoft Corporation、中国广东 OnePlus Technology (Shenzhen) Co., Ltd.为列名被告。

2022 年 3 月 28 日,美国国际贸易委员会(ITC)投票决定对特定功率半导体以及包含该功率半导体的移动设备和计算机(Certain Power Semiconductors, and Mobile Devicesand Computers Containing Same)启动 337 调查(调查编码:337-TA-1308)。`,
    caseNumber: "337-TA-1308",
    stage: "initial-determination",
    complainants: ["Arigna Technology Limited"],
    respondents: [
      "Samsung Electronics Co., Ltd.",
      "Samsung Electronics America, Inc.",
      "Apple Inc.",
      "Google LLC",
      "TCL Electronics Holdings Limited",
      "TTE Technology, Inc.",
      "TCT Mobile (US) Inc.",
      "TCL Communication Limited",
      "Lenovo Group Ltd.",
      "Lenovo (United States) Inc.",
      "Motorola Mobility LLC",
      "Microsoft Corporation",
      "OnePlus Technology (Shenzhen) Co., Ltd.",
    ],
  }),
  {
    id: "c-near-miss-vlex-line-pipe-cvd-petitioners",
    kind: "near-miss",
    source: "https://regulations.vlex.com/vid/investigation-circular-welded-carbon-republic-38076326",
    title: "Countervailing Duty Investigation: Circular Welded Carbon Quality Steel Line Pipe From the People's Republic of China",
    text: `C-570-936
Circular Welded Carbon Quality Steel Line Pipe From the People's
Republic of China: Notice of Initiation of Countervailing Duty
Investigation
The Petition
On April 3, 2008, the Department of Commerce (\`\`Department'') received the Petition concerning imports of certain circular welded carbon quality steel line pipe (\`\`welded line pipe'') from the People's
Republic of China (\`\`PRC'') filed in proper form by United States Steel
Corporation, Maverick Tube Corporation, Tex-Tube Company, and the
United Steel, Paper and Forestry, Rubber, Manufacturing, Energy, Allied
Industrial and Service Workers International Union, and AFL-CIO-CLC
(collectively, \`\`Petitioners'').`,
    expect: NONE,
  },
  itc({
    id: "c-tradepractitioner-1002-steel-industry-no-names",
    source: "https://www.tradepractitioner.com/tag/false-destination-of-origin/",
    title: "Certain Carbon and Alloy Steel Products, Inv. No. 337-TA-1002",
    text: `In May, the United States International Trade Commission (USITC) instituted its investigation of Certain Carbon and Alloy Steel Products, Inv. No. 337-TA-1002, based on alleged violations of Section 337 by the Chinese steel industry, including antitrust, false designation of origin, and trade secret claims.  As we reported in a previous blog, however, ALJ Lord determined, … Continue Reading`,
    caseNumber: "337-TA-1002",
    stage: "instituted",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "c-zh-ccpit-xiamen-1413-recommended-remedy-with-ad-item",
    source: "http://ccpitxiamen.org/flshw/jmmcyd/3523740.htm",
    title: "美国ITC发布对无线前端模块及其下游设备的337部分终裁",
    text: `一、对外经贸摩擦案件
美国ITC发布对无线前端模块及其下游设备的337部分终裁 2026年1月26日,美国国际贸易委员会(ITC)发布公告称,对特定无线前端模块及其下游设备(Certain Wireless Front-End Modules and Devices Containing the Same,调查编码:337-TA-1413)作出337部分终裁:本案行政法官于2026年1月23日作出的关于侵权的初裁并发布建议救济措施,具体为如果本案存在侵权,建议发布普遍排除令或对经由列名被告Kangxi Communication Technologies (Shanghai) Co., Ltd. of China、美国Grand Chip Labs, Inc. of Tustin, CA、Ruijie Networks Co., Ltd. of China对美出口、在美进口和在美销售的侵权产品发布有限排除令,并对这三家列名被告发布禁止令;请公众和相关政府机构提交意见,书面材料不晚于2026年2月24日提交。中国、美国共4家企业为列名被告。 印度对涉华邻苯二甲酸酐启动第一次反倾销日落复审调查 2026年1月27日,印度商工部发布公告称,应印度国内企业IG Petrochemicals Limited、Thirumalai Chemical Industries Limited以及TCL Intermediates Private Limited提交的申请,对原产于或进口自中国、韩国和泰国的邻苯二甲酸酐(Phthalic Anhydride)启动第一次反倾销日落复审调查。`,
    caseNumber: "337-TA-1413",
    stage: "initial-determination",
    complainants: [],
    respondents: ["Kangxi Communication Technologies (Shanghai) Co., Ltd.", "Grand Chip Labs, Inc.", "Ruijie Networks Co., Ltd."],
    announced: 4,
  }),
  court({
    id: "c-court-wdwa-amazon-childress-summary-names",
    source: "https://www.studicata.com/summaries/united-states-district-court-western-district-of-washington/amazon-com-v-tang-zhi-2024-hmejdl",
    title: "AMAZON.COM v. TANG ZHI",
    text: `United States District Court, Western District of Washington (2024)
Facts
- The plaintiffs, Amazon and J.L. Childress, alleged that the defendants operated accounts on Amazon.com to sell counterfeit J.L. Childress childcare products from 2018 to 2020.
- The plaintiffs filed their complaint on August 10, 2020, and sought expedited discovery and service on the defendants via their registered email addresses.
- The defendants, including Zhi Tang, Jielong Zheng, Songjiang Zheng, Yongjie Pan, Danni Bo, Guangzhao Chen, and Jinyong Zhang, were served via email.`,
    caseNumber: null,
    complainants: ["Amazon", "J.L. Childress"],
    respondents: ["Zhi Tang", "Jielong Zheng", "Songjiang Zheng", "Yongjie Pan", "Danni Bo", "Guangzhao Chen", "Jinyong Zhang"],
  }),
  court({
    id: "c-court-wdwa-amazon-canon-chen-summary",
    source: "https://www.studicata.com/summaries/united-states-district-court-western-district-of-washington/amazon-com-v-chen-2024-hms6jl",
    title: "AMAZON.COM v. CHEN",
    text: `United States District Court, Western District of Washington (2024)
Facts
- The plaintiffs, Canon Kabushiki Kaisha and Canon U.S.A., Inc., alleged that defendants Shao Zhuan Chen, Zubing Zheng, and Shao Yi Chen sold counterfeit Canon products on the Amazon.com platform.
- Between January 22, 2020, and December 26, 2021, the defendants reportedly sold $437,309 worth of counterfeit items, leading Amazon to issue refunds totaling $222,051 to customers.
- The defendants were served with the complaint but failed to appear in court.`,
    caseNumber: null,
    complainants: ["Amazon.com", "Canon Kabushiki Kaisha", "Canon U.S.A., Inc."],
    respondents: ["Shao Zhuan Chen", "Zubing Zheng", "Shao Yi Chen"],
  }),
  {
    id: "c-lawmay-schedule-a-default-settled-anonymous",
    kind: "real",
    source: "https://lawmayus.pages.dev/insights/article-40",
    title: "Case Highlight | After the default judgment, Attorney Deng represented the client and successfully resolved the U.S. Schedule A case.",
    text: `Recently, Attorney Deng’s team successfully represented a client in a Schedule A trademark infringement case filed by a renowned American apparel brand against an Amazon seller. At the critical moment when the client was facing the risk of huge compensation due to a default judgment, Attorney Deng’s team, through efficient settlement negotiations, successfully assisted the client in reaching a settlement with the opposing party.

Consequently, the two parties not only remained in sharp disagreement over the settlement procedure, but also, upon the expiration of the response period, the court entered a default judgment against the client.`,
    expect: { caseType: "schedule-a-tro", jurisdiction: "US", caseNumber: null, stage: null, complainants: [], respondents: [] },
  },
  {
    id: "c-near-miss-chicago-ip-litigation-schedule-a-epicenter",
    kind: "near-miss",
    source: "https://www.chicagoiplitigation.com/",
    title: "Chicago IP Litigation Blog",
    text: `Over the last five or more years, the Northern District has become the epicenter of intellectual property cases filed against an anonymous list of alleged infringers – often referred to as Doe defendants or Schedule A defendants – typically targeting online sellers of allegedly knock-off products. In fact, 83% of the Schedule A cases filed have been filed in Chicago since 2020. Those cases have made Chicago the busiest copyright district court for years running, and significantly increased the Northern District’s patent and trademark case filings as well.`,
    expect: NONE,
  },
  {
    id: "c-near-miss-footwearnews-china-raid-amazon-ccu",
    kind: "near-miss",
    source: "https://footwearnews.com/2022/business/retail/amazon-counterfeit-items-seized-china-1203367510/",
    title: "Amazon Tip Leads to Seizure of 240,000 Counterfeit Items in China",
    text: `Law enforcement seized more than 240,000 counterfeit luxury, sports, and automotive items in the Chinese provinces of Guangdong and Jiangxi – including items from Puma and Under Armour – thanks to a tip from Amazon.

According to the e-comm giant, its Counterfeit Crimes Unit (CCU) provided information and intelligence to local Public Security Bureaus (PSB) in China, including the locations of warehouses and manufacturing facilities, which led to the successful identification and disruption of three major counterfeit operations and their upstream suppliers. The main suspects have been detained by local PSBs for further investigation.`,
    expect: NONE,
  },
  {
    id: "c-near-miss-zh-glo-declaratory-judgment-statistics",
    kind: "near-miss",
    source: "https://www.glo.com.cn/Content/2025/09-29/0902133541.html",
    title: "美国确认不侵犯专利权之诉实务研究",
    text: `中国知识产权研究会于2025年6月4日发布的《2024年度中国企业海外知识产权纠纷调查》报告显示,2024年中国企业在美涉及的新立案及已结案知识产权诉讼案件总量为1856起,其中专利诉讼案件为870起。值得注意的是,在这870起专利诉讼案件中,涉及跨境电商的专利诉讼案件达410起。

在此背景下,确认不侵犯专利权之诉(Declaratory Judgment Action for Non-Infringement of Patent)逐渐成为中国企业主动应对美国专利侵权指控、消除法律状态不确定性、保障商业活动正常进行的重要维权措施。`,
    expect: NONE,
  },
];

export const ISSUE_12C_HELD_OUT_CASES: CorpusCase[] = RAW.map((c) => ({ ...c, batch: "issue-12c-held-out" as const }));
