// Texts gathered for issue 12 ("Warn on real wording"), quoted from the published pages at
// their \`source\` (trimmed to the paragraphs with the case facts; lists cut where the page
// excerpt ended) and labelled by hand before the extractor was changed.
// HELD OUT: a random quarter (seed 20261207) of the 200-text corpus, set aside before any
// extraction code changed and scored once at the end. Do not tune the extractor on these.
import { itc, NONE } from "./issue-12-helpers.ts";
import type { CorpusCase } from "./types.ts";

const ISSUE_12_HELD_OUT_RAW: CorpusCase[] = [
  itc({
    id: "usitc-news-1248-swedish-complainant",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=22",
    title:
      "USITC Institutes Section 337 Investigation of Certain Cellular Communications Infrastructure Systems, Components Thereof, and Products Containing Same",
    text: `February 16, 2021
News Release 21-024
Inv. No(s). 337-TA-1248
The investigation is based on a complaint filed by Ericsson Inc. of Plano, TX, and Telefonaktiebolaget LM Ericsson of Stockholm, Sweden, on January 15, 2021.  The complaints allege violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain cellular communications infrastructure systems, components thereof, and products containing same that infringe patents asserted by the complainants.  The complainants request that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

Samsung Electronics Co. Ltd. of Gyeonggi, Republic of Korea; and
Samsung Electronics America, Inc., of Ridgefield Park, NJ.

By instituting this investigation (337-TA-1248), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1248",
    stage: "instituted",
    complainants: ["Ericsson Inc.", "Telefonaktiebolaget LM Ericsson"],
    respondents: ["Samsung Electronics Co. Ltd.", "Samsung Electronics America, Inc."],
    locations: { "Samsung Electronics Co. Ltd.": "Gyeonggi, Republic of Korea" },
  }),
  itc({
    id: "trade-press-2firsts-36-companies-bullets",
    source: "http://dev.2firsts.com/news/usitc-337-investigation-towards-disposable-atomizer-devices-36-companies-involved",
    title: "USITC: 337 Investigation towards Disposable Atomizer Devices, 36 Companies Involved",
    text: `On July 17th, the United States International Trade Commission (USITC) voted to initiate an investigation into certain disposable atomization devices. The products involved in the investigation are detailed in the committee's investigation notice.

This survey is based on the complaints filed by RAI Strategic Holdings, Inc., RJ Reynolds Vapor Company, RJ Reynolds Tobacco Company, and RAI Services Company, all based in Winston-Salem, North Carolina on June 11, 2024. Supplementary complaints were filed on June 12, 2024, and July 1, 2024.

A supplementary appeal alleges that the United States violated Section 337 of the Tariff Act of 1930 by importing and selling certain disposable atomizer devices that infringe upon a patent claimed by the appellant. The appellant is requesting the U.S. International Trade Commission to issue a general exclusion order or limited exclusion order, as well as a cease and desist order.

The United States International Trade Commission has identified the defendants in this investigation, totaling 36 in total.

  • Breeze Smoke LLC, West Bloomfield, MI 
  • Dongguan (Shenzhen) Shikai Technology Co., Ltd., Guangdong Province, China 
  • Vapeonly Technology Co. Ltd., San Po Kong, Kowloon, Hong Kong 
  • iMiracle (Shenzhen) Technology Co. Ltd., Luohu District, Shenzhen, China`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["RAI Strategic Holdings, Inc.", "RJ Reynolds Vapor Company", "RJ Reynolds Tobacco Company", "RAI Services Company"],
    respondents: [
      "Breeze Smoke LLC",
      "Dongguan (Shenzhen) Shikai Technology Co., Ltd.",
      "Vapeonly Technology Co. Ltd.",
      "iMiracle (Shenzhen) Technology Co. Ltd.",
    ],
    announced: 36,
  }),
  itc({
    id: "staff-response-1426-motion-to-terminate-pending",
    kind: "near-miss",
    source: "http://ocr.docketalarm.com/cases/International_Trade_Commission/337-1426/Certain_Crafting_Machines_and_Components_Thereof/840330/1",
    title: "Commission Investigative Staff's Response to Motion to Terminate the Investigation as to Respondent SainStore Technology Co., Ltd.",
    text: `In the Matter of
CERTAIN CRAFTING MACHINES AND
COMPONENTS THEREOF
Investigation No. 337-TA-1426
COMMISSION INVESTIGATIVE STAFF’S RESPONSE TO MOTION TO
TERMINATE THE INVESTIGATION AS TO RESPONDENT SAINSTORE
TECHNOLOGY CO., LTD. ON THE BASIS OF A CONSENT ORDER
STIPULATION AND [PROPOSED] CONSENT ORDER
INTRODUCTION
On December 23, 2024, Respondent SainStore Technology Co., Ltd. (“SainStore”)
moved to (i) terminate this Investigation as to SainStore and (ii) stay the procedural
schedule as to SainStore pending a final ruling on the motion to terminate.
For the reasons set forth below, the Commission Investigative Staff (“Staff” )
supports termination of the investigation with respect to SainStore based on the Motion and
later filed Corrections.`,
    caseNumber: "337-TA-1426",
    stage: "other",
    complainants: [],
    respondents: ["SainStore Technology Co., Ltd."],
  }),
  itc({
    id: "alj-id-1272-settlement-collectively-groups",
    source: "https://www.docketalarm.com/cases/International_Trade_Commission/337-127/Certain_Amino_Acid_Formulations/776119/1",
    title: "Initial Determination Granting Joint Motion to Terminate Investigation No. 337-TA-1272 Based on Settlement",
    text: `In the Matter of
CERTAIN INTEGRATED CIRCUITS AND
PRODUCTS CONTAINING SAME
Inv. No. 337-TA-1272
INITIAL DETERMINATION GRANTING JOINT MOTION TO
TERMINATE INVESTIGATION NO. 337-TA-1272 BASED ON
SETTLEMENT
ORDER NO. 24:
(July 25, 2022)
On July 12, 2022, complainants MediaTek, Inc. and MediaTek USA Inc. (collectively,
“MediaTek” or “Complainants”) and respondents NXP Semiconductors N.V. and NXP USA,
Inc. (collectively, “NXP”), Avnet, Inc. (“Avnet”), Arrow Electronics, Inc. (“Arrow”), Mouser
Electronics, Inc. (“Mouser”), Continental AG, Continental Automotive GmbH and Continental
Automotive Systems, Inc. (collectively “Continental”), and Robert Bosch GmbH and Robert
Bosch LLC (collectively “Bosch”) (all collectively, “Respondents”) moved (1272-016) pursuant
to 19 C.F.R. § 210.21(b) to terminate the investigation a settlement agreement (“the
Agreement”).`,
    caseNumber: "337-TA-1272",
    stage: "terminated",
    complainants: ["MediaTek, Inc.", "MediaTek USA Inc."],
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
    id: "law-blog-780-show-cause-run-of-names",
    source: "https://www.lexology.com/library/detail.aspx?g=92a9dd34-2474-48e7-997f-bde0a28f662e",
    title: "ALJ Essex orders certain respondents to show cause in Certain Protective Cases (337-TA-780)",
    text: `ALJ Theodore R. Essex issued an order on September 9, 2011 directing certain Respondents to show cause why they should not be found in default by the close of business on September 23, 2011, in Certain Protective Cases and Components Thereof, Inv. No. 337-TA-780, . The order is directed at Respondents Anbess Electronics Co. Ltd., Guangzhou Evotech Industry Co., Ltd.,, Hoffco Brands, Inc. d/b/a Celltronix, Hong Kong HJJ Co., Ltd., Sinatech Industrial Co., Ltd., Suntel Global Investment Ltd., and Trait Technology (Shenzhen) Co., Ltd, all of whom have failed to respond to the Complaint and Notice of Investigation as required by 19 C.F.R. § 210.13.  The order rejected a request that an order to show cause be issued to respondent ShenZhen Star & Way Trade Co., Ltd.`,
    caseNumber: "337-TA-780",
    stage: "other",
    complainants: [],
    respondents: [
      "Anbess Electronics Co. Ltd.",
      "Guangzhou Evotech Industry Co., Ltd.",
      "Hoffco Brands, Inc.",
      "Hong Kong HJJ Co., Ltd.",
      "Sinatech Industrial Co., Ltd.",
      "Suntel Global Investment Ltd.",
      "Trait Technology (Shenzhen) Co., Ltd",
      "ShenZhen Star & Way Trade Co., Ltd.",
    ],
    aliases: { "Hoffco Brands, Inc.": ["Celltronix"] },
  }),
  itc({
    id: "commission-notice-1270-default-four-short-forms",
    source: "https://www.docketalarm.com/cases/International_Trade_Commission/337-127/Certain_Amino_Acid_Formulations/772815/1",
    title: "Notice of a Commission Determination Not to Review an Initial Determination Finding Certain Respondents in Default",
    text: `In the Matter of
CERTAIN CASUAL FOOTWEAR
AND PACKAGING THEREOF
Investigation No. 337-TA-1270
NOTICE OF A COMMISSION DETERMINATION NOT TO REVIEW AN INITIAL
DETERMINATION FINDING CERTAIN RESPONDENTS IN DEFAULT
SUMMARY: Notice is hereby given that the U.S. International Trade Commission
(“Commission”) has determined not to review an initial determination (“ID”) (Order No. 58)
issued by the presiding administrative law judge (“ALJ”) finding respondents La Modish
Boutique (“La Modish”), Star Bay Group Inc. (“Star Bay”), Huizhou Xinshunzu Shoes Co., Ltd.
(“Huizhou”), and Jinjiang Anao Footwear Co. (“Anao”) in default.
SUPPLEMENTARY INFORMATION: The Commission instituted this investigation on July
9, 2021, based on a complaint filed by Crocs, Inc. of Broomfield, Colorado (“Crocs”). 86 FR
36303-304 (July 9, 2021).`,
    caseNumber: "337-TA-1270",
    stage: "initial-determination",
    complainants: ["Crocs, Inc."],
    respondents: ["La Modish Boutique", "Star Bay Group Inc.", "Huizhou Xinshunzu Shoes Co., Ltd.", "Jinjiang Anao Footwear Co."],
  }),
  itc({
    id: "commission-notice-1270-add-respondents-partial-termination",
    kind: "near-miss",
    source: "https://www.docketalarm.com/cases/International_Trade_Commission/337-127/Certain_Amino_Acid_Formulations/756752/1",
    title:
      "Notice of a Commission Determination Not to Review Two Initial Determinations to Add Certain New Respondents, to Partially Terminate the Investigation with Respect to Certain Other Current Respondents, and to Extend the Target Date",
    text: `In the Matter of
CERTAIN CASUAL FOOTWEAR
AND PACKAGING THEREOF
Investigation No. 337-TA-1270
SUMMARY: Notice is hereby given that the U.S. International Trade Commission
(“Commission”) has determined not to review two initial determinations (“ID”) issued by the
presiding chief administrative law judge (“CALJ”) to: (i) amend the complaint and notice of
investigation to add certain new respondents and partially terminate the investigation with
respect to certain other respondents (Order No. 30); and (ii) extend the target date for completion
of this investigation to May 9, 2023 (Order No. 31).
SUPPLEMENTARY INFORMATION: The Commission instituted this investigation on July
9, 2021, based on a complaint filed by Crocs, Inc. of Broomfield, Colorado (“Crocs”).`,
    caseNumber: "337-TA-1270",
    stage: "initial-determination",
    complainants: ["Crocs, Inc."],
    respondents: [],
  }),
  itc({
    id: "zh-1162-partial-termination-as-to-hp",
    source: "http://y-express.com/article/myzc/1968.html",
    title: "美国ITC发布对触控移动设备、计算机及其组件的337部分终裁",
    text: `2020年9月2日,美国国际贸易委员会(ITC)发布公告称,对特定触控移动设备、计算机及其组件(Certain Touch-Controlled Mobile Devices, Computers,and Components Thereof,调查编码:337-TA-1162)作出337部分终裁:对本案行政法官于2020年8月20日作出的初裁(No. 59)不予复审,即基于和解,终止对美国企业HP Inc. of Palo Alto, California的调查。
2019年5月22日,爱尔兰Neodron Ltd. of Dublin, Ireland向美国ITC提出337立案调查申请,主张对美出口、在美进口和在美销售的该产品侵犯了其专利权,请求美国ITC发布有限排除令、禁止令。
美国Amazon,com, Inc., of Seattle, WA、美国Dell Technologies Inc. of Round Rock, TX、美国HP Inc. of Palo Alto, CA、中国北京Lenovo Group Ltd. of Beijing, China、美国Lenovo (United States) Inc. of Morrisville, NC、美国Microsoft Corporation of Redmond, WA、美国Motorola Mobility LLC of Chicago, IL、韩国Samsung Electronics Co., Ltd., of Suwon, South Korea、美国Samsung Electronics America, Inc., of Ridgefield Park, NJ为列名被告。`,
    caseNumber: "337-TA-1162",
    stage: "initial-determination",
    complainants: ["Neodron Ltd."],
    respondents: [
      "Amazon,com, Inc.",
      "Dell Technologies Inc.",
      "HP Inc.",
      "Lenovo Group Ltd.",
      "Lenovo (United States) Inc.",
      "Microsoft Corporation",
      "Motorola Mobility LLC",
      "Samsung Electronics Co., Ltd.",
      "Samsung Electronics America, Inc.",
    ],
  }),
  itc({
    id: "zh-1388-ericsson-chinese-names-deng",
    source: "https://www.xuehua.us/a/65add38ac10a57ef2895db0d?lang=zh-hk",
    title: "美國ITC對特定蜂窩基站通信設備啓動337調查",
    text: `據中國貿易救濟信息網,1月19日,美國國際貿易委員會(ITC)投票決定對特定蜂窩基站通信設備及其組件和下游產品啓動337調查(調查編碼:337-TA-1388)。2023年12月15日, 美國摩托羅拉移動技術公司向美國ITC提出337立案調查申請,主張對美出口、在美進口和在美銷售的該產品違反了美國337條款,請求美國ITC發佈有限排除令、禁止令。瑞典愛立信、美國愛立信等公司爲列名被告。美國國際貿易委員會將於立案後45天內確定調查結束期。`,
    caseNumber: "337-TA-1388",
    stage: "instituted",
    complainants: ["摩托羅拉移動技術公司"],
    respondents: ["愛立信"],
  }),
  itc({
    id: "zh-hometex-twelfth-complaint-not-a-count",
    kind: "near-miss",
    source: "http://m.hometex114.com/news/202273.html",
    title: "外国企业在美提起涉华337调查申请",
    text: `商务部公平局称,这是今年以来外国企业在美提起的涉及中国出口产品的第12起337调查申请。
美国的337调查因《1930年美国关税法》第337条而得名,“337条款”主要是美国用来反对进口贸易中的不公平竞争行为,特别是保护美国知识产权人的权益不受涉嫌侵权进口产品的侵害。`,
    caseNumber: null,
    stage: "complaint-received",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "zh-1015-zhongzhi-liangjia-sheanqiye",
    source: "https://daoerda.com/html/note-60909.html",
    title: "美國對涉華干手器及其外罩作出337調查部分終裁",
    text: `2016年10月11日,美國國際貿易委員會(ITC)發布公告稱,對涉華干手器及其外罩(certain hand dryers and housings for hand dryers)作出337調查部分終裁:對該案行政法官于2016年9月8日作出的批準申請方提出的撤銷該案337調查動議的兩項初裁(ID(Order No. 11和No.12))不予復審,正式終止對兩家涉案企業美國 Alpine Industries Inc.和金華市正威電器有限公司(Jinhua Kingwe Electrical Co., Ltd)的337調查。美國ITC就上述終止發布同意令。
2016年6月24日,美國Excel Dryer, Inc.向美國ITC提出337立案調查申請,主張對美出口、在美進口和在美銷售的部分干手器及其外罩侵犯了其商業外觀權,請求美國ITC發布普遍排除令或有限排除令和禁止令。2016年7月26日,美國ITC投票決定對部分干手器及其外罩啟動337調查。2016年8月18日,美國 Alpine Industries Inc.和金華市正威電器有限公司分別提出基于擬定同意令撤銷對其該案337調查的動議。`,
    caseNumber: null,
    stage: "initial-determination",
    complainants: ["Excel Dryer, Inc."],
    respondents: ["Alpine Industries Inc.", "金華市正威電器有限公司"],
    aliases: { 金華市正威電器有限公司: ["Jinhua Kingwe Electrical Co., Ltd"] },
  }),
  itc({
    id: "zh-2019-report-117-companies-statistics",
    kind: "near-miss",
    source: "https://www.worldip.cn/index.php?m=content&c=index&a=show&catid=301&id=1484",
    title: "2019年美国“337调查”研究报告",
    text: `中国企业涉美“337调查”案件数量和企业数量创历史新高。2019年,美国国际贸易委员会(ITC)发起的47起“337调查”案件中有27起案件涉及中国企业,比2018年多8起,创历史新高。中国企业涉案量占比达到57.45%。27起案件中,共涉及中国企业117家,全部为被调查对象,比2018年多66家。没有中国企业运用制度提起“337调查”。
被调查对象以广东、江苏和浙江等地企业居多,中小企业占主。从117家涉案企业所在的省市分布来看,广东省涉案企业最多(28家),其次为江苏和浙江(各21家),山东12家,福建8家、北京5家、上海5家,其他省市17家。`,
    caseNumber: null,
    stage: "other",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "law-blog-1057-complaint-bullets-of-country",
    source: "https://www.lexology.com/library/detail.aspx?g=56a85694-b392-4199-8de6-a91adf5ad9e4",
    title: "iRobot files Section 337 complaint regarding certain robotic vacuum cleaning devices",
    text: `On April 18, 2017, iRobot Corp. of Bedford, Massachusetts (“iRobot”) filed a complaint requesting that the ITC commence an investigation pursuant to Section 337.

The complaint alleges that the following entities (collectively, the “Proposed Respondents”) unlawfully import into the U.S., sell for importation, and/or sell within the U.S. after importation certain robotic vacuum cleaning devices and components thereof such as spare parts that infringe one or more claims of U.S. Patent Nos. 6,809,490 (the ’490 patent), 7,155,308 (the ’308 patent), 8,474,090 (the ’090 patent), 8,600,553 (the ’553 patent), 9,038,233 (the ’233 patent), and 9,486,924 (the ’924 patent) (collectively, the “asserted patents”):

  • Bissell Homecare, Inc. of Grand Rapids, Michigan
  • Hoover Inc. of Glenwillow, Ohio
  • Royal Appliance Manufacturing Co. Inc. d/b/a TTI Floor Care North America, Inc. of Glenwillow, Ohio
  • Bobsweep, Inc. of Canada
  • Bobsweep USA of Henderson, Nevada
  • The Black & Decker Corporation of Towson, Maryland
  • Black & Decker (U.S.) Inc. of Townson, Maryland
  • Shenzhen ZhiYi Technology Co., Ltd. d/b/a iLife of China
  • Matsutek Enterprises Co., Ltd. of Taiwan
  • Suzhou Real Power Electric Appliance Co., Ltd. of China
  • Shenzhen Silver Star Intelligent Technology Co., Ltd. of China`,
    caseNumber: null,
    stage: "complaint-received",
    complainants: ["iRobot Corp."],
    respondents: [
      "Bissell Homecare, Inc.",
      "Hoover Inc.",
      "Royal Appliance Manufacturing Co. Inc.",
      "Bobsweep, Inc.",
      "Bobsweep USA",
      "The Black & Decker Corporation",
      "Black & Decker (U.S.) Inc.",
      "Shenzhen ZhiYi Technology Co., Ltd.",
      "Matsutek Enterprises Co., Ltd.",
      "Suzhou Real Power Electric Appliance Co., Ltd.",
      "Shenzhen Silver Star Intelligent Technology Co., Ltd.",
    ],
    aliases: { "Shenzhen ZhiYi Technology Co., Ltd.": ["iLife"], "Royal Appliance Manufacturing Co. Inc.": ["TTI Floor Care North America, Inc."] },
  }),
  itc({
    id: "usitc-news-1057-peoples-republic-locations",
    source: "https://www.usitc.gov/press_room/news_release/2017/er0517ll772.htm",
    title: "USITC Institutes Section 337 Investigation of Certain Robotic Vacuum Cleaning Devices and Components Thereof Such as Spare Parts",
    text: `May 17, 2017
News Release 17-073
Inv. No(s). 37-TA-1057
The investigation is based on a complaint filed by iRobot Corporation of Bedford, MA, on April 18, 2017.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain robotic vacuum cleaning devices and components thereof such as spare parts infringe patents asserted by the complainant.  The complainant requests that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

Bissell Homecare, Inc., of Grand Rapids, MI;
Hoover Inc. of Glenwillow, OH;
Royal Appliance Manufacturing Co. Inc. of Glenwillow, OH;
Bobsweep, Inc., of Toronto, Ontario, Canada;
Bobsweep USA of Henderson, NV;
The Black and Decker Corporation of Towson, MD;
Black and Decker (U.S.) Inc. of Towson, MD;
Shenzhen ZhiYi Technology Co., Ltd., of Shenzhen, People’s Republic of China;
Matsutek Enterprises Co., Ltd., of New Taipei City, Taiwan;
Suzhou Real Power Electric Appliance Co., Ltd., of Suzhou, People’s Republic of China; and
Shenzhen Silver Star Intelligent Technology Co., Inc., of Shenzhen, People’s Republic of China.

By instituting this investigation (337-TA-1057), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1057",
    stage: "instituted",
    complainants: ["iRobot Corporation"],
    respondents: [
      "Bissell Homecare, Inc.",
      "Hoover Inc.",
      "Royal Appliance Manufacturing Co. Inc.",
      "Bobsweep, Inc.",
      "Bobsweep USA",
      "The Black and Decker Corporation",
      "Black and Decker (U.S.) Inc.",
      "Shenzhen ZhiYi Technology Co., Ltd.",
      "Matsutek Enterprises Co., Ltd.",
      "Suzhou Real Power Electric Appliance Co., Ltd.",
      "Shenzhen Silver Star Intelligent Technology Co., Inc.",
    ],
    locations: { "Shenzhen ZhiYi Technology Co., Ltd.": "Shenzhen, People’s Republic of China" },
  }),
  itc({
    id: "fr-1057-final-cdo-against-lower-case-names",
    source: "https://thefederalregister.org/83-FR/63186",
    title:
      "Certain Robotic Vacuum Cleaning Devices and Components Thereof Such as Spare Parts; Notice of the Commission's Final Determination Finding a Violation of Section 337; Issuance of a Limited Exclusion Order and Cease and Desist Orders; Termination of the Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1057]
Notice is hereby given that the U.S. International Trade Commission has found a violation of section 337 of the Tariff Act of 1930, in this investigation. The Commission has issued a limited exclusion order prohibiting the unlicensed entry of certain vacuum cleaning devices and components thereof, such as spare parts, that infringe certain claims of U.S. Patent No. 9,038,233. The Commission has also issued cease and desist orders prohibiting the sale and distribution within the United States of articles that infringe certain claims of that patent against Hoover, Inc. of Glenwillow, Ohio; Royal Appliance Manufacturing Co., Inc. d/b/a TTI Floor Care North America, Inc. of Glenwillow, Ohio; bObsweep, Inc. of Toronto, Canada; and bObsweep USA of Henderson, Nevada. The investigation is terminated.`,
    caseNumber: "337-TA-1057",
    stage: "exclusion-order",
    complainants: [],
    respondents: ["Hoover, Inc.", "Royal Appliance Manufacturing Co., Inc.", "bObsweep, Inc.", "bObsweep USA"],
  }),
  itc({
    id: "fr-summary-dn3800-imported-from-x-of-china",
    source: "https://usregs.ai/regulations/2025-00184-notice-of-receipt-of-complaint-solicitation-of-comments-relating-to-the-public-interest",
    title: "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
    text: `Summary AI
The U.S. International Trade Commission has received a complaint from InOvate Acquisition Company about certain dryer wall exhaust vent assemblies imported from Xiamen Dirongte Trading Co., Ltd. of China. They claim these imports violate U.S. trade laws and are seeking a limited exclusion order and cease and desist orders. The Commission is inviting comments from the public on whether these actions would impact public health, welfare, and the U.S. economy.
Abstract
Notice is hereby given that the U.S. International Trade Commission has received a complaint entitled Certain Dryer Wall Exhaust Vent Assemblies and Components Thereof, DN 3800; the Commission is soliciting comments on any public interest issues raised by the complaint or complainant's filing pursuant to the Commission's Rules of Practice and Procedure.`,
    caseNumber: "DN 3800",
    stage: "complaint-received",
    complainants: ["InOvate Acquisition Company"],
    respondents: ["Xiamen Dirongte Trading Co., Ltd."],
    locations: { "Xiamen Dirongte Trading Co., Ltd.": "China" },
  }),
  {
    id: "near-miss-schedule-a-explainer-no-case",
    kind: "near-miss",
    source:
      "https://www.intellectualpropertylawblog.com/archives/how-to-recover-attorneys-fees-in-a-schedule-a-trademark-case-in-the-northern-district-of-illinois/",
    title: "How to Recover Attorneys' Fees in a Schedule A Trademark Case in the Northern District of Illinois",
    text: `In recent years, a substantial number of “Schedule A” trademark infringement cases have been filed in the Northern District of Illinois. In such a case, the trademark owner may file a trademark infringement complaint against a number of defendants, with the complaint identifying the defendants as “The Individuals, Corporations, Limited Liability Companies, Partnerships and Unincorporated Associations Identified on Schedule A hereto.”
The trademark owner may file Schedule A separately from the complaint with a request to the Court that the schedule be placed under seal.`,
    expect: NONE,
  },
  itc({
    id: "fr-411-extension-only-respondents-remain",
    source: "http://federal.elaws.us/fr/12/31/1998/98-34672",
    title:
      "Certain Organic Photo-Conductor Drums and Products Containing the Same; Notice of Decision to Extend the Deadline for Determining Whether to Review an Initial Determination Terminating the Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Inv. No. 337-TA-411]
SUMMARY: Notice is hereby given that the U.S. International Trade
Commission has determined to extend by twenty (20) days, or until
January 27, 1999, the deadline for determining whether to review an
initial determination (ID) (Order No. 12) issued by the presiding
administrative law judge (ALJ) in the above-captioned investigation.
SUPPLEMENTARY INFORMATION: The Commission instituted this investigation
on June 4, 1998, based on a complaint filed by Mitsubishi Chemical
Corporation of Japan and Mitsubishi Chemical Corporation America of
White Plains, New York (collectively, Mitsubishi). 58 FR 30513. Twelve
firms were named as respondents. Only respondents Dainippon Ink &
Chemicals, Inc. and DIC Trading (USA) Inc. remain active in the
investigation.`,
    caseNumber: "337-TA-411",
    stage: "initial-determination",
    complainants: ["Mitsubishi Chemical Corporation", "Mitsubishi Chemical Corporation America"],
    respondents: ["Dainippon Ink & Chemicals, Inc.", "DIC Trading (USA) Inc."],
    announced: 12,
  }),
  itc({
    id: "fr-368-id-terminating-the-following-respondents",
    source: "https://www.gpo.gov/fdsys/pkg/FR-1995-01-19/html/95-1337.htm",
    title:
      "Certain Rechargeable Nickel Metal Hydride Anode Materials and Batteries, and Products Containing Same; Notice of Initial Determination Terminating Respondents on the Basis of Settlement Agreement",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation 337-TA-368]
ACTION: Notice is hereby given that the Commission has received an
initial determination from the presiding administrative law judge in
the above captioned investigation terminating the following respondents
on the basis of a settlement agreement: Toshiba Battery Company, Ltd.,
Toshiba America Information System, Inc., and Toshiba America Consumer
Products.
SUPPLEMENTARY INFORMATION: This investigation is being conducted
pursuant to section 337 of the Tariff Act of 1930 (19 U.S.C. 1337).`,
    caseNumber: "337-TA-368",
    stage: "initial-determination",
    complainants: [],
    respondents: ["Toshiba Battery Company, Ltd.", "Toshiba America Information System, Inc.", "Toshiba America Consumer Products"],
  }),
  {
    id: "court-analysis-yiwu-v-person-surname",
    kind: "real",
    source: "https://ai-lab.exparte.com/case/dct/wawd/2:25-cv-01595/doc/analysis/14",
    title: "2:25-cv-01595 Yiwu Jieya E Commerce Co Ltd v. Xu",
    text: `DCT
2:25-cv-01595
Yiwu Jieya E Commerce Co Ltd v. Xu
Key Events
Amended Complaint
I. Executive Summary and Procedural Information
  • Case Identification: 2:25-cv-01595, W.D. Wash., 09/09/2025
  • Venue Allegations: Plaintiff alleges venue is proper in the Western District of Washington because Defendants submitted patent infringement complaints through Amazon, which is headquartered in Seattle, and this action caused harm to Plaintiff within the district.
  • Core Dispute: Plaintiff seeks a declaratory judgment that U.S. Patent No. 12,274,337 is invalid and not infringed by Plaintiff's rotating desk organizers.`,
    expect: {
      caseType: "us-district-court",
      jurisdiction: "US",
      caseNumber: "2:25-cv-01595",
      stage: null,
      complainants: ["Yiwu Jieya E Commerce Co Ltd"],
      respondents: ["Xu"],
    },
  },
  itc({
    id: "usitc-news-1182-corporation-of-the-americas-of",
    source: "https://www.usitc.gov/keywords/usitc?page=57",
    title:
      "USITC Institutes Section 337 Investigation of Certain Argon Plasma Coagulation System Probes, Their Components, and Other Argon Plasma Coagulation System Components for Use Therewith",
    text: `November 4, 2019
News Release 19-110
Inv. No(s). 337-TA-1182
The investigation is based on a complaint filed by Erbe Elektromedizin GmbH of Tübingen, Republic of Germany, and Erbe USA, Inc., of Marietta, GA, on October 7, 2019.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain argon plasma coagulation system probes, their components, and other argon plasma coagulation system components for use therewith that infringe patents asserted by the complainants.  The complainants request that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

Olympus Corporation of Tokyo, Japan;
Olympus Corporation of the Americas of Center Valley, PA;
Olympus America, Inc., of Center Valley, PA;
Olympus Surgical Technologies Europe of Hamburg, Republic of Germany;
Olympus Winter & Ibe GmbH of Hamburg, Republic of Germany;
Olympus KeyMed Group Limited of Essex, United Kingdom;
KeyMed (Medical & Industrial Equipment) Ltd. of Essex, United Kingdom;
Olympus Bolton of Bolton, United Kingdom; and
Olympus Surgical Technologies Europe | Cardiff of Cardiff, United Kingdom.

By instituting this investigation (337-TA-1182), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1182",
    stage: "instituted",
    complainants: ["Erbe Elektromedizin GmbH", "Erbe USA, Inc."],
    respondents: [
      "Olympus Corporation",
      "Olympus Corporation of the Americas",
      "Olympus America, Inc.",
      "Olympus Surgical Technologies Europe",
      "Olympus Winter & Ibe GmbH",
      "Olympus KeyMed Group Limited",
      "KeyMed (Medical & Industrial Equipment) Ltd.",
      "Olympus Bolton",
      "Olympus Surgical Technologies Europe | Cardiff",
    ],
    locations: { "Olympus Corporation of the Americas": "Center Valley, PA" },
  }),
  itc({
    id: "fr-1159-review-id-in-entirety",
    kind: "near-miss",
    source: "https://regulations.justia.com/regulations/fedreg/2020/04/23/2020-08599.html",
    title:
      "Certain Lithium Ion Batteries, Battery Cells, Battery Modules, Battery Packs, Components Thereof, and Processes Therefor; Commission Decision To Review an Initial Determination in Its Entirety; Schedule for Filing Written Submissions on the Issues Under Review and on Remedy, the Public Interest, and Bonding",
    text: `INTERNATIONAL TRADE COMMISSION [Investigation No. 337–TA–1159] AGENCY: Notice is hereby given that the U.S. International Trade Commission has determined to review the presiding administrative law judge’s (‘‘ALJ’s’’) initial determination (‘‘ID’’) (Order No. 34) finding a violation of section 337 of the Tariff Act of 1930, as amended. The Commission requests briefing from the parties on certain issues under review, as set forth in this notice. The Commission also requests briefing from the parties, interested persons, and government agencies on the issues of remedy, the public interest, and bonding.`,
    caseNumber: "337-TA-1159",
    stage: "initial-determination",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "usitc-news-basf-makita-corporation-of-america",
    source: "https://www.usitc.gov/press_room/news_release/2015/er0324ll438.htm",
    title:
      "USITC Institutes Section 337 Investigation of Certain Lithium Metal Oxide Cathode Materials, Lithium-Ion Batteries for Power Tool Products Containing Same, and Power Tool Products with Lithium-Ion Batteries Containing Same",
    text: `The investigation is based on a complaint filed by BASF Corporation of Florham Park, NJ, and UChicago Argonne LLC, of Lemont, IL, on February 20, 2015. The complaint was supplemented on March 13, 2015. The complaint, as supplemented, alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain lithium metal oxide cathode materials, lithium-ion batteries for power tool products containing same, and power tool products with lithium-ion batteries containing same that infringe patents asserted by the complainants. The complainants request that the USITC issue an exclusion order and a cease and desist order.
The USITC has identified the following as respondents in this investigation:
Umicore N.V. of Brussels, Belgium;
Umicore USA Inc. of Raleigh, NC;
Makita Corporation of Aichi, Japan;
Makita Corporation of America of Buford, GA; and`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["BASF Corporation", "UChicago Argonne LLC"],
    respondents: ["Umicore N.V.", "Umicore USA Inc.", "Makita Corporation", "Makita Corporation of America"],
    locations: { "Makita Corporation of America": "Buford, GA" },
  }),
  itc({
    id: "fr-1151-institution-ampersand-in-name-of-korea",
    source: "https://regulations.vlex.com/vid/certain-photovoltaic-cells-and-776402717",
    title: "Certain Photovoltaic Cells and Products Containing Same; Institution of Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1151]
SUMMARY: Notice is hereby given that a complaint was filed with the
U.S. International Trade Commission on March 4, 2019, under section 337
of the Tariff Act of 1930, as amended, on behalf of Hanwha Q CELLS USA
Inc. of Dalton, Georgia and Hanwha Q CELLS & Advanced Materials
Corporation of Korea. Letters supplementing the complaint were filed on
March 12, 14, and 21, 2019.`,
    caseNumber: "337-TA-1151",
    stage: "instituted",
    complainants: ["Hanwha Q CELLS USA Inc.", "Hanwha Q CELLS & Advanced Materials Corporation"],
    respondents: [],
  }),
  {
    id: "near-miss-cit-trina-plaintiffs-v-united-states",
    kind: "near-miss",
    source: "https://cetient.com/case/4553029/changzhou-trina-solar-energy-co-v-united-states",
    title: "Changzhou Trina Solar Energy Co. v. United States",
    text: `Slip Op. 20-109
UNITED STATES COURT OF INTERNATIONAL TRADE
CHANGZHOU TRINA SOLAR ENERGY CO.,
LTD., ET AL., and SOLARWORLD
AMERICAS, INC.,
Plaintiffs, and
Consolidated Plaintiffs,
Before: Jane A. Restani, Judge
v.
UNITED STATES, Consol. Court No. 17-00246
Defendant,
OPINION
Dated: August 4, 2020
[Commerce’s Second Remand Redetermination in the Administrative Review of Commerce’s
Countervailing Duty Order pertaining to Crystalline Silicon Photovoltaic Products from the
People’s Republic of China is sustained].`,
    expect: NONE,
  },
  itc({
    id: "usitc-news-1021-aka-after-country-and-chinese-complainant",
    source: "https://www.usitc.gov/node/16030",
    title: "USITC Institutes Section 337 Investigation of Certain Personal Transporters and Components Thereof",
    text: `News Release 16-119
Inv. No(s). 337-TA-1021
The investigation is based on a complaint filed by Segway Inc. of Bedford, NH; DEKA Products Limited Partnership of Manchester, NH; and Ninebot (Tianjin) Technology Co., Ltd., of Tianjin, China, on August 16, 2016. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain personal transporters and components thereof that infringe patents asserted by the complainants. The complainants request that the USITC issue a general exclusion order, or in the alternative a limited exclusion order, and cease and desist orders.
The USITC has identified the following as respondents in this investigation:
Powerboard LLC of Scottsdale, AZ;
Metem Teknologi Sistemleri San of Istanbul, Turkey;
Changzhou Airwheel Technology Co., Ltd., of Changzhou, Jiangsu, China;
Airwheel of Amsterdam, Netherlands;
Nanjing Fastwheel Intelligent Technology Co., Ltd. of Qixia District, Nanjing, China;
Shenzhen Chenduoxing Electronic Technology Ltd., China, a.k.a. C-Star, of Shenzhen, China;
Hangzhou Chic Intelligent Technology Co., Ltd., of Hangzhou, China;
Hovershop of Placentia, CA;
Shenzhen Jomo Technology Co., Ltd., a.k.a. Koowheel of Shenzhen City, China;
Guangzhou Kebye Electronic Technology Co., Ltd., a.k.a. Gotway of Shenzhen, China; and
Inventist, Inc., of Camas, WA.
By instituting this investigation (337-TA-1021), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1021",
    stage: "instituted",
    complainants: ["Segway Inc.", "DEKA Products Limited Partnership", "Ninebot (Tianjin) Technology Co., Ltd."],
    respondents: [
      "Powerboard LLC",
      "Metem Teknologi Sistemleri San",
      "Changzhou Airwheel Technology Co., Ltd.",
      "Airwheel",
      "Nanjing Fastwheel Intelligent Technology Co., Ltd.",
      "Shenzhen Chenduoxing Electronic Technology Ltd.",
      "Hangzhou Chic Intelligent Technology Co., Ltd.",
      "Hovershop",
      "Shenzhen Jomo Technology Co., Ltd.",
      "Guangzhou Kebye Electronic Technology Co., Ltd.",
      "Inventist, Inc.",
    ],
    aliases: {
      "Shenzhen Chenduoxing Electronic Technology Ltd.": ["C-Star"],
      "Shenzhen Jomo Technology Co., Ltd.": ["Koowheel"],
      "Guangzhou Kebye Electronic Technology Co., Ltd.": ["Gotway"],
    },
  }),
  itc({
    id: "zh-1000-yixia-5-jia-quexi-youchen",
    source: "http://gdtbt.org.cn/html/note-60910.html",
    title: "美国对涉华电动平衡车作出337调查部分终裁",
    text: `2016年10月11日,美国国际贸易委员会(ITC)发布公告称,对涉华电动平衡车(motorized self-balancing vehicles)作出337调查部分终裁:对该案行政法官于2016年9月8日作出的关于以下5家缺席调查的涉案企业的缺席初裁(ID(Order No. 18))不予复审:Joy Hoverboard (又称 Huizhou Aoge Enterprise Co. Ltd)、深圳市辰多星电子科技有限公司(Shenzhen Chenduoxing Electronic Technology Ltd.)、Shareconn International, Inc.、Shenzhen R.M.T. Technology Co., Ltd.)和美国Cyboard LLC(又称Shark Empire Inc.)。
2016年3月22日,美国 Razor USA LLC、Inventist, Inc.和Shane Chen向美国ITC提出337立案调查申请,并且于2016年3月23日、4月12日、4月13日、4月18日和5月5日补充了其立案调查申请内容,指控对美出口、在美进口和在美销售的部分电动平衡车侵犯了其专利权(美国专利注册号:8738278)、涉嫌虚假广告宣传、虚假陈述和不公平竞争,请求美国ITC发布一般排除令(或有限排除令)和禁止令。2016年5月20日,美国国际贸易委员会投票决定对部分电动平衡车启动337调查。`,
    caseNumber: null,
    stage: "final-determination",
    complainants: ["Razor USA LLC", "Inventist, Inc.", "Shane Chen"],
    respondents: ["Joy Hoverboard", "深圳市辰多星电子科技有限公司", "Shareconn International, Inc.", "Shenzhen R.M.T. Technology Co., Ltd.", "Cyboard LLC"],
    aliases: { "Joy Hoverboard": ["Huizhou Aoge Enterprise Co. Ltd"], "Cyboard LLC": ["Shark Empire Inc."] },
    announced: 5,
  }),
  itc({
    id: "fr-1007-1021-consolidated-review-final-id",
    kind: "near-miss",
    source: "https://carsandracingstuff.com/library/articles/42519.php",
    title:
      "Certain Personal Transporters, Components Thereof, and Packaging and Manuals Therefor and Certain Personal Transporters and Components Thereof; Notice of a Commission Determination To Review in Part a Final Initial Determination",
    text: `INTERNATIONAL TRADE COMMISSION [Investigation No. 337-TA-1007, Investigation No. 337-TA-1021 (Consolidated)] SUMMARY: Notice is hereby given that the U.S. International Trade Commission (\`\`the Commission'') has determined to review in part the final initial determination (\`\`ID'') issued by the presiding administrative law judge (\`\`ALJ'') finding in part a violation of section 337 of the Tariff Act of 1930, as amended, in the above- referenced investigation on August 10, 2017. The Commission requests certain briefing from the parties on the issues under review, as indicated in this notice. The Commission also requests briefing from the parties and interested persons on the issues of remedy, the public interest, and bonding.`,
    caseNumber: "337-TA-1007",
    stage: "initial-determination",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "usitc-news-1282-indented-list",
    source: "https://www.usitc.gov/keywords/patent-infringement?page=3",
    title: "USITC Institutes Section 337 Investigation of Certain Tunable Lenses and Products Containing the Same",
    text: `October 26, 2021
News Release 21-120
Inv. No(s). 337-TA-1282
The investigation is based on a complaint filed by Holochip Corporation of Torrance, CA, on September 27, 2021.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain tunable lenses and products containing same that infringe patents asserted by the complainant.  The complainant requests that the USITC issue a limited exclusion order and cease and desist orders. 

The USITC has identified the following as the respondents this investigation:

            Optotune AG of Dietikon, Switzerland; and
            Edmund Optics, Inc., of Barrington, NJ.

By instituting this investigation (337-TA-1282), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1282",
    stage: "instituted",
    complainants: ["Holochip Corporation"],
    respondents: ["Optotune AG", "Edmund Optics, Inc."],
  }),
  itc({
    id: "law-blog-1123-consent-order-rescission-denied",
    source: "https://www.amstrade.com/news-insights/be-careful-what-you-consent-to---a-closer-look-at-the-1123-investigation",
    title: "Be Careful What You Consent To - A Closer Look At The 1123 Investigation",
    text: `In Certain Carburetors & Prods. Containing Such Carburetors (Inv. No. 337-TA-1123) respondent Fujian Hulaong Carburetor Co., Ltd. (“Fujian”) moved for and was granted termination from the investigation on the basis of a consent order. The investigation continued against other respondents, until, almost a year after the Fujian consent order issued, the Commission upheld a finding of no violation of Section 337 based on Walbro’s failure to satisfy the economic prong of the domestic industry requirement.
Fujian petitioned the Commission to rescind the consent order issued against it. Fujian argued that the Commission’s determination of no domestic industry was a changed condition warranting rescission, and that upholding consent orders when a complainant cannot show domestic industry is against the public interest. Complainant Walbro and the Office of Unfair Import Investigations (“OUII”) both opposed Fujian’s petition.`,
    caseNumber: "337-TA-1123",
    stage: "final-determination",
    complainants: ["Walbro"],
    respondents: ["Fujian Hulaong Carburetor Co., Ltd."],
  }),
  itc({
    id: "fr-974-consent-order-termination-no-party",
    kind: "near-miss",
    source: "https://thefederalregister.org/81-FR/36956",
    title:
      "Certain Aquarium Fittings and Parts Thereof; Commission Determination Not To Review an Initial Determination Terminating the Investigation; Issuance of Consent Order and Termination of the Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-974]
SUMMARY: Notice is hereby given that the U.S. International Trade 
Commission has determined not to review the presiding administrative 
law judge's (\`\`ALJ'') initial determination (\`\`ID'') (Order No. 10) 
terminating the above-captioned investigation based on a consent order 
stipulation, consent order, and settlement agreement. The Commission 
has issued the consent order and determined to terminate the 
investigation.`,
    caseNumber: "337-TA-974",
    stage: "terminated",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "zh-1392-gong-4-jia-count-remand-fid",
    kind: "near-miss",
    source: "https://ccpit.nanjing.gov.cn/mymcyjxx/202509/t20250919_5652919.html",
    title: "美国ITC发布对电子烟油雾化器及其组件和下游产品的337部分终裁",
    text: `2025年9月17日,美国国际贸易委员会(ITC)发布公告称,对特定电子烟油雾化器及其组件和下游产品(Certain Oil Vaporizing Devices, Components Thereof, and Products Containing the Same,调查编码:337-TA-1392)作出337部分终裁:对发回重审的最终初裁(FID)予以复审,确认申请方满足美国国内地位的经济要素,并请利益相关方就涉及的公众利益和建议救济措施提交书面材料,不晚于2025年10月1日提交。2024年1月30日,美国PAX Labs Inc. of San Francisco, California向美国ITC提出337立案调查申请,主张对美出口、在美进口和在美销售的该产品违反了美国337条款(侵权美国注册专利号11,369,756、11,369,757、11,766,527、11,759,580),请求美国ITC发布有限排除令、禁止令。美国、中国共4家企业为列名被告。`,
    caseNumber: "337-TA-1392",
    stage: "initial-determination",
    complainants: ["PAX Labs Inc."],
    respondents: [],
    announced: 4,
  }),
  itc({
    id: "usitc-news-1320-typo-numbers-as-the-respondent",
    source: "https://www.usitc.gov/keywords/ipr?page=4",
    title:
      "USITC Institutes Section 337 Investigation of Certain Universal Golf Club Shaft and Golf Club Head Connection Adaptors, Certain Components Thereof, and Products Containing the Same",
    text: `June 21, 2022
News Release 22-070
Inv. No(s). 332-TA-1320
The investigation is based on a complaint filed by Club-Conex, LLC of Scottsdale, AZ on May 19, 2022.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain universal golf club shaft and golf club head connection adaptors, certain components thereof, and products containing the same that infringe patents asserted by the complainant.  The complainant requests that the USITC issue a limited exclusion order and a cease and desist order. 

The USITC has identified Top Golf Equipment Co. Limited of Shenzen, GuangDong, China as the respondent this investigation.

By instituting this investigation (337-TA-120x), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1320",
    stage: "instituted",
    complainants: ["Club-Conex, LLC"],
    respondents: ["Top Golf Equipment Co. Limited"],
  }),
  {
    id: "court-edtx-vista-peak-v-cec-panda-section-sign-caption",
    kind: "real",
    source: "https://docslib.org/doc/9174141/in-the-united-states-district-court-for-the-eastern-district-of-texas-marshall-division",
    title: "Vista Peak Ventures, LLC v. CEC Panda LCD Technology Co., Ltd. et al. — Plaintiff's Complaint for Patent Infringement",
    text: `Case 2:20-cv-00092-JRG Document 1 Filed 04/01/20 Page 1 of 90 PageID #: 1
IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF TEXAS MARSHALL DIVISION
VISTA PEAK VENTURES, LLC, § § Plaintiff, § § v. § JURY TRIAL DEMANDED § CEC PANDA LCD § TECHNOLOGY CO., LTD., § CIVIL ACTION NO. ______NANJING ELECTRONICS § INFORMATION INDUSTRIAL § CORPORATION, CEC PANDA FLAT § PANEL DISPLAY TECHNOLOGY CO., § LTD., TPV TECHNOLOGY LIMITED, § TOP VICTORY INTERNATIONAL § LIMITED, TOP VICTORY § INVESTMENTS, LTD., TPV DISPLAY § TECHNOLOGY (WUHAN) CO., TPV § DISPLAY TECHNOLOGY (BEIHAI) § CO., TPV ELECTRONICS (FUJIAN) § CO., LTD., and TPV TECHNOLOGY § (NINGBO) CO., LTD. §
Defendants.
PLAINTIFF’S COMPLAINT FOR PATENT INFRINGEMENT
Plaintiff Vista Peak Ventures, LLC (“VPV”) files this Complaint against Defendants
Nanjing CEC Panda LCD Technology Co., Ltd. (“Panda LCD”), Nanjing Electronics Information
Industrial Corporation (“CEC Panda”), CEC Panda Flat Panel Display Technology Co., Ltd.
(“Panda FPD”), TPV Technology Limited, (“TPV”), Top Victory Investments, Ltd. (“Top
Victory”), and Top Victory International Limited (“Top Victory Int’l”) ”), TPV Display
Technology (Wuhan) Co. (“TPV Wuhan”), TPV Display Technology (Beihai) Co. (“TPV
Beihai”), TPV Electronics (Fujian) Co., Ltd. (“TPV Fujian”), and TPV Technology (Ningbo) Co.,
Ltd. (“TPV Ningbo”) for infringement of U.S. Patent No. 7,046,327 (“the ’327 patent”).`,
    expect: {
      caseType: "us-district-court",
      jurisdiction: "US",
      caseNumber: "2:20-cv-00092-JRG",
      stage: null,
      complainants: ["Vista Peak Ventures, LLC"],
      respondents: [
        "Nanjing CEC Panda LCD Technology Co., Ltd.",
        "Nanjing Electronics Information Industrial Corporation",
        "CEC Panda Flat Panel Display Technology Co., Ltd.",
        "TPV Technology Limited",
        "Top Victory Investments, Ltd.",
        "Top Victory International Limited",
        "TPV Display Technology (Wuhan) Co.",
        "TPV Display Technology (Beihai) Co.",
        "TPV Electronics (Fujian) Co., Ltd.",
        "TPV Technology (Ningbo) Co., Ltd.",
      ],
    },
  },
  {
    id: "court-edtx-largan-v-ability-three-defendants",
    kind: "real",
    source: "https://docslib.org/doc/3331912/case-4-19-cv-00696-alm-document-1-filed-09-25-19-page-1-of-26-pageid-1",
    title: "Largan Precision Co., Ltd. v. Ability Opto-Electronics Technology Co., Ltd. et al. — Complaint for Patent Infringement",
    text: `Case 4:19-cv-00696-ALM Document 1 Filed 09/25/19 Page 1 of 26 PageID #: 1 IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF TEXAS SHERMAN DIVISION LARGAN PRECISION CO., LTD., Plaintiff, v. Case No. ________________ ABILITY OPTO-ELECTRONICS JURY TRIAL DEMANDED TECHNOLOGY CO., LTD.; NEWMAX TECHNOLOGY CO., LTD.; AND HP INC. DefenDants. COMPLAINT FOR PATENT INFRINGEMENT Plaintiff Largan Precision Co., Ltd. (“Largan”) files this complaint for patent infringement against Defendants Ability Opto-Electronics Technology Co., Ltd.; Newmax Technology Co., Ltd.; and HP Inc. (collectively, “Defendants”), and asserts as follows: THE PARTIES 1. Largan is the world’s largest supplier of high-end imaging lenses for smartphones.`,
    expect: {
      caseType: "us-district-court",
      jurisdiction: "US",
      caseNumber: "4:19-cv-00696-ALM",
      stage: null,
      complainants: ["Largan Precision Co., Ltd."],
      respondents: ["Ability Opto-Electronics Technology Co., Ltd.", "Newmax Technology Co., Ltd.", "HP Inc."],
    },
  },
  {
    id: "court-edtx-sun-patent-trust-v-htc",
    kind: "real",
    source: "https://docslib.org/doc/3734520/sunpatenthtc-pdf",
    title: "Sun Patent Trust v. HTC Corporation — Original Complaint",
    text: `IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF TEXAS MARSHALL DIVISION SUN PATENT TRUST, Plaintiff, v. CIVIL ACTION NO. 2:20-cv-00286 HTC CORPORATION, JURY TRIAL DEMANDED Defendant. ORIGINAL COMPLAINT Plaintiff Sun Patent Trust (“SPT”) files this Original Complaint against Defendant HTC Corporation (“HTC”) for patent infringement under 35 U.S.C. § 271. THE PARTIES 1. Sun Patent Trust is a Delaware statutory trust with its principal place of business at 437 Madison Avenue, 35th Floor, New York, New York 10022. 2. Defendant HTC Corporation is a Taiwanese corporation with its principal place of business at No. 88, Section 3, Zhongxing Road, Xindian District, New Taipei City 231, Taiwan.`,
    expect: {
      caseType: "us-district-court",
      jurisdiction: "US",
      caseNumber: "2:20-cv-00286",
      stage: null,
      complainants: ["Sun Patent Trust"],
      respondents: ["HTC Corporation"],
    },
  },
  itc({
    id: "letter-to-president-1276-leo-prohibits-respondent",
    source: "https://www.docketalarm.com/cases/International_Trade_Commission/337-127/Certain_Amino_Acid_Formulations/807518/1/",
    title: "Letter of the Chairman to the President transmitting the limited exclusion order in Investigation No. 337-TA-1276",
    text: `October 26, 2023
The President
The White House
Dear Mr. President:
In accordance with subsection (j) of Section 337 of the Tariff Act of 1930, as amended (19 U.S.C. § 1337) ("Section 337"), I am transmitting to you and the United States Trade Representative copies of the Commission's limited exclusion order and a cease and desist order, as described below, and the record upon which the Commission based its determination.
On October 26, 2023, the United States International Trade Commission issued a limited
exclusion order and a cease-and-desist order pursuant to Section 337 in USITC Investigation No.
337-TA-1276, Certain Light-Based Physiological Measurement Devices and Components
Thereof The limited exclusion order prohibits respondent Apple, Inc. of Cupertino, California
from importing into the United States light-based physiological measurement devices and
components thereof. The cease-and
desist order prohibits respondent Apple, Inc. from further importing, selling, and distributing the
covered products in the United States.`,
    caseNumber: "337-TA-1276",
    stage: "exclusion-order",
    complainants: [],
    respondents: ["Apple, Inc."],
  }),
  itc({
    id: "usitc-news-1224-fka-and-company-of-america-corporation",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=27",
    title: "USITC Institutes Section 337 Investigation of Certain Digital Video-Capable Devices and Components Thereof",
    text: `October 16, 2020
News Release 20-120
Inv. No(s). 337-TA-1224
The investigation is based on a complaint filed by Koninklijke Philips N.V. of Eindhoven, The Netherlands, and Philips North America LLC of Cambridge, MA, on September 18, 2020.  The complainants allege violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain digital video-capable devices and components thereof that infringe patents asserted by the complainants.  The complainants request that the USITC issue a limited exclusion order and cease and desist orders. 

The USITC has identified the following as respondents in this investigation:

Dell Technologies Inc., of Round Rock, TX;
Dell Inc.. of Round Rock, TX;
Hisense Co. Ltd., of Qingdao, Shandong Province, China;
Hisense Visual Technology Co., Ltd. (f/k/a Qingdao Hisense Electric Co., Ltd.), of Qingdao, Shandong Province, China;
Hisense Electronics Manufacturing Company of America Corporation, of Suwanee, GA;
Hisense USA Corporation, of Suwanee, GA;
Hisense Import & Export Co. Ltd., of Qingdao, Shandong Province, China;
Hisense International Co., Ltd., of Qingdao, Shandong Province, China;
Hisense International (HK) Co., Ltd., of Sheung Wan, Hong Kong;
Hisense International (Hong Kong) America Investment Co., Ltd., of Sheung Wan, Hong Kong;
HP, Inc., of Palo Alto, CA;
Lenovo Group Ltd., of Quarry Bay, Hong Kong;
Lenovo (United States), Inc., of Morrisville, NC;
LG Electronics, Inc., of Seoul, Republic of Korea;
LG Electronics USA, Inc., of Englewood Cliffs, NJ;`,
    caseNumber: "337-TA-1224",
    stage: "instituted",
    complainants: ["Koninklijke Philips N.V.", "Philips North America LLC"],
    respondents: [
      "Dell Technologies Inc.",
      "Dell Inc.",
      "Hisense Co. Ltd.",
      "Hisense Visual Technology Co., Ltd.",
      "Hisense Electronics Manufacturing Company of America Corporation",
      "Hisense USA Corporation",
      "Hisense Import & Export Co. Ltd.",
      "Hisense International Co., Ltd.",
      "Hisense International (HK) Co., Ltd.",
      "Hisense International (Hong Kong) America Investment Co., Ltd.",
      "HP, Inc.",
      "Lenovo Group Ltd.",
      "Lenovo (United States), Inc.",
      "LG Electronics, Inc.",
      "LG Electronics USA, Inc.",
    ],
    aliases: { "Hisense Visual Technology Co., Ltd.": ["Qingdao Hisense Electric Co., Ltd."] },
  }),
  itc({
    id: "fr-receipt-dn3254-no-party-in-summary",
    kind: "near-miss",
    source: "https://thefederalregister.org/82-FR/44655",
    title: "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
    text: `Notice is hereby given that the U.S. International Trade Commission has received a complaint entitled Certain Reusable Diapers, Components Thereof, and Products Containing the Same, DN 3254; the Commission is soliciting comments on any public interest issues raised by the complaint or complainant's filing pursuant to the Commission's Rules of Practice and Procedure.`,
    caseNumber: "DN 3254",
    stage: "complaint-received",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "law-article-1332-declined-to-institute-as-to",
    kind: "near-miss",
    source: "https://law.com/2024/11/13/pleading-importation-itc-decisions-highlight-need-for-adequate-evidentiary-support",
    title: "Pleading Importation: ITC Decisions Highlight Need for Adequate Evidentiary Support",
    text: `In several recent cases, however, the ITC declined to institute an investigation as to certain proposed respondents due to inadequate pleading of importation.
Inv. No. 337-TA-1332
In this investigation, Daedalus Prime filed a complaint on Aug. 23, 2022, relating to MediaTek and NXP chipsets used in automotive entertainment systems that allegedly infringed its semiconductor patents.`,
    caseNumber: "337-TA-1332",
    stage: "other",
    complainants: ["Daedalus Prime"],
    respondents: [],
  }),
  itc({
    id: "fr-title-1081-no-violation-participating-violation-defaulted",
    kind: "near-miss",
    source: "https://regulations.justia.com/regulations/fedreg/2019/07/08/2019-14406.html",
    title:
      "Certain LED Lighting Devices, LED Power Supplies, and Components Thereof; Commission's Final Determination of No Violation of Section 337 by the Participating Respondents, and Final Determination of a Violation of Section 337 by a Defaulted Respondent; Issuance of a Limited Exclusion Order and a Cease and Desist Order; Termination of the Investigation",
    text: `Certain LED Lighting Devices, LED Power Supplies, and Components Thereof; Commission's Final Determination of No Violation of Section 337 by the Participating Respondents, and Final Determination of a Violation of Section 337 by a Defaulted Respondent; Issuance of a Limited Exclusion Order and a Cease and Desist Order; Termination of the Investigation, 32472-32474 [2019-14406]`,
    caseNumber: null,
    stage: "exclusion-order",
    complainants: [],
    respondents: [],
  }),
  {
    id: "near-miss-ad-cvd-petition-on-behalf-of-solarworld",
    kind: "near-miss",
    source: "https://cupdf.com/document/petition-to-itc-solar-crystalline-pv-101911-vol1.html",
    title:
      "Petition for the Imposition of Antidumping and Countervailing Duties: Crystalline Silicon Photovoltaic Cells, Whether or Not Assembled into Modules, from the People's Republic of China",
    text: `Re: Petition for the Imposition of Antidumping and Countervailing Duties: Crystalline Silicon Photovoltaic Cells, Whether or Not Assembled into Modules, from the People’s Republic of China Dear Madame Acting Secretary and Secretary Holbein: We file the enclosed petitions on behalf of SolarWorld Industries America, Inc. (“Petitioner”), pursuant to Sections 701 and 731 of the Tariff Act of 1930 with respect to unfairly traded imports of crystalline silicon photovoltaic cells, whether or not assembled into modules, from the People’s Republic of China.`,
    expect: NONE,
  },
  {
    id: "near-miss-zh-mofcom-anti-dumping-announcement",
    kind: "near-miss",
    source:
      "https://www.jqknews.com/news/202898-Ministry_of_Commerce_Imposing_anti-dumping_duties_on_some_steel_pipes_originating_in_the_United_States_and_the_European_Union.html",
    title: "Ministry of Commerce: Imposing anti-dumping duties on some steel pipes originating in the United States and the European Union",
    text: `On May 9, 2014, the Ministry of Commerce issued Announcement No. 34 of 2014, which decided to impose anti-dumping duties on imported alloy steel seamless steel pipes originating in the United States and the European Union for a period of five years from May 10, 2014.
On June 15, 2018, the Ministry of Commerce issued Announcement No. 52 of 2018 in response to the domestic application for the seamless steel pipe industry of alloy steel for high temperature compression.`,
    expect: NONE,
  },
  {
    id: "near-miss-cvd-shrimp-respondent-company",
    kind: "near-miss",
    source: "https://www.laitimes.com/en/article/tlbd_u7fn.html",
    title: "Countervailing investigation of frozen warm water shrimp from China",
    text: `On May 29, 2013, the U.S. Department of Commerce announced the preliminary results of the countervailing investigation against Frozen Warm Water Shrimp in China, and I forced the respondent company Zhanjiang Guolian Aquatic Products Development Co., Ltd. to countervailing the countervailing tax rate of 5.76%, and the countervailing duty rate of other Chinese enterprises was also 5.76%.
On September 20, 2013, the U.S. International Trade Commission announced the final results of the countervailing investigation of frozen warm shrimp from China and other countries.`,
    expect: NONE,
  },
  itc({
    id: "trade-press-1381-terminated-against-named-defendants",
    source: "https://www.2firsts.com/news/us-itc-issues-final-rulings-on-disposable-e-cigarette-337-investigation",
    title: "US ITC Issues Final Rulings on Disposable E-cigarette 337 Investigation",
    text: `ITC issues partial ruling on disposable e-cigarette investigation, ending cases against several US and Chinese companies.
On May 14, 2024, the United States International Trade Commission (ITC) announced that it had made a final determination in the 337-TA-1381 investigation of Certain Disposable Vaporizer Devices and Components and Packaging Thereof. The Commission affirmed the administrative law judge's initial determinations (Nos. 20, 21) from April 18, 2024, and terminated the investigation against the named defendants EVO Brands, LLC of Wilmington, DE, and PVG2, LLC of Wilmington, DE, based on consent orders. The Commission also affirmed the administrative law judge's initial determination (No.24) from April 26, 2024, and terminated the investigation against the named defendant Shenzhen Fumot Technology Co., Ltd. of China based on a consent order.
On May 13, 2024, the United States International Trade Commission (ITC) issued a final ruling declining to review the initial ruling (No.18) made by the administrative judge on April 15, 2024, labeling defendant VICA Trading Inc. d/b/a Vapesourcing of Tustin, CA as an absent defendant.
On April 18, 2024, the United States International Trade Commission (ITC) issued a final ruling stating that they will not review the initial ruling (No. 15) made by the administrative judge on March 28, 2024, as the applicant has withdrawn their request. This decision terminates the investigation into the named defendant, Shenzhen Noriyang Technology Co., Ltd., of China.`,
    caseNumber: "337-TA-1381",
    stage: "initial-determination",
    complainants: [],
    respondents: ["EVO Brands, LLC", "PVG2, LLC", "Shenzhen Fumot Technology Co., Ltd.", "VICA Trading Inc.", "Shenzhen Noriyang Technology Co., Ltd."],
    aliases: { "VICA Trading Inc.": ["Vapesourcing"] },
  }),
  {
    id: "near-miss-usitc-ad-publication-steel-nails",
    kind: "near-miss",
    source: "https://vdocuments.us/certain-steel-nails-from-china-usitc-united-states-3-on-june-22-2007-the.html",
    title: "Certain Steel Nails from China, Investigation No. 731-TA-1114 (Final)",
    text: `U.S. International Trade Commission Publication 4022 July 2008 Washington, DC 20436 Certain Steel Nails from China Investigation No. 731-TA-1114 (Final)
On June 22, 2007, the United Steel, Paper and Forestry, Rubber, Manufacturing, Energy, Allied Industrial and Service Workers`,
    expect: NONE,
  },
  itc({
    id: "usitc-news-862-three-samsung-respondents",
    source: "https://www.usitc.gov/keywords/news_release?page=21",
    title:
      "USITC Institutes Section 337 Investigation on Certain Electronic Devices, Including Wireless Communication Devices, Tablet Computers, Media Players, and Televisions, and Components Thereof",
    text: `January 3, 2013
News Release 13-001
Inv. No(s). 337-TA-862
The investigation is based on a complaint filed by Ericsson Inc. of Plano, TX, and Telefonaktiebolaget LM Ericsson of Stockholm, Sweden, on November 30, 2012. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain electronic devices, including wireless communication devices, tablet computers, media players, and televisions, and components thereof that infringe patents asserted by the complainants. The complainants request that the USITC issue an exclusion order and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

Samsung Electronics America, Inc., of Ridgefield Park, NJ;
Samsung Telecommunications America LLC of Richardson, TX; and
Samsung Electronics Co., Ltd., of Seoul, Republic of Korea.

By instituting this investigation (337-TA-862), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-862",
    stage: "instituted",
    complainants: ["Ericsson Inc.", "Telefonaktiebolaget LM Ericsson"],
    respondents: ["Samsung Electronics America, Inc.", "Samsung Telecommunications America LLC", "Samsung Electronics Co., Ltd."],
  }),
  itc({
    id: "usitc-news-1351-bullets-dba-same-company-twice",
    source: "https://www.usitc.gov/keywords/united-states-international-trade-commission?page=7",
    title:
      "USITC Institutes Section 337 Investigation of Certain Active Matrix Organic Light-Emitting Diode Display Panels and Modules for Mobile Devices, and Components Thereof",
    text: `January 27, 2023
News Release 23-010
Inv. No(s). 337-TA-1351
The investigation is based on a complaint filed by Samsung Display Co., Ltd. of Gyeonggi-do, Republic of Korea on December 28, 2022, and supplemented on January 17, 2023.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain active matrix organic light-emitting diode display panels and modules for mobile devices, and components thereof that infringe patents asserted by the complainant.  The complainant requests that the USITC issue a general exclusion order (or, in the alternative, limited exclusion orders) and cease and desist orders.  

The USITC has identified the following respondents in this investigation:

  • Apt-Ability, LLC d/b/a MobileSentrix of Chantilly, VA; 
  • Mobile Defenders, LLC of Caledonia, MI; 
  • Injured Gadgets, LLC of Norcross, GA; 
  • Group Vertical, LLC of Grand Rapids, MI; 
  • Electronics Universe, Inc. d/b/a Fixez.com of Las Vegas, NV; 
  • Electronics Universe, Inc. d/b/a Repairs Universe, LLC of Las Vegas, NV; 
  • LCTech International Inc. d/b/a SEGMobile.com of City of Industry, CA; 
  • Sourcely Plus LLC of Tempe, AZ; 
  • eTech Parts Plus, LLC of Southlake, TX; 
  • Parts4Cells, Inc. of Houston, TX; 
  • Wholesale Gadget Parts, Inc. of Bixby, OK; `,
    caseNumber: "337-TA-1351",
    stage: "instituted",
    complainants: ["Samsung Display Co., Ltd."],
    respondents: [
      "Apt-Ability, LLC",
      "Mobile Defenders, LLC",
      "Injured Gadgets, LLC",
      "Group Vertical, LLC",
      "Electronics Universe, Inc.",
      "LCTech International Inc.",
      "Sourcely Plus LLC",
      "eTech Parts Plus, LLC",
      "Parts4Cells, Inc.",
      "Wholesale Gadget Parts, Inc.",
    ],
    aliases: {
      "Apt-Ability, LLC": ["MobileSentrix"],
      "Electronics Universe, Inc.": ["Fixez.com", "Repairs Universe, LLC"],
      "LCTech International Inc.": ["SEGMobile.com"],
    },
  }),
  itc({
    id: "fr-1441-template-placeholder-complainant",
    kind: "near-miss",
    source: "https://www.govinfo.gov/content/pkg/FR-2025-03-07/html/2025-03667.htm",
    title:
      "Certain Glass Substrates for Liquid Crystal Displays, Products Containing the Same, and Methods for Manufacturing the Same; Notice of Institution of Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1441]
SUMMARY: Notice is hereby given that a complaint was filed with the
U.S. International Trade Commission on January 31, 2025, under section
337 of the Tariff Act of 1930, as amended, on behalf of company, city,
state or country. A supplement was filed on February 3, 2025. The
complaint, as supplemented, alleges violations of section 337 based
upon the importation into the United States, the sale for importation,
and the sale within the United States after importation of certain
glass substrates for liquid crystal displays, products containing the
same, and methods for manufacturing the same.`,
    caseNumber: "337-TA-1441",
    stage: "instituted",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "usitc-news-1170-two-samsung-gyeonggi",
    source: "https://www.usitc.gov/keywords/patent-infringement?page=12",
    title: "USITC Institutes Section 337 Investigation of Certain Mobile Devices with Multifunction Emulators",
    text: `August 13, 2019
News Release 19-074
Inv. No(s). 337-TA-1170
The investigation is based on a complaint filed by Dynamics Inc. of Cheswick, PA, on July 12, 2019.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain mobile devices with multifunction emulators that infringe patents asserted by the complainant.  The complainant requests that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

Samsung Electronics Co., Ltd., of Suwon, Gyeonggi, Republic of Korea; and
Samsung Electronics America, Inc., of Ridgefield Park, NJ.

By instituting this investigation (337-TA-1170), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1170",
    stage: "instituted",
    complainants: ["Dynamics Inc."],
    respondents: ["Samsung Electronics Co., Ltd.", "Samsung Electronics America, Inc."],
  }),
];

export const ISSUE_12_HELD_OUT_CASES: CorpusCase[] = ISSUE_12_HELD_OUT_RAW.map((c) => ({ ...c, batch: "issue-12-held-out" as const }));
