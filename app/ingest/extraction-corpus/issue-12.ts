// Texts gathered for issue 12 ("Warn on real wording"), quoted from the published pages at
// their \`source\` (trimmed to the paragraphs with the case facts; lists cut where the page
// excerpt ended) and labelled by hand before the extractor was changed.
// Development set: the rules of issue 12 were written against these.
import { itc, NONE } from "./issue-12-helpers.ts";
import type { CorpusCase } from "./types.ts";

const ISSUE_12_DEV_RAW: CorpusCase[] = [
  itc({
    id: "usitc-news-1156-dba-complainant-guangdong",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=46",
    title: "USITC Institutes Section 337 Investigation of Certain LED Packages Containing PFS Phosphor and Products Containing Same",
    text: `May 13, 2019
News Release 19-038
Inv. No(s). 337-TA-1156
The investigation is based on a complaint filed by Current Lighting Solutions, LLC, of East Cleveland, OH; General Electric Co. of Boston, MA; and Consumer Lighting (U.S.), LLC, d/b/a GE Lighting, of East Cleveland, OH, on April 11, 2019.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain LED packages containing PFS phosphor and products containing same that infringe patents asserted by the complainants.  The complainants request that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

Cree, Inc., of Durham, NC;
Cree Hong Kong Ltd. of Hong Kong; and
Cree Huizhou Solid State Lighting Co. Ltd. of Guangdong, China.

By instituting this investigation (337-TA-1156), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1156",
    stage: "instituted",
    complainants: ["Current Lighting Solutions, LLC", "General Electric Co.", "Consumer Lighting (U.S.), LLC"],
    respondents: ["Cree, Inc.", "Cree Hong Kong Ltd.", "Cree Huizhou Solid State Lighting Co. Ltd."],
    locations: { "Cree Huizhou Solid State Lighting Co. Ltd.": "Guangdong, China" },
  }),
  itc({
    id: "usitc-news-1284-twelve-respondents-district",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=13",
    title: "USITC Institutes Section 337 Investigation of Certain Electronic Devices Having Wireless Communication Capabilities and Components Thereof",
    text: `October 27, 2021
News Release 21-123
Inv. No(s). 337-TA-1284
The investigation is based on a complaint filed by Bell Northern Research, LLC, of Chicago, IL, on September 27, 2021.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain electronic devices having wireless communication capabilities and components thereof that infringe patents asserted by the complainant.  The complainant requests that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as the respondents this investigation:

Lenovo Group Ltd. of Haidan District, China;
Lenovo (United States), Inc., of Morrisville, NC;
Motorola Mobility LLC of Chicago, IL;
TCL Electronics Holdings Limited of Hong Kong;
TCT Mobile (US) Inc. of Irvine, CA;
TTE Technology, Inc., of Corona, CA;
BLU Products, Inc., of Doral, FL;
BBK Electronics Corp. of Dongguan, Guangdong, China;
OnePlus Technology Co., Ltd., of Futian District, Shenzhen, Guangdong, China;
HMD Global Oy of Espoo, Finland;
HMD America, Inc., of Miami, FL; and
Sonim Technlogies, Inc., of Austin, TX.

By instituting this investigation (337-TA-1284), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1284",
    stage: "instituted",
    complainants: ["Bell Northern Research, LLC"],
    respondents: [
      "Lenovo Group Ltd.",
      "Lenovo (United States), Inc.",
      "Motorola Mobility LLC",
      "TCL Electronics Holdings Limited",
      "TCT Mobile (US) Inc.",
      "TTE Technology, Inc.",
      "BLU Products, Inc.",
      "BBK Electronics Corp.",
      "OnePlus Technology Co., Ltd.",
      "HMD Global Oy",
      "HMD America, Inc.",
      "Sonim Technlogies, Inc.",
    ],
    locations: { "OnePlus Technology Co., Ltd.": "Futian District, Shenzhen, Guangdong, China" },
  }),
  itc({
    id: "usitc-news-1333-aka-and-dba-in-parentheses",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=3",
    title:
      "USITC Institutes Section 337 Investigation of Certain Automated Put Walls and Automated Storage and Retrieval Systems, Associated Vehicles, Associated Control Software, and Component Parts Thereof (II)",
    text: `October 12, 2022
Inv. No(s). 337-TA-1333
The investigation is based on a complaint filed by OPEX Corporation of Moorestown, NJ on September 9, 2022 and supplemented on September 29, 2022.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain automated put walls and automated storage and retrieval systems, associated vehicles, associated control software, and component parts thereof that infringe patents asserted by the complainant.  The complainant requests that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as the respondents this investigation:

HC Robotics (a.k.a. Huicang Information Technology Co., Ltd.) of Hangzhou City, Zheijang Province, China; and

Invata, LLC (d/b/a Invata Intralogistics) of Conshohocken, PA

By instituting this investigation (337-TA-1333), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1333",
    stage: "instituted",
    complainants: ["OPEX Corporation"],
    respondents: ["HC Robotics", "Invata, LLC"],
    aliases: { "HC Robotics": ["Huicang Information Technology Co., Ltd."], "Invata, LLC": ["Invata Intralogistics"] },
  }),
  itc({
    id: "usitc-news-1297-tcl-seven",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=10",
    title:
      "USITC Institutes Section 337 Investigation of Certain Video Processing Devices, Components Thereof, and Digital Smart Televisions Containing the Same II",
    text: `January 31, 2022
News Release 22-018
Inv. No(s). 337-TA-1297
The investigation is based on a complaint filed by DivX, LLC of San Diego, CA, on November 24, 2021.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain video processing devices, components thereof, and digital smart televisions containing the same that infringe on patents asserted by the complainant.  The complainant requests that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as the respondents this investigation:

TCL Technology Group Corporation, of Huizhou, Guangdong, China;
TCL Electronics Holdings Limited, of Shenzhen, Guangdong, China;
TTE Technology, Inc., of Corona, CA;
Shenzhen TCL New Technologies Co., Ltd., of Shenzhen, Guangdong, China;
TCL King Electrical Appliances (Huizhou) Co. Ltd., of Huizhou, Guangdong, China;
TCL MOKA International Limited, of Sha Tin, New Territories, Hong Kong; and
TCL Smart Device (Vietnam) Co., Ltd., of Binh Duong Province, Vietnam.

By instituting this investigation (337-TA-1297), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1297",
    stage: "instituted",
    complainants: ["DivX, LLC"],
    respondents: [
      "TCL Technology Group Corporation",
      "TCL Electronics Holdings Limited",
      "TTE Technology, Inc.",
      "Shenzhen TCL New Technologies Co., Ltd.",
      "TCL King Electrical Appliances (Huizhou) Co. Ltd.",
      "TCL MOKA International Limited",
      "TCL Smart Device (Vietnam) Co., Ltd.",
    ],
  }),
  itc({
    id: "usitc-news-1211-vape-shops-fka",
    source: "https://www.usitc.gov/keywords/section-337?page=13",
    title: "USITC Institutes Section 337 Investigtion of Certain Vaporizer Cartridges and Components Thereof",
    text: `August 11, 2020
News Release 20-086
Inv. No(s). 337-TA-1211
The investigation is based on a complaint filed by Juul Labs, Inc., of San Francisco, CA, on July 10, 2020.  Supplements to the complaint were filed on July 21, 2020, and July 31, 2020.  The complaint, as supplemented, alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain vaporizer cartridges and components thereof that infringe patents asserted by the complainant.  The complainant requests that the USITC issue a general exclusion order, or in the alternative a limited exclusion order, and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

101 Smoke Shop, Inc., of Los Angeles, CA;
2nd Wife Vape of Haslet, TX;
Access Vapor LLC of Orlando, FL;
All Puff Store of Middleburg Heights, OH;
Alternative Pods of Palatine, IL;
Ana Equity LLC of Orlando, FL;
Aqua Haze LLC of Farmers Branch, TX;
Cali Pods of Houston, TX;
Canal Smoke Express, Inc., of New York, NY;
CaryTown Tobacco of Richmond, VA;
Cigar Road, Inc., of Woodland Hills, CA;
Cloud 99 Vapes of New York, NY;
DripTip Vapes LLC of Plantation, FL;
Shenzhen Azure Tech USA LLC f/k/a DS Vaping P.R.C. of Shenzhen, Guangdong, China;
eCig-City of Riverside, CA;
Ejuicedb of Farmingdale, NY;
eLiquid Stop of Glendale, CA;
Eon Pods LLC of Jersey City, NJ;
Evergreen Smokeshop of Oakland, CA;
EZFumes of Bedford, TX;
Guangdong Cellular Workshop Electronic Technology Co., Ltd., of Guangdong, China;
JC Pods of Elk Grove Village, IL;
Jem Pods, U.S.A., of Snellville, GA;`,
    caseNumber: "337-TA-1211",
    stage: "instituted",
    complainants: ["Juul Labs, Inc."],
    respondents: [
      "101 Smoke Shop, Inc.",
      "2nd Wife Vape",
      "Access Vapor LLC",
      "All Puff Store",
      "Alternative Pods",
      "Ana Equity LLC",
      "Aqua Haze LLC",
      "Cali Pods",
      "Canal Smoke Express, Inc.",
      "CaryTown Tobacco",
      "Cigar Road, Inc.",
      "Cloud 99 Vapes",
      "DripTip Vapes LLC",
      "Shenzhen Azure Tech USA LLC",
      "eCig-City",
      "Ejuicedb",
      "eLiquid Stop",
      "Eon Pods LLC",
      "Evergreen Smokeshop",
      "EZFumes",
      "Guangdong Cellular Workshop Electronic Technology Co., Ltd.",
      "JC Pods",
      "Jem Pods, U.S.A.",
    ],
    aliases: { "Shenzhen Azure Tech USA LLC": ["DS Vaping P.R.C."] },
  }),
  itc({
    id: "fr-1381-termination-both-of-and-aka-run",
    source: "https://www.govinfo.gov/content/pkg/FR-2025-04-14/html/2025-06273.htm",
    title:
      "Certain Disposable Vaporizer Devices and Components and Packaging Thereof; Notice of a Commission Determination Not To Review Initial Determination Terminating the Investigation; Termination of Investigation",
    text: `[Investigation No. 337-TA-1381]
SUMMARY: Notice is hereby given that the U.S. International Trade
Commission has determined not to review an initial determination
(\`\`ID'') (Order No. 58) issued by the chief administrative law judge
(\`\`CALJ'') granting a motion filed by complainants R.J. Reynolds
Tobacco Company and R.J. Reynolds Vapor Company (\`\`RJR'') to terminate
the investigation in its entirety based on withdrawal of the complaint.
The investigation is terminated.
SUPPLEMENTARY INFORMATION: On December 15, 2023, the Commission instituted this investigation based on a complaint filed on behalf of RJR. 88 FR 88111-12 (Dec. 15, 2023). The Commission's notice of investigation (“NOI”) named the following respondents: Flawless Vape Shop Inc. and Flawless Vape Wholesale & Distribution Inc., both of Anaheim, CA (collectively, the “Flawless Vape respondents”); Affiliated Imports, LLC of Pflugerville, TX; American Vape Company, LLC a/k/a American Vapor Company, LLC of Pflugerville, TX; Breeze Smoke, LLC of West Bloomfield, MI; Dongguan (Shenzhen) Shikai Technology Co., Ltd. of Shenzhen, China; EVO Brands, LLC of Wilmington, DE; Guangdong Qisitech Co., Ltd. of Dongguan City, China; iMiracle (Shenzhen) Technology Co. Ltd. of Shenzhen, China; Magellan Technology Inc. of Buffalo, NY; Pastel Cartel, LLC of Pflugerville, TX; Price Point Distributors Inc. d/b/a Prince Point NY of Farmingdale, NY; PVG2, LLC of Wilmington, DE; Shenzhen Daosen Vaping Technology Co., Ltd. of Shenzhen, China; Shenzhen Fumot Technology Co., Ltd. of Shenzhen, China; Shenzhen Funyin Electronic Co., Ltd. of Shenzhen, China; Shenzhen Han Technology Co., Ltd. of Shenzhen, China; Shenzhen Innokin Technology Co., Ltd. of Shenzhen, China; Shenzhen IVPS Technology Co., Ltd. of Shenzhen, China; Shenzhen Noriyang Technology Co., Ltd. of Shenzhen, China; Shenzhen Weiboli Technology Co. Ltd. of Shenzhen, China; SV3 LLC d/b/a Mi-One Brands of Phoenix, AZ.`,
    caseNumber: "337-TA-1381",
    stage: "terminated",
    complainants: ["R.J. Reynolds Tobacco Company", "R.J. Reynolds Vapor Company"],
    respondents: [
      "Flawless Vape Shop Inc.",
      "Flawless Vape Wholesale & Distribution Inc.",
      "Affiliated Imports, LLC",
      "American Vape Company, LLC",
      "Breeze Smoke, LLC",
      "Dongguan (Shenzhen) Shikai Technology Co., Ltd.",
      "EVO Brands, LLC",
      "Guangdong Qisitech Co., Ltd.",
      "iMiracle (Shenzhen) Technology Co. Ltd.",
      "Magellan Technology Inc.",
      "Pastel Cartel, LLC",
      "Price Point Distributors Inc.",
      "PVG2, LLC",
      "Shenzhen Daosen Vaping Technology Co., Ltd.",
      "Shenzhen Fumot Technology Co., Ltd.",
      "Shenzhen Funyin Electronic Co., Ltd.",
      "Shenzhen Han Technology Co., Ltd.",
      "Shenzhen Innokin Technology Co., Ltd.",
      "Shenzhen IVPS Technology Co., Ltd.",
      "Shenzhen Noriyang Technology Co., Ltd.",
      "Shenzhen Weiboli Technology Co. Ltd.",
      "SV3 LLC",
    ],
    locations: { "Flawless Vape Shop Inc.": "Anaheim, CA", "Flawless Vape Wholesale & Distribution Inc.": "Anaheim, CA" },
    aliases: {
      "American Vape Company, LLC": ["American Vapor Company, LLC"],
      "Price Point Distributors Inc.": ["Prince Point NY"],
      "SV3 LLC": ["Mi-One Brands"],
    },
  }),
  itc({
    id: "fr-1381-institution-geo-requested",
    kind: "near-miss",
    source: "https://www.govinfo.gov/content/pkg/FR-2023-12-20/html/2023-27996.htm",
    title: "Certain Disposable Vaporizer Devices and Components and Packaging Thereof; Notice of Institution of Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation. No. 337-TA-1381]
SUMMARY: Notice is hereby given that a complaint was filed with the
U.S. International Trade Commission on October 13, 2023, under section
337 of the Tariff Act of 1930, as amended, on behalf of R.J. Reynolds
Tobacco Company of Winston-Salem, North Carolina and R.J. Reynolds
Vapor Company of Winston-Salem, North Carolina. A supplement to
complaint was filed on November 1, 2023. The complaint, as
supplemented, alleges violations of section 337 based upon the
importation into the United States, and in the sale of certain
disposable vaporizer devices and components and packaging thereof by
reason false advertising, false designation of origin, and unfair
competition, the threat or effect of which is to destroy or
substantially injure an industry in the United States. The complainants
request that the Commission institute an investigation and, after the
investigation, issue a general exclusion order, or in the alternative a
limited exclusion order, and a cease and desist order.`,
    caseNumber: "337-TA-1381",
    stage: "instituted",
    complainants: ["R.J. Reynolds Tobacco Company", "R.J. Reynolds Vapor Company"],
    respondents: [],
  }),
  itc({
    id: "fr-1211-geo-certain-defaulting-respondents",
    kind: "near-miss",
    source: "https://regulations.justia.com/regulations/fedreg/2022/02/18/2022-03518.html",
    title:
      "Certain Vaporizer Cartridges and Components Thereof; Issuance of a General Exclusion Order and Cease and Desist Orders; Termination of the Investigation",
    text: `INTERNATIONAL TRADE COMMISSION [Investigation No. 337–TA–1211] Certain Vaporizer Cartridges and Components Thereof; Issuance of a General Exclusion Order and Cease and Desist Orders; Termination of the Investigation U.S. International Trade Commission. ACTION: Notice. AGENCY: Notice is hereby given that the U.S. International Trade Commission has determined to affirm a summary determination of violation of section 337 with respect to certain respondents found in default. The Commission and has further determined to issue a general exclusion order (‘‘GEO’’) denying entry of certain infringing vaporizer cartridges and components thereof as well as cease and desist orders (‘‘CDOs’’) against certain of the defaulting respondents. This investigation is terminated.`,
    caseNumber: "337-TA-1211",
    stage: "exclusion-order",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "fr-1211-review-in-part-summary-determination",
    kind: "near-miss",
    source: "https://regulations.justia.com/regulations/fedreg/2021/12/03/2021-26248.html",
    title:
      "Certain Vaporizer Cartridges and Components Thereof; Notice of Commission Determination To Review in Part an Initial Determination Granting a Motion for Summary Determination on Violation of Section 337; Schedule for Filing Written Submissions on Remedy, the Public Interest, and Bonding",
    text: `INTERNATIONAL TRADE
COMMISSION
[Investigation No. 337–TA–1211]
AGENCY:
Notice is hereby given that
the U.S. International Trade
Commission (‘‘Commission’’) has
determined to review in part an initial
determination (‘‘ID’’) (Order No. 65) of
the presiding administrative law judge
(‘‘ALJ’’) granting a summary
determination on violation of section
337 by the respondents found in default
in the above-captioned investigation.
The Commission is requesting briefing
from the parties, interested government
agencies, and interested persons on the
issues of remedy, the public interest,
and bonding.`,
    caseNumber: "337-TA-1211",
    stage: "initial-determination",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "fr-1056-geo-no-party-named",
    kind: "near-miss",
    source: "https://thefederalregister.org/83-FR/28659",
    title:
      "Certain Collapsible Sockets for Mobile Electronic Devices and Components Thereof; Commission's Final Determination Finding a Violation of Section 337; Issuance of a General Exclusion Order; Termination of the Investigation",
    text: `[Investigation No. 337-TA-1056]
SUMMARY: Notice is hereby given that the U.S. International Trade
Commission has found a violation of section 337 of the Tariff Act of
1930, as amended, in this investigation. The Commission has issued a
general exclusion order prohibiting the unlicensed importation of
certain collapsible sockets that infringe certain claims of the
asserted patent. The investigation is terminated.`,
    caseNumber: "337-TA-1056",
    stage: "exclusion-order",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "law-blog-855-complainants-and-respondent-in-prose",
    knownGap: "an ALJ granting a joint motion to terminate as to one respondent is not read as an initial determination",
    source: "https://www.lexology.com/library/detail.aspx?g=e716e99f-ad6a-4a82-90eb-8482349d3d24",
    title: "ALJ Bullock grants joint motion to terminate Bunting in Certain Sintered Rare Earth Magnets (337-TA-855)",
    text: `On June 10, 2013, Chief ALJ Charles E. Bullock issued Order No. 129 in Certain Sintered Rare Earth Magnets, Methods of Making Same and Products Containing Same (Inv. No. 337-TA-855).

According to the Order, Complainants Hitachi Metals, Ltd. and Hitachi Metals North Carolina, Ltd. (“Hitachi”) and Respondent Bunting Magnetics Co. (“Bunting”) filed a joint motion to terminate the investigation based on a settlement agreement between Hitachi and Bunting.  The Commission Investigative Staff supported the joint motion.  ALJ Bullock granted the motion, agreeing that the terms of the settlement have no negative effect on the public health and welfare or competitive conditions in the U.S.`,
    caseNumber: "337-TA-855",
    stage: "initial-determination",
    complainants: ["Hitachi Metals, Ltd.", "Hitachi Metals North Carolina, Ltd."],
    respondents: ["Bunting Magnetics Co."],
  }),
  itc({
    id: "law-blog-674-terminated-in-entirety-person-complainant",
    source: "https://www.itcblog.com/1273-alj-luckern-grants-motion-to-terminate-the-investigation-in-certain-light-emitting-diode-chips-337-ta-674",
    title: "ALJ Luckern Grants Motion To Terminate The Investigation In Certain Light Emitting Diode Chips (337-TA-674)",
    text: `On December 1, 2009, Chief ALJ Paul J. Luckern issued the public version of Order No. 29 (dated November 13, 2009) in Certain Light Emitting Diode Chips, Laser Diode Chips and Products Containing Same (Inv. No. 337-TA-674).  In the Order, ALJ Luckern granted a joint motion filed by Complainant Gertrude Neumark Rothschild and Respondent Dalian Lumei Optoelectronics Corporation (“Dalian Lumei”) based on a settlement agreement between the parties.

ALJ Luckern also found in the Order that with “the termination of this investigation as to Dalian Lumei, all of the active respondents have been terminated due to settlements, consent orders (joint and unilateral), or by virtue of the withdrawal of the allegations in the complaint against them.”  Accordingly, ALJ Luckern determined that “granting complainant’s request to terminate the investigation in its entirety would conserve the resources of the Commission and complainant.”`,
    caseNumber: "337-TA-674",
    stage: "terminated",
    complainants: ["Gertrude Neumark Rothschild"],
    respondents: ["Dalian Lumei Optoelectronics Corporation"],
  }),
  itc({
    id: "law-blog-780-default-dba-store-names",
    source: "https://www.itcblog.com/3933-alj-essex-issues-initial-determination-granting-default-in-certain-protective-cases-337-ta-780",
    title: "ALJ Essex Issues Initial Determination Granting Default In Certain Protective Cases (337-TA-780)",
    text: `On February 9, 2012, ALJ Theodore R. Essex issued Order No. 25 granting Complainant’s motion for entry of default against certain respondents and granting respondent National Cellular’s motion for default in Certain Protective Cases and Components Thereof (Inv. No. 337-TA-780).

By way of background, the investigation is based on a complaint filed by Otter Products, LLC (“Otter”) alleging violation of Section 337 in the importation into the U.S. and sale of certain protective cases and components thereof that infringe several U.S. utility and design patents.

As set forth in the Order, Otter previously filed a motion for an order directing respondents Hypercel Corp. d/b/a Naztech Technologies, Shenzhen Star & Way Trade Co/, Ltd. d/b/a DHgate sellers Best8168 and Julyoung, SmileCase, and TheCaseInPoint.com (collectively “Non-responsive Respondents”) to show cause why they should not be found in default based on their failure to respond to the Complaint and Notice of Investigation.`,
    caseNumber: "337-TA-780",
    stage: "initial-determination",
    complainants: ["Otter Products, LLC"],
    respondents: ["National Cellular", "Hypercel Corp.", "Shenzhen Star & Way Trade Co/, Ltd.", "SmileCase", "TheCaseInPoint.com"],
    aliases: { "Hypercel Corp.": ["Naztech Technologies"], "Shenzhen Star & Way Trade Co/, Ltd.": ["Best8168", "Julyoung"] },
  }),
  itc({
    id: "law-blog-1015-order-finding-default-ampersand",
    source: "https://www.lexology.com/library/detail.aspx?g=0286b941-128c-4a69-afdf-5584bd030246",
    title: "ALJ Essex finds Penson and Taizhou in default in Certain Hand Dryers (337-TA-1015)",
    text: `On October 31, 2016, ALJ Theodore R. Essex issued Order No. 21 finding Respondents Penson & Co. (“Penson”) and Taizhou Dihour Electrical Appliances Co. Ltd. (“Taizhou”) in default in Certain Hand Dryers and Housings for Hand Dryers (Inv. No. 337-TA-1015).

By way of background, this investigation is based on a June 15, 2016 complaint filed by Excel Dryer Inc. (“Excel”) alleging violation of Section 337 by way of unlawful importation into the U.S., selling for importation, and/or selling within the U.S. after importation certain hand dryers and housings for hand dryers that infringe Excel’s trade dress.`,
    caseNumber: "337-TA-1015",
    stage: "initial-determination",
    complainants: ["Excel Dryer Inc."],
    respondents: ["Penson & Co.", "Taizhou Dihour Electrical Appliances Co. Ltd."],
  }),
  itc({
    id: "law-blog-644-not-to-review-default",
    source: "https://www.itcblog.com/816-itc-decides-not-to-review-initial-determination-in-certain-composite-wear-components-337-ta-644",
    title: "ITC Decides Not To Review Initial Determination In Certain Composite Wear Components (337-TA-644)",
    text: `On July 7, 2009, the International Trade Commission issued a notice determining not to review the May 8, 2009 Initial Determination (“ID”) issued by ALJ Theodore R. Essex in Certain Composite Wear Components and Products Containing Same (337-TA-644).

In the ID, ALJ Essex found respondents AIAE Engineering Limited and Vega Industries (collectively, “respondents”) in default under Commission Rule 210.16(a)(2) based on respondents failure to participate in discovery.

The notice also requests written submissions regarding the form of remedy, if any, that should be ordered.`,
    caseNumber: "337-TA-644",
    stage: "initial-determination",
    complainants: [],
    respondents: ["AIAE Engineering Limited", "Vega Industries"],
  }),
  itc({
    id: "fr-1270-review-final-id-no-violation",
    source: "http://federal.elaws.us/fr/4/11/2023/2023-07530",
    title:
      "Certain Casual Footwear and Packaging Thereof; Notice of a Commission Determination To Review in Part a Final Initial Determination Finding No Violation; Request for Written Submissions on the Issues Under Review, Remedy, Bonding, and the Public Interest",
    text: `SUMMARY:
Notice is hereby given that the U.S. International Trade Commission (“Commission”) has determined to review in part a final initial determination (“ID”) issued by the presiding administrative law judge (“ALJ”) finding no violation of section 337 and to solicit briefing from the parties on the issues under review, as well as briefing from the parties, interested government agencies, and any other interested parties on the issues of remedy, bonding, and the public interest.
SUPPLEMENTARY INFORMATION:
The Commission instituted this investigation on July 9, 2021, based on a complaint filed by Crocs, Inc. of Broomfield, Colorado (“Crocs”). 86 FR 36303–304 (July 9, 2021).`,
    caseNumber: null,
    stage: "initial-determination",
    complainants: ["Crocs, Inc."],
    respondents: [],
  }),
  itc({
    id: "zh-1220-traditional-regents-of-and-ikea-of-sweden",
    source: "http://m.mangmai.com.cn/article/myzc/2081.html",
    title: "美國對特定LED燈絲和含有它的產品(II)啟動337調查",
    text: `2020年9月29日,美國國際貿易委員會(ITC)投票決定對特定LED燈絲和含有它的產品(II)(Certain Filament Light-Emitting Diodes and ProductsContaining Same (II))啟動337調查(調查編碼:337-TA-1220)。
2020年8月31日,美國The Regents of the University of California of Oakland, CA向美國ITC提出337立案調查申請,主張對美出口、在美進口和在美銷售的該產品侵犯了其專利權(美國注冊專利號9,240,529、9,859,464、10,593,854、10,644,213、10,658,557),請求美國ITC發布有限排除令、禁止令。
美國General Electric Company of Boston, MA、美國Consumer Lighting (U.S.) LLC d/b/a GE Lighting of East Cleveland, OH、美國Savant Systems, Inc., of Hyannis, MA、美國Home Depot Product Authority, LLC, of Atlanta, GA、美國Home Depot U.S.A., Inc., of Atlanta, GA、美國The Home Depot, Inc., of Atlanta, GA、美國Feit Electric Company, Inc., of Pico Rivera, CA、美國Satco Products, Inc., of Brentwood, NY、瑞士IKEA Supply AG of Pratteln, Switzerland、美國IKEA U.S. Retail LLC of Conshohocken, PA、瑞典IKEA of Sweden AB of Almhult, Sweden為列名被告。`,
    caseNumber: "337-TA-1220",
    stage: "instituted",
    complainants: ["The Regents of the University of California"],
    respondents: [
      "General Electric Company",
      "Consumer Lighting (U.S.) LLC",
      "Savant Systems, Inc.",
      "Home Depot Product Authority, LLC",
      "Home Depot U.S.A., Inc.",
      "The Home Depot, Inc.",
      "Feit Electric Company, Inc.",
      "Satco Products, Inc.",
      "IKEA Supply AG",
      "IKEA U.S. Retail LLC",
      "IKEA of Sweden AB",
    ],
    locations: { "IKEA of Sweden AB": "Almhult, Sweden" },
  }),
  itc({
    id: "zh-1312-lenovo-chinese-name-and-latin",
    source: "https://vbnvbn.com/f/294671.html",
    title: "美国 ITC 对特定移动电子设备启动 337 调查,联想、摩托罗拉成列名被告",
    text: `IT之家 4 月 29 日消息,据中国贸易救济信息网,4 月 28 日,美国国际贸易委员会(ITC)投票决定对特定移动电子设备(Certain Mobile Electronic Devices)启动 337 调查(调查编码:337-TA-1312)。3 月 30 日,日本 Maxell, Ltd. of Japan 向美国 ITC 提出 337 立案调查申请,主张对美出口、在美进口和在美销售的该产品侵犯了其专利权(美国注册专利号 7,199,821、7,324,487、8,170,394、8,982,086、10,129,590、10,244,284),请求美国 ITC 发布有限排除令、禁止令。联想集团、美国 Lenovo (United States) Inc.、美国 Motorola Mobility LLC 为列名被告。美国国际贸易委员会将于立案后 45 天内确定调查结束期。`,
    caseNumber: "337-TA-1312",
    stage: "instituted",
    complainants: ["Maxell, Ltd."],
    respondents: ["联想集团", "Lenovo (United States) Inc.", "Motorola Mobility LLC"],
  }),
  itc({
    id: "zh-complaint-cholesterol-zhiding-yingsufang-addresses",
    source: "https://gdfairtrade.cn/sitecn/ajyj/info_1605.aspx?id=2008",
    title: "美国企业对涉华特定血液胆固醇测试条提起337调查申请",
    text: `2018年5月1日,美国Polymer Technology Systems, Inc.根据《美国1930年关税法》第337节规定向美国际贸易委员会提出申请,主张对美出口、在美进口及销售的特定血液胆固醇测试条(Blood Cholesterol Testing Strips)侵犯了其专利权。
本案申请方申请将以下企业列为指定应诉方:美国ACON Laboratories, Inc., San Diego, CA、中国浙江 ACON Biotech (Hangzhou) Co., Ltd., Hangzhou Zhejiang, China。`,
    caseNumber: null,
    stage: "complaint-received",
    complainants: ["Polymer Technology Systems, Inc."],
    respondents: ["ACON Laboratories, Inc.", "ACON Biotech (Hangzhou) Co., Ltd."],
  }),
  itc({
    id: "zh-flats-headline-no-names",
    kind: "near-miss",
    source: "https://m.163.com/dy/article_cambrian/JJH9P7CH05198CJN.html",
    title: "美国ITC对特定带彩色外底的女式平底鞋启动337调查",
    text: `财联社12月16日电,据中国贸易救济信息网,12月13日,美国国际贸易委员会(ITC)投票决定对特定带彩色外底的女式平底鞋启动337调查。`,
    caseNumber: null,
    stage: "instituted",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "zh-inovate-xiamen-single-respondent",
    source: "http://m.yc-ky.net/ycky/美国国际贸易委员会/10706126",
    title: "美国国际贸易委员会",
    text: `相关事件
2024年12月31日,美国InOvate Acquisition Company of Jupiter, Florida向美国ITC提出337立案调查申请,主张对美出口、在美进口和在美销售的该产品违反了美国337条款,请求美国ITC发布有限排除令、禁止令。中国福建厦门笛容特贸易有限公司为列名被告。`,
    caseNumber: null,
    stage: "complaint-received",
    complainants: ["InOvate Acquisition Company"],
    respondents: ["福建厦门笛容特贸易有限公司"],
  }),
  itc({
    id: "zh-chinanews-14-companies-count-only",
    kind: "near-miss",
    source: "http://usa.fjsen.com/2017-05/11/content_19506043.htm",
    title: "美对14家中国企业发起337调查",
    text: `中新社华盛顿5月10日电 美国国际贸易委员会10日宣布,对14家中国内地和香港企业在美销售的电子设备及其组件的特定可折叠插座发起“337调查”。 美国国际贸易委员会当天发表声明称,涉案产品系可以固定到移动设备上并作为可折叠手柄、支架等用处的附件,来自中国内地13家企业和1家香港企业。 据称,位于美国科罗拉多州的一家企业指控上述产品侵犯了该公司专利,要求美国国际贸易委员会发布排除令和禁止令。`,
    caseNumber: null,
    stage: "instituted",
    complainants: [],
    respondents: [],
    announced: 14,
  }),
  itc({
    id: "zh-zaobao-nine-companies-complainant-gongsi",
    kind: "near-miss",
    source: "https://www.zaobao.com.sg/realtime/china/story20210209-1123030",
    title: "美国对中美九家企业集成电路产品发起337调查",
    text: `中国商务部公布,中美两国九家企业对美出口、在美进口或在美销售的集成电路产品,被指侵犯一家美国公司的专利权,在美国受到调查。

商务部在官网上提到,美国国际贸易委员会(ITC)昨天(8日)对“集成电路及其产品(Certain Integrated Circuits and Products Containing the Same)”发起337调查。

中国商务部也说,该案申请人美国Tela Innovations 公司请求ITC发布有限排除令和禁止令。`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["Tela Innovations 公司"],
    respondents: [],
    announced: 9,
  }),
  itc({
    id: "zh-steel-default-list-bilingual-no-spaces",
    source: "http://www.wqcgm.cn/news/183587.html",
    title: "美國對特定進口自中國的碳合金鋼產品作出337調查部分終裁",
    text: `2016年10月14日,美國國際貿易委員會(ITC)發布公告稱,對特定進口自中國的碳合金鋼產品(certaincarbonandalloysteelproducts)作出337調查部分終裁:對該案行政法官于2016年9月14日作出的關于部分未出席應訴涉案企業的缺席初裁(OrderNo.32)不予復審。本次未出席應訴涉案企業如下:鞍山鋼鐵集團有限公司(AnshanIronandSteelGroup)、鞍山鋼鐵國際貿易有限公司(AngangGroupInternationalTradeCorporation)、鞍山集團香港分公司(AngangGroupHongKongCo.Ltd.)、武漢鋼鐵(集團)公司(WuhanIronandSteelGroupCorp)、武漢鋼鐵有限公司(WuhanIronandSteelCo.,Ltd.)、WISCOAmericaCo.,Ltd.、中國渤海鋼鐵集團(BohaiIronandSteelGroup)、EQmetal(Shanghai)Co.,Ltd.、KunshanXinbeiInternationalTradeCo.,Ltd.、TaianJNCIndustrialCo.,Ltd.、天津鋼管集團股份有限公司(TianjinPipe(Group)Corporation)、天津鋼管國際經濟貿易有限公司(TianjinPipeInternationalEconomic&TradingCorporation)、天津天鋼管業有限公司(TianjinTiangangGuanyeCo.,Ltd.)、TianjinXinhaiTradeCo.,Ltd.、天津市心蓮心鋼管有限公司(TianjinXinlianxinSteelPipeCo.,Ltd.)、TianjinXinyueIndustrialandTradeCo.,Ltd.、TPCOAmericaCorporation、TPCOEnterprise,Inc.、WuxiSunnyXinRuiScienceandTechnologyCo.,Ltd.、XianlinkunMaterials(SteelPipeSupplies)Co.,Ltd.。
2016年4月26日,美國U.S.SteelCorporation向美國ITC提出337立案調查申請。`,
    caseNumber: null,
    stage: "final-determination",
    complainants: ["U.S.SteelCorporation"],
    respondents: [
      "鞍山鋼鐵集團有限公司",
      "鞍山鋼鐵國際貿易有限公司",
      "鞍山集團香港分公司",
      "武漢鋼鐵(集團)公司",
      "武漢鋼鐵有限公司",
      "WISCOAmericaCo.,Ltd.",
      "渤海鋼鐵集團",
      "EQmetal(Shanghai)Co.,Ltd.",
      "KunshanXinbeiInternationalTradeCo.,Ltd.",
      "TaianJNCIndustrialCo.,Ltd.",
      "天津鋼管集團股份有限公司",
      "天津鋼管國際經濟貿易有限公司",
      "天津天鋼管業有限公司",
      "TianjinXinhaiTradeCo.,Ltd.",
      "天津市心蓮心鋼管有限公司",
      "TianjinXinyueIndustrialandTradeCo.,Ltd.",
      "TPCOAmericaCorporation",
      "TPCOEnterprise,Inc.",
      "WuxiSunnyXinRuiScienceandTechnologyCo.,Ltd.",
      "XianlinkunMaterials(SteelPipeSupplies)Co.,Ltd.",
    ],
  }),
  itc({
    id: "law-blog-1057-noi-bullets",
    source: "https://www.lexology.com/library/detail.aspx?g=d1339311-3d34-4138-89a6-e64a5a73fd16",
    title: "ITC institutes investigation in Certain Robotic Vacuum Cleaning Devices (337-TA-1057)",
    text: `On May 17, 2017, the U.S. International Trade Commission (“Commission”) issued a press release announcing their vote to institute an investigation of Certain Robotic Vacuum Cleaning Devices and Components Thereof Such As Spare Parts (Inv. No. 337-TA-1057).

By way of background, this investigation is based on an April 18, 2017 complaint filed by iRobot Corp. of Bedford, Massachusetts alleging violation of Section 337 by way of unlawful importation into the U.S., selling for importation, and/or selling within the U.S. after importation of certain robotic vacuum cleaning devices and components thereof such as spare parts that infringe one or more claims of U.S. Patent Nos. 6,809,490; 7,155,308; 8,474,090; 8,600,553; 9,038,233; and 9,486,924.

According to the Notice of Investigation, the Commission has identified the following as the respondents in this matter:

  • Bissell Homecare, Inc. of Grand Rapids, Michigan
  • Hoover Inc. of Glenwillow, Ohio
  • Royal Appliance Manufacturing Co. Inc. d/b/a TTI Floor Care North America, Inc. of Glenwillow, Ohio
  • Bobsweep, Inc. of Canada
  • Bobsweep USA of Henderson, Nevada
  • The Black & Decker Corporation of Towson, Maryland
  • Black & Decker (U.S.) Inc. of Towson, Maryland
  • Shenzhen ZhiYi Technology Co., Ltd. d/b/a iLife of China
  • Matsutek Enterprises Co., Ltd. of Taiwan
  • Suzhou Real Power Electric Appliance Co., Ltd. of China
  • Shenzhen Silver Star Intelligent Technology Co., Ltd. of China

The Notice of Investigation further indicates that the Office of Unfair Import Investigations will not participate as a party in the investigation.`,
    caseNumber: "337-TA-1057",
    stage: "instituted",
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
  }),
  itc({
    id: "commentary-1057-inv-number-short-and-brand-names",
    knownGap: '"Inv. 1057" is not read as 337-TA-1057; brand names in commentary prose ("Original respondents included Hoover, iLife") are not read',
    source: "https://www.rstreet.org/commentary/2018-12-12-final-determination-robotic-vacuum-cleaning-devices/",
    title: "Final Determination in Robotic Vacuum Cleaning Devices",
    text: `On November 30, the ITC issued a Final Determination in Robotic Vacuum Cleaning Devices (Inv. 1057) upholding the ALJ’s finding of violation and issuing exclusion orders and cease and desist orders against all remaining respondents.

Complainant iRobot makes the popular Roomba brand of robot vacuums and holds a number of patents related to that technology.  Original respondents included Hoover, iLife, Black & Decker, Bissell, and a number of Chinese manufacturers.  Due to a series of settlements, however, Black & Decker, Bissel, and iLife were dropped from the investigation.`,
    caseNumber: "337-TA-1057",
    stage: "exclusion-order",
    complainants: ["iRobot"],
    respondents: ["Hoover", "iLife", "Black & Decker", "Bissell"],
  }),
  itc({
    id: "law-blog-1252-four-sharkninja-respondents",
    knownGap: 'respondents in "alleging a violation of Section 337 by four SharkNinja respondents …, EP Midco LLC …" are not read',
    source: "https://www.mondaq.com/unitedstates/patent/1041970/itc-institutes-investigation-337-ta-1252-in-certain-robotic-floor-cleaning-devices-",
    title: "ITC Institutes Investigation (337-TA-1252) In Certain Robotic Floor Cleaning Devices",
    text: `On February 26, 2021, the ITC issued a Notice of Investigation in Certain Robotic Floor Cleaning Devices and Components Thereof (Inv. No. 337-TA-1252).

By way of background, this investigation is based on a January 28, 2021 complaint filed by iRobot Corporation of Bedford, Massachusetts ("iRobot") alleging a violation of Section 337 by four SharkNinja respondents based in Needham, Massachusetts, EP Midco LLC of Needham, Massachusetts, and SharkNinja Hong Kong Co. Ltd (collectively, "Respondents") in the unlawful importation and sale in the U.S. of certain robotic floor cleaning devices and components thereof.

iRobot is requesting that the Commission issue a permanent limited exclusion order and a permanent cease and desist order directed to Respondents.`,
    caseNumber: "337-TA-1252",
    stage: "instituted",
    complainants: ["iRobot Corporation"],
    respondents: ["EP Midco LLC", "SharkNinja Hong Kong Co. Ltd"],
  }),
  itc({
    id: "usitc-news-1157-store-and-person-with-company",
    knownGap: 'a store or person name before the company in one entry ("Xunyun, Jiaxing Xunyung Imp & Exp Co. Ltd.") is kept as part of the name',
    source: "https://www.usitc.gov/keywords/section-337?page=20",
    title: "USITC Institutes Section 337 Investigation of Certain Female Fashion Dresses, Jumpsuits, Maxi Dresses, and Accoutrements",
    text: `The investigation is based on a complaint filed by Style Pantry LLC of Beverly Hills, CA, on March 20, 2019. An amended complaint was filed on April 24, 2019. The complaint, as amended, alleges violations of section 337 of the Tariff Act of 1930 based upon the importation and sale of certain female fashion dresses, jumpsuits, maxi skirts, and accoutrements by reason of false designation, false description, dilution, and obtaining sales by false claim of association, the threat or effect of which is to destroy or substantially injure an industry in the United States. The complainant requests that the USITC issue a general exclusion order, or in the alternative a limited exclusion order, and cease and desist orders.
The USITC has identified the following as respondents in this investigation:
Amazon.com Inc. of Seattle, WA;
Xunyun, Jiaxing Xunyung Imp & Exp Co. Ltd., of Zhejiang, China; and
Jianzhang Liao, Pinkqueen Apparel Inc., of Xiaman, China.
By instituting this investigation (337-TA-1157), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1157",
    stage: "instituted",
    complainants: ["Style Pantry LLC"],
    respondents: ["Amazon.com Inc.", "Jiaxing Xunyung Imp & Exp Co. Ltd.", "Pinkqueen Apparel Inc."],
  }),
  itc({
    id: "usitc-news-1179-korean-complainant-two-respondents",
    source: "https://www.usitc.gov/keywords/usitc?page=58",
    title:
      "USITC Institutes Section 337 Investigation of Certain Pouch-Type Battery Cells, Battery Modules, and Battery Packs, Components Thereof, and Products Containing the Same",
    text: `News Release 19-100
Inv. No(s). 337-TA-1179
The investigation is based on a complaint filed by SK Innovation Co., Ltd., of Seoul, Republic of Korea, and SK Battery America, Inc., of Atlanta, GA, on September 3, 2019. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain pouch-type battery cells, battery modules, and battery packs, components thereof, and products containing the same that infringe a patent asserted by the complainants. The complainants request that the USITC issue a limited exclusion order and cease and desist orders.
The USITC has identified the following as respondents in this investigation:
LG Chem, Ltd., of Seoul, Republic of Korea; and
LGChem Michigan, Inc., of Holland, MI.
By instituting this investigation (337-TA-1179), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1179",
    stage: "instituted",
    complainants: ["SK Innovation Co., Ltd.", "SK Battery America, Inc."],
    respondents: ["LG Chem, Ltd.", "LGChem Michigan, Inc."],
  }),
  itc({
    id: "usitc-news-1286-chinese-complainant-dba-aka-chain",
    source: "https://usitc.gov/keywords/trademark-infringement?page=1",
    title: "USITC Institutes Section 337 Investigation of Certain Oil-Vaping Cartridges, Components Thereof, and Products Containing the Same",
    text: `News Release 21-126
Inv. No(s). 337-TA-1286
The investigation is based on a complaint filed by Shenzhen Smoore Technology Limited of Bao’an District, Shenzhen, China, on October 4, 2021. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain oil-vaping cartridges, components thereof, and products containing the same that infringe patents and a registered trademark asserted by the complainant. The complainant requests that the USITC issue a limited exclusion order and cease and desist orders.
The USITC has identified the following as the respondents this investigation:
BBTank USA, LLC, of Lambertville, MI;
Glo Extracts of Los Angeles, CA;
BulkCarts.com of Canton, MI;
Greenwave Naturals LLC of Austin, TX;
BoldCarts.com of Tempe, AZ;
Bold Crafts, Inc., of Irvine, CA;
Blinc Group Holdings, LLC, of New York, NY;
Jonathan Ray Carfield d/b/a AlderEgo Wholesale, AlderEgo Holdings, Inc, and AlderEgo Group Limited a/k/a AVID Holdings Limited of Shenzhen, Guangdong, China;
Hanna Carfield of Tacoma, WA;
Next Level Ventures, LLC, of Seattle, WA;
Advanced Vapor Devices, LLC, of Los Angeles, CA;
avd710.com of Seattle, WA;
AlderEgo Group Limited (“AEG”) of Hong Kong;
A&A Global Imports, Inc., d/b/a Marijuana Packaging of Vernon, CA;
Bulk Natural, LLC d/b/a True Terpenes of Portland, OR;
Brand King, LLC, of Sacramento, CA;
ZTCSMOKE USA Inc. of Niceville, FL;
headcandysmokeshop.com of Richmond, BC, Canada;
Head Candy Enterprise Ltd. of Vancouver, BC, Canada;
Green Tank Technologies Corp. of Toronto, ON, Canada;
Cannary Packaging Inc. of Kelowna, BC, Canada;`,
    caseNumber: "337-TA-1286",
    stage: "instituted",
    complainants: ["Shenzhen Smoore Technology Limited"],
    respondents: [
      "BBTank USA, LLC",
      "Glo Extracts",
      "BulkCarts.com",
      "Greenwave Naturals LLC",
      "BoldCarts.com",
      "Bold Crafts, Inc.",
      "Blinc Group Holdings, LLC",
      "Jonathan Ray Carfield",
      "Hanna Carfield",
      "Next Level Ventures, LLC",
      "Advanced Vapor Devices, LLC",
      "avd710.com",
      "AlderEgo Group Limited",
      "A&A Global Imports, Inc.",
      "Bulk Natural, LLC",
      "Brand King, LLC",
      "ZTCSMOKE USA Inc.",
      "headcandysmokeshop.com",
      "Head Candy Enterprise Ltd.",
      "Green Tank Technologies Corp.",
      "Cannary Packaging Inc.",
    ],
    aliases: {
      "Jonathan Ray Carfield": ["AlderEgo Wholesale", "AlderEgo Holdings, Inc", "AlderEgo Group Limited", "AVID Holdings Limited"],
      "A&A Global Imports, Inc.": ["Marijuana Packaging"],
      "Bulk Natural, LLC": ["True Terpenes"],
    },
  }),
  itc({
    id: "usitc-news-1009-peoples-republic-no-apostrophe",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=83",
    title: "USITC Institutes Section 337 Investigation of Certain Inflatable Products with Tensioning Structures and Processes for Making the Same",
    text: `June 20, 2016
News Release 16-075
Inv. No(s). 337-TA-1009
The investigation is based on a complaint filed by Intex Recreation Corp. of Long Beach, CA, and Intex Marketing Ltd. of Road Town, Tortola, British Virgin Islands, on May 19, 2016.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain inflatable products and processes for making the same that infringe patents asserted by the complainants.  The complainants request that the USITC issue a limited exclusion order and a cease and desist order.

The USITC has identified the following as respondents in this investigation:

Bestway (USA) Inc. of Phoenix, AZ;
Bestway Global Holdings, Inc., of Shanghai, Peoples Republic of China;
Bestway (Hong Kong) Intemational, Ltd., of Kowloon, Hong Kong;
Bestway Inflatables & Materials Corporation of Shanghai, Peoples Republic of China; and
Bestway (Nantong) Recreation Corp. of Nantong, Jiangsu, Peoples Republic of China.

By instituting this investigation (337-TA-1009), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1009",
    stage: "instituted",
    complainants: ["Intex Recreation Corp.", "Intex Marketing Ltd."],
    respondents: [
      "Bestway (USA) Inc.",
      "Bestway Global Holdings, Inc.",
      "Bestway (Hong Kong) Intemational, Ltd.",
      "Bestway Inflatables & Materials Corporation",
      "Bestway (Nantong) Recreation Corp.",
    ],
    locations: { "Bestway Global Holdings, Inc.": "Shanghai, Peoples Republic of China" },
  }),
  itc({
    id: "fed-circuit-1199-collectively-lists",
    knownGap: 'an appeal caption ("Philip Morris v. ITC") wins over "respondents X, Y, and Z (collectively …)" in the body',
    source: "http://fredericborel.blogspot.com/search/label/ITC",
    title: "U.S. Court of Appeals for the Federal Circuit, Philip Morris v. ITC, Docket No. 2022-1227",
    text: `Appeal from the United States International Trade Commission in Investigation No. 337-TA-1199.

RAI Strategic Holdings, Inc., R.J. Reynolds Vapor Company, and R.J. Reynolds Tobacco Company (collectively “Reynolds”) filed a complaint at the International Trade Commission alleging that respondents Philip Morris Products S.A., Philip Morris USA, Inc., and Altria Client Services LLC (collectively “Philip Morris”) violated Section 337 of the Tariff Act of 1930, 19 U.S.C. § 1337, through the importation and sale of tobacco products that infringed certain claims of U.S. Patent Nos. 9,901,123 and 9,930,915. After conducting a Section 337 investigation, the Commission barred Philip Morris and its affiliates from importing products infringing the asserted patents.`,
    caseNumber: "337-TA-1199",
    stage: "exclusion-order",
    complainants: ["RAI Strategic Holdings, Inc.", "R.J. Reynolds Vapor Company", "R.J. Reynolds Tobacco Company"],
    respondents: ["Philip Morris Products S.A.", "Philip Morris USA, Inc.", "Altria Client Services LLC"],
  }),
  itc({
    id: "zh-toner-33-companies-count-only",
    kind: "near-miss",
    source: "https://m.fx361.cc/news/2016/0322/1417423.html",
    title: "美国对中美硒鼓产品发起“337调查”",
    text: `6月6日,美国国际贸易委员会宣布,对中美33家企业在美销售的部分硒鼓产品及其组件发起“337调查”。根据有关程序,美国国际贸易委员会在启动“337调查”后,必须在45日内确定终裁的目标时间,并尽快完成调查。如果涉案企业被裁定违反了337条款,美国国际贸易委员会将发布相关产品的排除令和禁止令,这意味着涉案产品将彻底丧失进入美国市场的资格。`,
    caseNumber: null,
    stage: "instituted",
    complainants: [],
    respondents: [],
    announced: 33,
  }),
  {
    id: "court-schedule-a-nba-six-plaintiffs-caption",
    kind: "real",
    source: "https://docslib.org/doc/10595223/in-the-united-states-district-court-for-the-northern-district-of-illinois-eastern-division",
    title: "NBA Properties, Inc. et al. v. The Partnerships and Unincorporated Associations Identified on Schedule A",
    text: `Case: 1:16-cv-11117 Document #: 1 Filed: 12/06/16 Page 1 of 37 PageID #:1

IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ILLINOIS EASTERN DIVISION

NBA PROPERTIES, INC., MLB ADVANCED ) MEDIA, L.P., MAJOR LEAGUE BASEBALL ) Case No. 16-cv-11117 PROPERTIES, INC., NHL ENTERPRISES, ) L.P., COLLEGIATE LICENSING COMPANY, ) LLC, and AUBURN UNIVERSITY, ) ) Plaintiff, ) ) v. ) ) THE PARTNERSHIPS and ) UNINCORPORATED ASSOCIATIONS ) IDENTIFIED ON SCHEDULE “A,” ) )

COMPLAINT

Plaintiffs NBA Properties, Inc. (“NBAP”), MLB Advanced Media, L.P. ("MLBAM"),
Major League Baseball Properties, Inc. (“MLBP”), NHL Enterprises, L.P. (“NHLE”), Collegiate
Licensing Company, LLC (“CLC”), and Auburn University (“Auburn”), collectively
“Plaintiffs,” hereby bring the present action against the Partnerships and Unincorporated
Associations identified on Schedule A attached hereto (collectively, “Defendants”) and allege as follows:`,
    expect: {
      caseType: "schedule-a-tro",
      jurisdiction: "US",
      caseNumber: "1:16-cv-11117",
      stage: null,
      complainants: [
        "NBA Properties, Inc.",
        "MLB Advanced Media, L.P.",
        "Major League Baseball Properties, Inc.",
        "NHL Enterprises, L.P.",
        "Collegiate Licensing Company, LLC",
        "Auburn University",
      ],
      respondents: [],
    },
  },
  {
    id: "court-schedule-a-commentary-caption-pships",
    kind: "real",
    source: "https://production.jdsupra.com/legalnews/ndil-hits-pause-schedule-a-suits-face-9862860",
    title: "NDIL Hits Pause: Schedule A Suits Face Scrutiny",
    text: `R Corp. v. P’ships & Unincorporated Ass’ns Identified in Schedule A, Case No. 1:25-cv-06337 (N.D. Ill. June 9, 2025)
The Northern District of Illinois (“NDIL”) has been a hotbed for “Schedule A” litigation—a legal tactic often used by intellectual property (“IP”) owners to crack down on online counterfeiters by filing a single complaint against sometimes hundreds of alleged defendants. NDIL Judge John Kness, however, recently stayed dozens of Schedule A cases while the court considers whether Schedule A litigation is an appropriate procedure and an exercise of sound judicial discretion.`,
    expect: { caseType: "schedule-a-tro", jurisdiction: "US", caseNumber: "1:25-cv-06337", stage: null, complainants: ["R Corp."], respondents: [] },
  },
  {
    id: "near-miss-ad-review-mandatory-respondent-cosco",
    kind: "near-miss",
    source: "https://www.govinfo.gov/content/pkg/FR-2019-04-16/html/2019-07542.htm",
    title:
      "Aluminum Extrusions From the People's Republic of China: Preliminary Results of Antidumping Duty Administrative Review and Rescission of Review, in Part; 2017-2018",
    text: `DEPARTMENT OF COMMERCE
International Trade Administration
[A-570-967]
SUMMARY: The Department of Commerce (Commerce) preliminarily determines
that producers and/or exporters subject to this administrative review
made sales of subject merchandise at less than normal value during the
period of review (POR), May 1, 2017, through April 30, 2018.
On December 3, 2018, we
selected Cosco (J.M.) Aluminum Co., Ltd. (Cosco) as the sole producer
or exporter eligible for individual examination as a mandatory
respondent in this administrative review.`,
    expect: NONE,
  },
  {
    id: "near-miss-ad-new-shipper-request-from-xingda",
    kind: "near-miss",
    source:
      "https://regulations.justia.com/regulations/fedreg/agencies/department-of-commerce/international-trade-administration/2007/09?max-day=31&min-day=1&registers=between",
    title: "Certain Preserved Mushrooms from the People's Republic of China: Initiation of New Shipper Review",
    text: `The Department of Commerce (\`\`the Department'') has received a request from Dujiangyan Xingda Foodstuff Co., Ltd. (\`\`Xingda''), a producer and exporter of preserved mushrooms, to conduct a new shipper review (\`\`NSR'') of the antidumping duty order on certain preserved mushrooms from the People's Republic of China (\`\`PRC''). Since this request meets the statutory and regulatory requirements for initiation, the Department is initiating a NSR of Xingda, in accordance with section 751(a)(2)(B) of the Tariff Act of 1930, as amended (\`\`the Act''), and 19 CFR 351.214(d).`,
    expect: NONE,
  },
  {
    id: "near-miss-ad-court-decision-goodman-garlic",
    kind: "near-miss",
    source: "https://thefederalregister.org/82-FR/33047",
    title:
      "Fresh Garlic From the People's Republic of China: Notice of Court Decision Not in Harmony With Final Rescission and Notice of Amended Final Results",
    text: `On May 26, 2017, the Court of International Trade (the CIT) sustained the Department of Commerce's (the Department) final remand results pertaining to the new shipper review of the antidumping duty order on fresh garlic from the People's Republic of China (PRC) for Shijiazhuang Goodman Trading Co., Ltd. (Goodman). The Department is notifying the public that the final judgment in this case is not in harmony with the final rescission of the new shipper review and that the Department has found Goodman eligible for a new shipper review resulting in an individually-determined dumping margin of $0.08/kg.`,
    expect: NONE,
  },
  {
    id: "near-miss-ad-solar-two-mandatory-respondents",
    kind: "near-miss",
    source: "https://thefederalregister.org/82-FR/12802",
    title:
      "Certain Crystalline Silicon Photovoltaic Products From Taiwan: Preliminary Results of Antidumping Duty Administrative Review and Partial Rescisssion of Antidumping Duty Administrative Review; 2014-2016",
    text: `The Department of Commerce (\`\`the Department'') is conducting an administrative review of the antidumping duty order on certain crystalline silicon photovoltaic products (solar products) from Taiwan. The period of review (\`\`POR'') is July 31, 2014, through January 31, 2016. This administrative review covers 14 exporters of the subject merchandise, including two mandatory respondents, Motech Industries, Inc. (\`\`Motech'') and Sino-American Silicon Products Inc. (\`\`SAS''). The Department preliminarily determines SAS and Motech made sales of subject merchandise at less than normal value during the POR. Additionally, we are rescinding this administrative review with respect to 18 companies that timely withdrew their request for administrative review.`,
    expect: NONE,
  },
  {
    id: "near-miss-ad-psf-zhaoqing-tifo",
    kind: "near-miss",
    source: "https://thefederalregister.org/83-FR/64330",
    title:
      "Certain Polyester Staple Fiber From the People's Republic of China: Notice of Court Decision Not in Harmony With Final Results of Antidumping Duty Administrative Review and Notice of Amended Final Results of Antidumping Duty Administrative Review",
    text: `On November 30, 2018, the United States Court of International Trade (CIT or the Court) sustained the final results of redetermination pertaining to the antidumping duty (AD) administrative review of certain polyester staple fiber (PSF) from the People's Republic of China (China) for the period of review (POR) June 1, 2010, through May 31, 2011. The Department of Commerce (Commerce) is notifying the public that the final judgment in this case is not in harmony with the final results of the AD administrative review of the antidumping duty order on PSF from China and that Commerce is amending the final results with respect to the AD cash deposit rate assigned to Zhaoqing Tifo New Fibre Co., Ltd (Zhaoqing Tifo).`,
    expect: NONE,
  },
  {
    id: "near-miss-cit-candle-artisans-v-usitc",
    kind: "near-miss",
    source: "http://ecases.us/case/cit/c1527595/candle-artisans-inc-v-united-states-international-trade-commission",
    title: "Candle Artisans, Inc. v. United States International Trade Commission, 29 Ct. Int'l Trade 145 (2005)",
    text: `CANDLE ARTISANS, INC., Plaintiff,
v.
UNITED STATES INTERNATIONAL TRADE COMMISSION, Deanna Tanner Okun, Chairman, and United States Bureau of Customs and Border Protection, Robert C. Bonner, Commissioner, Defendants.
Slip Op. 05-17, Court No. 03-00538.
United States Court of International Trade.
In this action, Plaintiff alleges that Defendants unlawfully deprived it of its share of 2001 and 2002 distributions under the Continued Dumping and Subsidy Offset Act of 2000. 19 U.S.C. § 1675c (2000) ("Byrd Amendment" or "the Act").`,
    expect: NONE,
  },
  itc({
    id: "fr-418-were-named-as-respondents-after-list",
    source: "https://www.govinfo.gov/content/pkg/FR-1999-04-27/html/99-10535.htm",
    title:
      "In the Matter of Certain Rodent Bait Stations and Components Thereof; Notice of Commission Determination Not To Review an Initial Determination Terminating the Investigation Based on Withdrawal of the Complaint",
    text: `INTERNATIONAL TRADE COMMISSION
[Inv. No. 337-TA-418]
SUMMARY: Notice is hereby given that the U.S. International Trade
Commission has determined not to review the initial determination (ID)
of the presiding administrative law judge (ALJ) terminating the above-
captioned investigation without prejudice on the basis of complainant's
withdrawal of its complaint.
SUPPLEMENTARY INFORMATION: The Commission instituted this investigation
on January 25, 1999 (64 FR 3716) based on a complaint filed by Bell
Laboratories, Inc. (Bell), of Madison, Wisconsin. Aegis Research Ltd.
of the United Kingdom and Aegis Research Ltd., U.S. of Delaware
(collectively, Aegis) were named as respondents.
    On February 26, 1999, Bell and Aegis filed a joint motion to
terminate the investigation based on withdrawal of the complaint
without prejudice.`,
    caseNumber: "337-TA-418",
    stage: "terminated",
    complainants: ["Bell Laboratories, Inc."],
    respondents: ["Aegis Research Ltd.", "Aegis Research Ltd., U.S."],
  }),
  {
    id: "court-analysis-wuyishi-dba-v-eagle-fan",
    kind: "real",
    source: "https://ai-lab.exparte.com/case/dct/ilnd/1:24-cv-07144/doc/analysis/82",
    title: "1:24-cv-07144 Shenzhen Wuyishi Technology Co Ltd v. Eagle Fan",
    text: `DCT
1:24-cv-07144
Shenzhen Wuyishi Technology Co Ltd v. Eagle Fan
Key Events
Amended Complaint
I. Executive Summary and Procedural Information
- Parties & Counsel:
- Plaintiff: Shenzhen Wuyishi Technology Co., Ltd. d/b/a JS Digital US (China)
- Defendant: Eagle Fan (Taiwan)
- Case Identification: 1:24-cv-07144, N.D. Ill., 12/31/2025
- Core Dispute: Plaintiff alleges that Defendant committed tortious interference with its contractual relationship with Amazon by knowingly lodging a baseless patent infringement complaint against Plaintiff's product, causing Amazon to remove the product listing.`,
    expect: {
      caseType: "us-district-court",
      jurisdiction: "US",
      caseNumber: "1:24-cv-07144",
      stage: null,
      complainants: ["Shenzhen Wuyishi Technology Co., Ltd."],
      respondents: ["Eagle Fan"],
    },
  },
  {
    id: "court-analysis-weiwei-v-anji-declaratory",
    kind: "real",
    source: "https://ai-lab.exparte.com/case/dct/txnd/3:24-cv-02237/doc/analysis/1",
    title: "3:24-cv-02237 Shenzhen Weiwei Technology Co Ltd v. Anji Hengjian Smart Home Technology Co Ltd",
    text: `DCT
3:24-cv-02237
Shenzhen Weiwei Technology Co Ltd v. Anji Hengjian Smart Home Technology Co Ltd
Key Events
Complaint
I. Executive Summary and Procedural Information
  • Case Identification: 3:24-cv-02237, N.D. Tex., 08/30/2024
  • Core Dispute: Plaintiffs seek a declaratory judgment that Defendant's design patent for a chair is invalid due to pre-existing prior art and is not infringed by Plaintiffs' swivel chair products.
  • Key Procedural History: The complaint states that this lawsuit was precipitated by infringement complaints filed by the Defendant with Amazon.com, which resulted in the delisting of Plaintiffs' products.`,
    expect: {
      caseType: "us-district-court",
      jurisdiction: "US",
      caseNumber: "3:24-cv-02237",
      stage: null,
      complainants: ["Shenzhen Weiwei Technology Co Ltd"],
      respondents: ["Anji Hengjian Smart Home Technology Co Ltd"],
    },
  },
  {
    id: "court-analysis-shandong-yunxiang-v-huang",
    kind: "real",
    source: "https://ai-lab.exparte.com/case/dct/cand/4:25-cv-01298/doc/analysis/51",
    title: "4:25-cv-01298 Shandong Yunxiang Century Intelligent Technology Co Ltd v. Huang",
    text: `DCT
4:25-cv-01298
Shandong Yunxiang Century Intelligent Technology Co Ltd v. Huang
Key Events
Amended Complaint
I. Executive Summary and Procedural Information
  • Case Identification: 4:25-cv-01298, N.D. Cal., 12/01/2025
  • Venue Allegations: Plaintiffs allege venue is proper because the Defendant, a Chinese citizen with no U.S. residence, purposefully directed patent enforcement activities toward California by submitting infringement complaints to Amazon.com.
  • Core Dispute: Plaintiffs seek a declaratory judgment that their gel seat cushion products do not infringe Defendant’s design patent.`,
    expect: {
      caseType: "us-district-court",
      jurisdiction: "US",
      caseNumber: "4:25-cv-01298",
      stage: null,
      complainants: ["Shandong Yunxiang Century Intelligent Technology Co Ltd"],
      respondents: ["Huang"],
    },
  },
  itc({
    id: "zh-1183-zhongzhi-liangjia-non-served-respondents",
    knownGap: "终止对中国浙江X、中国湖南Y这两家…的调查: the termination lead-in with province prefixes and a count is not read",
    source: "http://m.mangmai.com.cn/article/myzc/1471.html",
    title: "美國ITC發布對可重復使用折疊式吸管及其組件的337部分終裁",
    // The page's pinyin ruby annotations ("國(guó)") are left out.
    text: `2020年3月9日,美國國際貿易委員會(ITC)發布公告稱,對特定可重復使用折疊式吸管及其組件(Certain Foldable Reusable Drinking Straws andComponents Thereof,調查編碼:337-TA-1183)作出337調查部分終裁:對本案行政法官于2020年2月13日作出的初裁(No. 7)不予復審,即基于申請方撤回,終止對中國浙江Ningbo Weixu International Trade Co., Ltd., China、中國湖南Hunan Jiudi Shiye Import and Export Trading Co., Ltd., China這兩家未回答應訴方(non-served respondents)的調查。
2019年11月6日,美國國際貿易委員會(ITC)投票決定對特定可重復使用折疊式吸管及其組件(Certain Foldable Reusable Drinking Straws andComponents Thereof)啟動337調查(調查編碼:337-TA-1183)。
2019年10月9日,美國The Final Co. LLC of Santa Fe, New Mexico向美國ITC提出337立案調查申請,主張對美出口、在美進口和在美銷售的該產品侵犯了其專利權(美國注冊專利號10123641),請求美國ITC發布普遍排除令、禁止令。`,
    caseNumber: "337-TA-1183",
    stage: "initial-determination",
    complainants: ["The Final Co. LLC"],
    respondents: ["Ningbo Weixu International Trade Co., Ltd.", "Hunan Jiudi Shiye Import and Export Trading Co., Ltd."],
  }),
  itc({
    id: "zh-water-filters-deng-7-jia-two-named",
    source: "https://daoerda.com/html/note-204560.html",
    title: "美國對我輸美凈水器及其組件發起337調查",
    text: `2018年7月27日,美國際貿易委員會(ITC)決定對我輸美凈水器及其組件(Certain Water Filters and Components Thereof)發起337調查。該調查由美國Electrolux Home Products公司和KX Technologies公司于6月8日依據《美國1930年關稅法》第337節規定向ITC提出,指控中國企業對美出口、在美進口或在美銷售的上述產品侵犯其專利權,請求ITC發布普遍排除令或有限排除令和禁止令。深圳市家樂士凈水科技有限公司、寧波市海曙碧純凈水科技有限公司等7家中國企業為列名被告。`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["Electrolux Home Products公司", "KX Technologies公司"],
    respondents: ["深圳市家樂士凈水科技有限公司", "寧波市海曙碧純凈水科技有限公司"],
    announced: 7,
  }),
  {
    id: "eu-customs-hamburg-dortmund-seizures-from-china",
    kind: "real",
    source: "https://www.karg-und-petersen.de/anti-piracy-analyst/en/large-scale-seizures-and-raids-in-europe-and-the-usa/",
    title: "Large-scale seizures and raids in Europe and the USA",
    text: `Hamburg customs seizes counterfeit toys and textiles
Customs investigators in Hamburg have prevented the import of around 14,600 counterfeit toys and textiles. Officials discovered the counterfeits during routine inspections of containers, which originated in China and were to be transported onward from Hamburg to other EU member states, such as Poland. Among others, the officials seized some 5,700 yo-yos and more than 1,300 toys for toddlers that illicitly carried illustrations of well-known animated films, including some of the NBC Universal and Disney brands. Officials also confiscated some 1,600 counterfeit scarves that unlawfully carried the trademark of luxury goods manufacturer Gucci.
Customs stops hundreds of kilos of counterfeit cell phone accessories
As has now been released, customs officials in Dortmund seized around 9,000 counterfeit cell phone screen covers back in mid-December, when the products were declared for import into Germany.`,
    expect: { caseType: "eu-customs-detention", jurisdiction: "EU", caseNumber: null, stage: null, complainants: [], respondents: [] },
  },
  {
    id: "eu-customs-vienna-aid-delivery-from-hong-kong",
    kind: "real",
    source: "https://www.karg-und-petersen.de/anti-piracy-analyst/en/customs-seizures-europol-online-trade-news-in-brief/",
    title: "Customs seizures, Europol, online trade – news in brief",
    text: `Fakes disguised as alledged Ukraine aid delivery
In mid-September, customs from Austria intercepted a shipment of 168 boxes enroute from Hong Kong at Vienna Airport, containing nearly 6,500 counterfeit products. The shipment, weighing more than two tonnes, was camouflaged as an alleged aid delivery for the Ukraine. Based on a tip-off and on the suspicious route and packaging method, Austrian customs officials intercepted the shipment. In the cartons, they found hundreds of fake earphones, counterfeit clothing and accessories, as well as counterfeit sports shoes or watches, for example.`,
    expect: { caseType: "eu-customs-detention", jurisdiction: "EU", caseNumber: null, stage: null, complainants: [], respondents: [] },
  },
  {
    id: "near-miss-eu-customs-application-explainer",
    kind: "near-miss",
    source: "https://belastingdienst.nl/wps/wcm/connect/bldcontenten/belastingdienst/customs/safety_health_economy_and_environment/economy/counterfeit_goods",
    title: "Counterfeit goods",
    text: `It is prohibited to import counterfeit goods.
For owners of an intellectual property right
If you own an intellectual property right to a product, nobody may copy that product unless you have given your explicit permission for doing so. If you suspect that your intellectual property right is being or will be infringed upon in the Netherlands or in another Member State of the EU, you may ask Customs to take measures to stop that infringement.
If Customs approves your request, and Customs encounters the goods that your describe in your request during an inspection, Customs will stop those goods.`,
    expect: NONE,
  },
  itc({
    id: "usitc-news-1443-on-behalf-of-bullets-city-comma",
    source: "https://www.usitc.gov/keywords/section-337?page=1",
    title:
      "USITC Institutes Section 337 Investigation of Certain Foreign-Fabricated Semiconductor Devices, Products Containing the Same, and Components Thereof",
    text: `March 21, 2025
News Release 25-038
Inv. No(s). 337-TA-1443
The investigation is based on a complaint filed on behalf of Longitude Licensing Ltd. of Dublin, Ireland, and Marlin Semiconductor Limited of Dublin, Ireland, on February 18, 2025. The complaint was supplemented on February 21, 2025, and March 10, 2025. The complaint, as supplemented, alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain foreign-fabricated semiconductor devices, products containing the same, and components thereof that infringe patents asserted by the complainants. The complainants request that the USITC issue a limited exclusion order and cease and desist orders. 

The USITC has identified the following respondents in this investigation:

  • Apple Inc., Cupertino, Calif.
  • Broadcom Inc., Palo Alto, Calif.
  • Lenovo Group Limited, Quarry Bay, Hong Kong
  • Motorola Mobile Communication Technology Ltd, Xiamen, China
  • Motorola (Wuhan) Mobility Technologies Communication Company Limited, Wuhan, China 
  • OnePlus Technology (Shenzhen) Co., LTD., Shenzhen, China
  • Taiwan Semiconductor Manufacturing Company Limited, Hsinchu, Taiwan
  • Qualcomm Inc., San Diego, Calif.

By instituting this investigation (337-TA-1443), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1443",
    stage: "instituted",
    complainants: ["Longitude Licensing Ltd.", "Marlin Semiconductor Limited"],
    respondents: [
      "Apple Inc.",
      "Broadcom Inc.",
      "Lenovo Group Limited",
      "Motorola Mobile Communication Technology Ltd",
      "Motorola (Wuhan) Mobility Technologies Communication Company Limited",
      "OnePlus Technology (Shenzhen) Co., LTD.",
      "Taiwan Semiconductor Manufacturing Company Limited",
      "Qualcomm Inc.",
    ],
  }),
  itc({
    id: "usitc-news-1018-uk-complainant-and-dotcom-llc",
    source: "https://www.usitc.gov/keywords/section-337?page=31",
    title: "USITC Institutes Section 337 Investigation of Certain Athletic Footwear",
    text: `September 8, 2016
News Release 16-113
Inv. No(s). 337-TA-1018
The investigation is based on a complaint filed by Reebok International Ltd. of Canton, MA, and Reebok International Limited of London, England, on August 10, 2016.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain athletic footwear that infringe patents asserted by the complainants.  The complainants request that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

TRB Acquisitions LLC of New York, NY;
RBX Active 01 LLC of New York, NY;
RBX DIRECT LLC of New York, NY;
RBX.COM LLC of New York, NY; and
Elite Performance Footwear, LLC, of New York, NY.

By instituting this investigation (337-TA-1018), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1018",
    stage: "instituted",
    complainants: ["Reebok International Ltd.", "Reebok International Limited"],
    respondents: ["TRB Acquisitions LLC", "RBX Active 01 LLC", "RBX DIRECT LLC", "RBX.COM LLC", "Elite Performance Footwear, LLC"],
  }),
  itc({
    id: "letter-motion-1369-complainant-respondents-unnamed",
    knownGap: "a letter citing a Commission notice to review a final ID is not given that stage",
    kind: "near-miss",
    source: "https://www.docketalarm.com/cases/International_Trade_Commission/337-1369/Certain_Icemaking_Machines_and_Components_Thereof/839705/1",
    title: "Letter motion for leave to provide remedy information, In the Matter of Certain Icemaking Machines and Components Thereof",
    text: `December 19, 2024
VIA EDIS
Ms. Amy A. Karpel
Chair
U.S. International Trade Commission
Re:
In the Matter of Certain Icemaking Machines and Components Thereof,
Inv. No. 337-TA-1369
Dear Chair Karpel:
Complainant Hoshizaki America, Inc. respectfully submits this letter motion seeking leave to
provide out of time additional remedy information requested by the Commission in its Notice of a
Commission Determination to Review a Final Initial Determination Finding a Violation of Section
337 (“Notice”).
Complainant notified Respondents of its intent to file this letter motion for leave on Wednesday,
December 18, 2024. Respondents do not oppose Complainant’s motion for leave provided that
Complainant redlines the proposed remedial orders included in Respondents’ briefing rather than
submit new proposed orders.`,
    caseNumber: "337-TA-1369",
    stage: "initial-determination",
    complainants: ["Hoshizaki America, Inc."],
    respondents: [],
  }),
  itc({
    id: "fr-1159-permanent-rescission-of-leo",
    kind: "near-miss",
    source: "https://www.govinfo.gov/content/pkg/FR-2021-06-25/html/2021-13574.htm",
    title:
      "Commission Decision To Institute a Rescission Proceeding; Permanent Rescission of a Limited Exclusion Order and Cease and Desist Orders; Termination of the Rescission Proceeding; Certain Lithium Ion Batteries, Battery Cells, Battery Modules, Battery Packs, Components Thereof, and Processes Therefor",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1159 (Rescission)]
SUMMARY: Notice is hereby given that the U.S. International Trade
Commission has determined to institute a proceeding to determine
whether to permanently rescind the Commission's limited exclusion order
(\`\`LEO'') and cease and desist orders (\`\`CDOs'') issued on February 10,
2021. The Commission has determined to permanently rescind the LEO and
CDOs. The rescission proceeding is terminated.`,
    caseNumber: "337-TA-1159",
    stage: "terminated",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "fr-1159-final-leo-no-party-named",
    kind: "near-miss",
    source: "https://regulations.justia.com/regulations/fedreg/2021/02/17/2021-03109.html",
    title:
      "Certain Lithium Ion Batteries, Battery Cells, Battery Modules, Battery Packs, Components Thereof, and Processes Therefor; Commission Decision Finding a Violation of Section 337; Issuance of a Limited Exclusion Order and Cease and Desist Orders; Termination of the Investigation",
    text: `INTERNATIONAL TRADE COMMISSION [Investigation No. 337–TA–1159] Certain Lithium Ion Batteries, Battery Cells, Battery Modules, Battery Packs, Components Thereof, and Processes Therefor; Commission Decision Finding a Violation of Section 337; Issuance of a Limited Exclusion Order and Cease and Desist Orders; Termination of the Investigation Notice is hereby given that the U.S. International Trade Commission has determined to affirm the presiding administrative law judge’s (‘‘ALJ’s’’) initial determination (‘‘ID’’) (Order No. 34) finding a violation of section 337 of the Tariff Act of 1930, as amended, in this investigation and has issued a limited exclusion order and cease and desist orders prohibiting importation of certain lithium ion batteries, battery cells, battery modules, battery packs, and components thereof. The investigation is hereby terminated.`,
    caseNumber: "337-TA-1159",
    stage: "exclusion-order",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "fr-1181-institution-of-the-republic-of-korea",
    source: "https://www.govinfo.gov/content/pkg/FR-2019-11-04/html/2019-23989.htm",
    title:
      "Certain Lithium-Ion Battery Cells, Battery Modules, Battery Packs, Components Thereof, and Products Containing the Same; Institution of Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1181]
SUMMARY: Notice is hereby given that a complaint was filed with the
U.S. International Trade Commission on September 26, 2019, under
section 337 of the Tariff Act of 1930, as amended, on behalf of LG
Chem, Ltd. of the Republic of Korea; LG Chem Michigan Inc. of Holland,
Michigan; and Toray Industries, Inc. of Japan. A supplement was filed
on September 27, 2019. The complaint, as supplemented, alleges
violations of section 337 based upon the importation into the United
States, the sale for importation, and the sale within the United States
after importation of certain lithium-ion battery cells, battery
modules, battery packs, components thereof (including battery
separators and powderous electrode active material), and vehicles
containing same.`,
    caseNumber: "337-TA-1181",
    stage: "instituted",
    complainants: ["LG Chem, Ltd.", "LG Chem Michigan Inc.", "Toray Industries, Inc."],
    respondents: [],
  }),
  itc({
    id: "trade-press-pv-magazine-will-look-at-cells-made-by",
    knownGap: 'trade-press prose without 337 wording ("The ITC will look at cells made by …") is not read as a 337 case',
    source: "https://www.finanznachrichten.de/nachrichten-2019-04/46387792-u-s-trade-authorities-to-investigate-jinko-longi-rec-cells-451.htm",
    title: "U.S. trade authorities to investigate Jinko, LONGi, REC cells",
    text: `The ITC will look at cells made by LONGi, JinkoSolar and REC Group, based on claims by Hanwha Q Cells that the companies have infringed on its PERC technology.`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["Hanwha Q Cells"],
    respondents: ["LONGi", "JinkoSolar", "REC Group"],
  }),
  itc({
    id: "fr-canon-toner-review-collectively-complainants",
    source:
      "https://d1tvxue8o4w0fl.cloudfront.net/federal-register/certain-toner-supply-containers-and-components-thereof-i-notice-of-commission-determination-to-review-in-part-an-initial-determination-granting-complainants-motion-for-summary-determination-of-violations-of-section-337-schedule-for-filing-written-sub",
    title:
      "Certain Toner Supply Containers and Components Thereof (I); Notice of Commission Determination To Review in Part an Initial Determination Granting Complainants' Motion for Summary Determination of Violations of Section 337",
    text: `SUMMARY:
Notice is hereby given that the U.S. International Trade Commission has determined to review in part an initial determination (“ID”) issued by the presiding chief administrative law judge (“ALJ”) granting summary determination of violations of section 337. The Commission requests briefing from the parties, interested government agencies, and interested persons on the issues of remedy, the public interest, and bonding.
SUPPLEMENTARY INFORMATION:
On April 13, 2021, the Commission instituted this investigation under section 337 of the Tariff Act of 1930, as amended, 19 U.S.C. 1337 (“section 337”), based on a complaint filed by Canon Inc. of Tokyo, Japan; Canon U.S.A., Inc. of Melville, New York; and Canon Virginia, Inc. of Newport News, Virginia (collectively, “Complainants”). See 86 FR 19284-86.`,
    caseNumber: null,
    stage: "initial-determination",
    complainants: ["Canon Inc.", "Canon U.S.A., Inc.", "Canon Virginia, Inc."],
    respondents: [],
  }),
  itc({
    id: "fr-829-not-to-review-defaulting-respondents",
    kind: "near-miss",
    source: "http://www.gpo.gov/fdsys/pkg/FR-2013-04-23/html/2013-09476.htm",
    title:
      "Certain Toner Cartridges and Components Thereof; Commission Determination Not To Review an Initial Determination Granting Complainant's Motion for Summary Determination of Violation by the Defaulting Respondents",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-829]
SUMMARY: Notice is hereby given that the U.S. International Trade
Commission has determined not to review an ID (Order No. 25) of the
administrative law judge (\`\`ALJ'') granting summary determination of
violation by the defaulting respondents.`,
    caseNumber: "337-TA-829",
    stage: "initial-determination",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "fr-1174-cdos-against-20-respondents-listed-below",
    source: "https://www.govinfo.gov/content/pkg/FR-2020-11-30/html/2020-26277.htm",
    title:
      "Certain Toner Cartridges, Components Thereof, and Systems Containing Same Issuance of a General Exclusion Order and Cease and Desist Orders; Termination of Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1174]
SUMMARY: Notice is hereby given that the U.S. International Trade
Commission has affirmed a summary determination of violation of section
337 and has determined to issue (1) a general exclusion order (\`\`GEO'')
denying entry of certain toner cartridges, components thereof, and
systems containing same; and (2) cease and desist orders (\`\`CDOs'')
against 20 respondents (listed below). The investigation is terminated.`,
    caseNumber: "337-TA-1174",
    stage: "exclusion-order",
    complainants: [],
    respondents: [],
    announced: 20,
  }),
  itc({
    id: "fr-1209-enforcement-formerly-in-parentheses",
    knownGap: "an enforcement proceeding on existing remedial orders is not given the exclusion-order stage",
    source: "https://regulations.justia.com/regulations/fedreg/2022/08/05/2022-16788.html",
    title: "Certain Movable Barrier Operator Systems and Components Thereof; Notice of Institution of Formal Enforcement Proceeding",
    text: `INTERNATIONAL TRADE COMMISSION [Investigation No. 337–TA–1209 (Enforcement)] Certain Movable Barrier Operator Systems and Components Thereof; Notice of Institution of Formal Enforcement Proceeding U.S. International Trade Commission. ACTION: Notice. AGENCY: Notice is hereby given that the U.S. International Trade Commission has determined to institute a formal enforcement proceeding relating to the limited exclusion order (‘‘LEO’’) and cease and desist order (‘‘CDO’’) (collectively, ‘‘the remedial orders’’) issued against The Chamberlain Group, LLC (formerly, The Chamberlain Group, Inc.) (‘‘Chamberlain’’) on February 9, 2022, and modified on March 30, 2022, in the above-referenced investigation.`,
    caseNumber: "337-TA-1209",
    stage: "exclusion-order",
    complainants: [],
    respondents: ["The Chamberlain Group, LLC"],
    aliases: { "The Chamberlain Group, LLC": ["The Chamberlain Group, Inc."] },
  }),
  itc({
    id: "fr-receipt-dn3256-filed-on-behalf-of-two",
    source: "https://ocr.docketalarm.com/cases/International_Trade_Commission/337-/Certain_Doxycline/623608/1",
    title: "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
    text: `NOTICE OF RECEIPT OF COMPLAINT; SOLICITATION OF COMMENTS
RELATING TO THE PUBLIC INTEREST
SUMMARY: Notice is hereby given that the U.S. International Trade Commission has
received a complaint entitled Certain LED Lighting Devices, LED Power Supplies, and
Components Thereof, DN 3256; the Commission is soliciting comments on any public
interest issues raised by the complaint or complainant’s filing pursuant to the
Commission’s Rules of Practice and Procedure.
SUPPLEMENTARY INFORMATION: The Commission has received a complaint and
a submission pursuant to § 210.8(b) of the Commission’s Rules of Practice and Procedure
filed on behalf of Philips Lighting North America Corp. and Philips Lighting Holding
B.V. on September 21, 2017. The complaint alleges violations of section 337 of the
Tariff Act of 1930 (19 U.S.C. 1337).`,
    caseNumber: "DN 3256",
    stage: "complaint-received",
    complainants: ["Philips Lighting North America Corp.", "Philips Lighting Holding B.V."],
    respondents: [],
  }),
  itc({
    id: "fr-1081-institution-holding-bv-of-the-netherlands",
    source: "http://www.gpo.gov/fdsys/pkg/FR-2017-11-08/html/2017-24323.htm",
    title: "Certain LED Lighting Devices, LED Power Supplies, and Components Thereof Institution of Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1081]
SUMMARY: Notice is hereby given that a complaint was filed with the
U.S. International Trade Commission on September 21, 2017, under
section 337 of the Tariff Act of 1930, as amended, on behalf of Philips
Lighting North America Corp. of Somerset, New Jersey and Philips
Lighting Holding B.V. of the Netherlands. Supplements to the complaint
were filed on October 6 and 30, 2017.
    The complainants request that the Commission institute an
investigation and, after the investigation, issue a limited exclusion
order and cease and desist orders.`,
    caseNumber: "337-TA-1081",
    stage: "instituted",
    complainants: ["Philips Lighting North America Corp.", "Philips Lighting Holding B.V."],
    respondents: [],
  }),
  itc({
    id: "fr-1164-institution-three-complainants-line-breaks",
    source: "https://www.govinfo.gov/content/pkg/FR-2019-06-25/html/2019-13455.htm",
    title: "Certain Light-Emitting Diode Products, Systems, and Components Thereof (II); Institution of Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1164]
SUMMARY: Notice is hereby given that a complaint was filed with the 
U.S. International Trade Commission on April 30, 2019, under section 
337 of the Tariff Act of 1930, as amended, on behalf of Lighting 
Science Group Corporation of Cocoa Beach, Florida; Healthe, Inc. of 
Cocoa Beach, Florida; and Global Value Lighting LLC of West Warwick, 
Rhode Island. An amended complaint was filed on May 20, 2019.`,
    caseNumber: "337-TA-1164",
    stage: "instituted",
    complainants: ["Lighting Science Group Corporation", "Healthe, Inc.", "Global Value Lighting LLC"],
    respondents: [],
  }),
  itc({
    id: "usitc-news-776-of-china-no-city",
    source: "http://www.usitc.gov/press_room/news_release/2011/er0610jj1.htm",
    title: "USITC Institutes Section 337 Investigation on Certain Lighting Control Devices Including Dimmer Switches and Parts Thereof (IV)",
    text: `June 10, 2011
News Release 11-061
Inv. No. 337-TA-776
The investigation is based on a complaint filed by Lutron Electronic Co., Inc., of Coopersburg, PA, on May 16, 2011. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain lighting control devices including dimmer switches and parts thereof that infringe patents asserted by Lutron. The complainant requests that the USITC issue an exclusion order and cease and desist orders.
The USITC has identified the following as respondents in this investigation:
Pass & Seymour, Inc., of Syracuse, NY;
AH Lighting of Los Angeles, CA;
American Top Electric Corp. of Santa Ana, CA;
Big Deal Electric Corp. of Santa Ana, CA;
Diode LED of Emeryville, CA;
Elemental LED, LLC, of Emeryville, CA;
Wenzhou Huir Electric Science & Technology Co. Inc. of China;
Westgate Mfg, Inc., of Vernon, CA;
Zhejiang Lux Electric Co. LTD of China; and
Zhejiang Yeulong Mechanical & Electric Co. LTD of China.
By instituting this investigation (337-TA-776), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-776",
    stage: "instituted",
    complainants: ["Lutron Electronic Co., Inc."],
    respondents: [
      "Pass & Seymour, Inc.",
      "AH Lighting",
      "American Top Electric Corp.",
      "Big Deal Electric Corp.",
      "Diode LED",
      "Elemental LED, LLC",
      "Wenzhou Huir Electric Science & Technology Co. Inc.",
      "Westgate Mfg, Inc.",
      "Zhejiang Lux Electric Co. LTD",
      "Zhejiang Yeulong Mechanical & Electric Co. LTD",
    ],
  }),
  itc({
    id: "zh-tw-wireless-korean-complainant-bilingual-name",
    knownGap: 'a Latin name followed by "of China" and its Chinese name in one item is kept whole',
    source:
      "https://tw.stock.yahoo.com/news/%E5%9C%8B%E9%9A%9B%E7%94%A2%E6%A5%AD-%E7%BE%8E%E5%B0%8D%E7%84%A1%E7%B7%9A%E9%80%9A%E8%A8%8A%E8%A8%AD%E5%82%99%E5%95%9F%E5%8B%95337%E8%AA%BF%E6%9F%A5-%E6%B6%89%E8%81%AF%E6%83%B3-%E6%88%B4%E7%88%BE-051105176.html",
    title: "《國際產業》美對無線通訊設備啟動337調查 涉聯想、戴爾",
    text: `【時報-台北電】中國貿易救濟信息網顯示,美國國際貿易委員會(ITC)19日投票決定,對特定無線通訊設備及其元件(Certain Wireless Communication Devices and Components Thereof)啟動337調查。
界面新聞報導,2024年11月18日,韓國International Semiconductor Group Co., Ltd. of Seoul, South Korea,向美國ITC提出337立案調查申請,主張對美出口、在美進口和在美銷售的該產品,違反美國337條款,請求美國ITC發出有限排除令、禁止令。
美國Dell Technologies Inc. of Round Rock, TX、美國Dell Products L.P. of Round Rock, TX、中國四川Dell(Chengdu)Co. Ltd. of China戴爾(成都)有限公司、美國HP, Inc. of Palo Alto, CA、美國Hewlett Packard Enterprise Co. of Spring, TX、中國香港Lenovo Group Limited of China、美國Lenovo(United States)Inc. of Morrisville, NC為列名被告。`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["International Semiconductor Group Co., Ltd."],
    respondents: [
      "Dell Technologies Inc.",
      "Dell Products L.P.",
      "Dell(Chengdu)Co. Ltd.",
      "HP, Inc.",
      "Hewlett Packard Enterprise Co.",
      "Lenovo Group Limited",
      "Lenovo(United States)Inc.",
    ],
  }),
  {
    id: "near-miss-cvd-the-mandatory-respondents-are",
    kind: "near-miss",
    source: "https://regulations.vlex.com/vid/certain-cold-rolled-steel-640713189",
    title:
      "Certain Cold-Rolled Steel Flat Products From the People's Republic of China: Final Affirmative Countervailing Duty Determination and Final Partial Affirmative Critical Circumstances Determination",
    text: `DEPARTMENT OF COMMERCE
International Trade Administration
C-570-030
SUMMARY: The Department of Commerce (the Department) determines that countervailable subsidies are being provided to producers/exporters of certain cold-rolled steel flat products (cold-rolled steel) from the People's Republic of China (the PRC). The Department also determines critical circumstances exist for certain imports of the subject merchandise from the PRC. The mandatory respondents in this investigation are the Government of the PRC (the GOC), Angang Group Hong Kong Co., Ltd. (Angang Hong Kong), and Benxi Iron and Steel (Group) Special Steel Co., Ltd. (Benxi Iron and Steel). The period of investigation is January 1, 2014, through December 31, 2014.`,
    expect: NONE,
  },
  {
    id: "near-miss-ad-garlic-changed-circumstances",
    kind: "near-miss",
    source: "https://thefederalregister.org/80-FR/57579",
    title: "Fresh Garlic From the People's Republic of China: Final Results of the Changed Circumstances Review",
    text: `On June 30, 2015, the Department of Commerce (Department) published a notice of preliminary results of a changed circumstance review (CCR) of the antidumping duty (AD) order on fresh garlic from the People's Republic of China (PRC) in response to a request from Jining Yongjia Trade Co., Ltd. (Yongjia), an exporter of fresh and peeled garlic from the PRC. Yongjia requested that the Department determine that Jinxiang County Shanfu Frozen Co., Ltd. (Shanfu II), Yongjia's supplier of garlic, is the successor-in-interest to Yongjia's garlic supplier (Shanfu I) during its new shipper review (NSR).`,
    expect: NONE,
  },
  itc({
    id: "zh-1456-summary-ji-qi-subsidiaries-and-other-case",
    knownGap: "short brand names (一加、联想、TCL) in a first list and a second case's parties in the same summary are taken as respondents",
    source: "https://reportify.cn/social-media/706220695327441",
    title: "美国ITC对特定移动蜂窝通信设备启动337调查",
    text: `337调查启动 - 美国国际贸易委员会(ITC)于8月4日投票决定对"特定移动蜂窝通信设备"启动337调查(调查编码:337-TA-1456)[1] - 中国一加、联想、TCL等多家企业及其海外关联公司,以及芬兰HMD Global等企业被列为列名被告[1] - 调查源于韩国Pantech Corporation于2025年7月3日向ITC提交的申诉,主张相关产品侵犯其4项美国注册专利[3] 涉案企业范围 - 列名被告包括中国深圳市万普拉斯科技有限公司(一加)及其美国子公司、联想集团及其美国子公司、摩托罗拉移动(联想旗下)、TCL实业控股股份有限公司及其关联企业、芬兰HMD Global及其美国子公司[3] - 另一项针对特定智能电视的337调查申请由美国Cerence Operating Company提出,涉及日本Sony Group Corporation、美国Sony Corporation of America、TCL多家关联公司等[6]`,
    caseNumber: "337-TA-1456",
    stage: "instituted",
    complainants: ["Pantech Corporation"],
    respondents: ["深圳市万普拉斯科技有限公司", "联想集团", "摩托罗拉移动", "TCL实业控股股份有限公司", "HMD Global"],
  }),
  itc({
    id: "usitc-news-tessera-all-of-san-jose-complainants",
    source: "https://www.usitc.gov/keywords/section-337?page=33",
    title: "USITC Institutes Section 337 Investigation of Certain Semiconductor Devices, Semiconductor Device Packages, and Products Containing Same",
    text: `June 20, 2016
News Release 16-076
The investigation is based on a complaint filed by Tessera Technologies, Inc.; Tessera, Inc.; and Invensas Corporation, all of San Jose, CA, on May 23, 2016.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain semiconductor devices, semiconductor device packages, and products containing the same that infringe patents asserted by the complainants.  The complainants request that the USITC issue a limited exclusion order and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

Broadcom Limited of Singapore;
Broadcom Corporation of Irvine, CA;
Avago Technologies Limited of Singapore;
Avago Technologies U.S. Inc. of San Jose, CA;
Arista Networks, Inc. of Santa Clara, CA;
ARRIS International plc of Suwanee, GA;
ARRIS Group, Inc. of Suwanee, GA;
ARRIS Technology, Inc. of Horsham, PA;
ARRIS Enterprises LLC of Suwanee, GA;
ARRIS Solutions, Inc. of Suwanee, GA;
Pace Ltd. of West Yorkshire, England;
Pace Americas, LLC of Boca Raton, FL;
Pace USA, LLC of Boca Raton, FL;
ASUSTeK Computer Inc. of Taipei, Taiwan;
ASUS Computer International of Fremont, CA;
Comcast Cable Communications, LLC of Philadelphia, PA;`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["Tessera Technologies, Inc.", "Tessera, Inc.", "Invensas Corporation"],
    respondents: [
      "Broadcom Limited",
      "Broadcom Corporation",
      "Avago Technologies Limited",
      "Avago Technologies U.S. Inc.",
      "Arista Networks, Inc.",
      "ARRIS International plc",
      "ARRIS Group, Inc.",
      "ARRIS Technology, Inc.",
      "ARRIS Enterprises LLC",
      "ARRIS Solutions, Inc.",
      "Pace Ltd.",
      "Pace Americas, LLC",
      "Pace USA, LLC",
      "ASUSTeK Computer Inc.",
      "ASUS Computer International",
      "Comcast Cable Communications, LLC",
    ],
  }),
  itc({
    id: "blog-1434-run-on-list-short-form-labels",
    knownGap: 'a run-on list separated only by short-form labels ("(“Jinshan”) Zibo …") is not split',
    source: "https://lawyerfanzhang.com/tag/usitc/page/2",
    title: "U.S. International Trade Commission Allows Amendment in Patent Case on Bulk Containers",
    text: `The U.S. International Trade Commission (ITC) has made a decision in Investigation No. 337-TA-1434, which involves certain composite intermediate bulk containers. The Commission decided not to review an initial determination (Order No. 12) made by the Chief Administrative Law Judge. This decision grants an unopposed motion to amend the complaint and the notice of investigation. This decision allows additional patent claims to be asserted against two of the respondents. The investigation began on January 27, 2025, after a complaint was filed by Schütz Container Systems, Inc. of North Branch, New Jersey, and Protechna S.A. of Fribourg, Switzerland. These two companies are together called the “Complainants.” The complaint said that six patents were being infringed. The investigation was opened because of possible section 337 violations of the Tariff Act of 1930, as amended (19 U.S.C. 1337). The respondents named in this investigation are: Shandong Jinshan Jieyuan Container Co., Ltd. of Zhengjiang City, China (“Jinshan”) Zibo Jielin Plastic Pipe Manufacture Co. Ltd. of Zibo City, China (“Jielin”) Shanghai Sakura Plastic Products Co., Ltd. (d/b/a Shanghai Yinghua Plastic Products Co., LTD) of Shanghai, China (“Sakura”) Hebei Shijiheng Plastics, Co., Ltd. of Zhongjie Huanghua City, China (“Hebei Shijiheng Plastics”) The Office of Unfair Import Investigations is also part of the case.`,
    caseNumber: "337-TA-1434",
    stage: "initial-determination",
    complainants: ["Schütz Container Systems, Inc.", "Protechna S.A."],
    respondents: [
      "Shandong Jinshan Jieyuan Container Co., Ltd.",
      "Zibo Jielin Plastic Pipe Manufacture Co. Ltd.",
      "Shanghai Sakura Plastic Products Co., Ltd.",
      "Hebei Shijiheng Plastics, Co., Ltd.",
    ],
    aliases: { "Shanghai Sakura Plastic Products Co., Ltd.": ["Shanghai Yinghua Plastic Products Co., LTD"] },
  }),
  itc({
    id: "usitc-news-1475-single-respondent-after-colon",
    source: "https://www.usitc.gov/keywords/usitc",
    title: "USITC Institutes Section 337 Investigation of Certain Bicycle Trainers and Components Thereof",
    text: `January 2, 2026
News Release 26-003
Inv. No(s). 337-TA-1475
The investigation is based on a complaint filed on behalf of Wahoo Fitness L.L.C. of Atlanta, Georgia on December 3, 2025. A supplement to the complaint was filed on December 17, 2025. The complaint, as supplemented, alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain bicycle trainers and components thereof that infringe certain claims of the patents asserted by the complainant. The complainant requests that the USITC issue a limited exclusion order and a cease and desist order. 

The USITC has identified the following respondent in this investigation: JetBlack Cycling Pty Ltd. of South Windsor, NSW, Australia. 

By instituting this investigation (337-TA-1475), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1475",
    stage: "instituted",
    complainants: ["Wahoo Fitness L.L.C."],
    respondents: ["JetBlack Cycling Pty Ltd."],
  }),
  itc({
    id: "fr-summary-leo-against-defaulted-respondent-prose",
    source: "https://regulations.justia.com/regulations/fedreg/agencies/international-trade-commission/2021/03/03?registers=between",
    title:
      "Notice of a Commission Determination To Issue a Limited Exclusion Order Against the Defaulting Respondent; Termination of the Investigation; Certain Rolled-Edge Rigid Plastic Food Trays",
    text: `Notice is hereby given that the U.S. International Trade Commission (\`\`Commission'') has determined to issue a limited exclusion order against defaulted respondent Ningbo Linhua Plastic Co., Ltd. (\`\`Ningbo''), the last remaining respondent. The Commission has also determined to impose a bond equal to one hundred percent (100%) of the entered value of the infringing products imported during the period of Presidential review. The investigation is hereby terminated.`,
    caseNumber: null,
    stage: "exclusion-order",
    complainants: [],
    respondents: ["Ningbo Linhua Plastic Co., Ltd."],
  }),
  {
    id: "court-schedule-a-dyson-docket-in-prose",
    kind: "real",
    source: "https://patentlyo.com/patent/2022/10/schedule-a-example.html",
    title: "Schedule-A Example",
    text: `Here is a new example of a Schedule-A case filed in the Northern District of Illinois.
Dyson Tech. Ltd. v. Persons listed on Schedule A, Docket No. 1:22-cv-05946 (N.D. Ill. Oct 27, 2022).
The list of defendants is apparently in Schedule-A, but that document was filed under seal.  The complaint alleges that the defendants are all counterfeiters who operate in “foreign jurisdictions with lax intellectual property enforcement systems” such as “the People’s Republic of China.” They are selling products in the US via online stores such as eBay, AliExpress, Alibaba, Amazon, Wish.com, Walmart, Etsy, and DHgate.`,
    expect: { caseType: "schedule-a-tro", jurisdiction: "US", caseNumber: "1:22-cv-05946", stage: null, complainants: ["Dyson Tech. Ltd."], respondents: [] },
  },
  {
    id: "court-schedule-a-person-plaintiff-in-article",
    kind: "real",
    source: "https://asiaiplaw.com/index.php/article/suing-by-email-a-legal-scheme-targeting-chinese-sellers",
    title: "Suing by email: a legal scheme targeting Chinese sellers",
    text: `Each file opened sets the stage for swift action. If defendants do not appear, the plaintiff obtains a final judgment for US$150,000, disgorgement of frozen funds and the closure of accounts, according to Baruch S. Gottesman, the U.S. counsel representing the defendants in the Zhaoyou Chen v. Partnerships and Unincorporated Associations Identified on Schedule A case. Temporary restraining orders (TROs) can instantly shut down online storefronts.`,
    expect: { caseType: "schedule-a-tro", jurisdiction: "US", caseNumber: null, stage: null, complainants: ["Zhaoyou Chen"], respondents: [] },
  },
  {
    id: "near-miss-schedule-a-explainer-potomac",
    kind: "near-miss",
    source: "https://potomaclaw.com/news-Schedule-A-Litigation-Targeting-Foreign-Sellers-is-Changing-Online-IP-Enforcement",
    title: "Schedule A Litigation Targeting Foreign Sellers is Changing Online IP Enforcement",
    text: `“Schedule A” litigation is a form of intellectual property (IP) litigation that involves suing multiple online sellers (sometimes in the hundreds) accused of infringing trademark, copyright, or patent rights, with Chinese sellers being a prime target of such lawsuits. The defendants are joined in a single lawsuit and identified in a so-called “Schedule A,” usually by reference to an online store name, trade name, or domain.`,
    expect: NONE,
  },
  {
    id: "court-edtx-monument-peak-v-tcl-motion-caption",
    knownGap: "an all-capitals caption broken over many lines is not read",
    kind: "real",
    source:
      "https://www.docketalarm.com/cases/Texas_Eastern_District_Court/5--24-cv-00011/Monument_Peak_Ventures_LLC_v._TCL_Electronics_Holdings_Ltd._et_al/12/",
    title: "Monument Peak Ventures, LLC v. TCL Electronics Holdings Ltd. et al. — Defendants' Motion to Dismiss",
    text: `Case 5:24-cv-00011-RWS-JBB Document 12 Filed 04/03/24 Page 1 of 14 PageID #: 171
IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF TEXAS
TEXARKANA DIVISION
MONUMENT PEAK VENTURES, LLC,
Plaintiff,
Case No. 5:24-cv-00011-RWS-JBB
JURY TRIAL DEMANDED
v.
TCL ELECTRONICS HOLDINGS LTD.,
TCL TECHNOLOGY GROUP
CORPORATION, TCL INDUSTRIES
HOLDINGS CO., LTD., TCL
COMMUNICATION TECHNOLOGY
HOLDINGS LIMITED, TCT MOBILE
WORLDWIDE LTD., TCT MOBILE
INTERNATIONAL LTD., HUIZHOU TCL
MOBILE COMMUNICATION CO. LTD.,
AND TCL COMMUNICATION LTD.
Defendants.
DEFENDANTS’ MOTION TO DISMISS THE COMPLAINT
FOR IMPROPER SERVICE UNDER FED. R. CIV. P. 12(B)(5)`,
    expect: {
      caseType: "us-district-court",
      jurisdiction: "US",
      caseNumber: "5:24-cv-00011-RWS-JBB",
      stage: null,
      complainants: ["Monument Peak Ventures, LLC"],
      respondents: [
        "TCL Electronics Holdings Ltd.",
        "TCL Technology Group Corporation",
        "TCL Industries Holdings Co., Ltd.",
        "TCL Communication Technology Holdings Limited",
        "TCT Mobile Worldwide Ltd.",
        "TCT Mobile International Ltd.",
        "Huizhou TCL Mobile Communication Co. Ltd.",
        "TCL Communication Ltd.",
      ],
    },
  },
  {
    id: "court-blog-daingean-v-tmobile-intervenors",
    knownGap: "intervenors joined to the defendants are not read",
    kind: "real",
    source: "https://www.fr.com/insights/thought-leadership/blogs/texas-patent-litigation-monthly-wrap-up-may-2024/",
    title: "Texas Patent Litigation Monthly Wrap-Up: May 2024",
    text: `Daingean Technologies Ltd. v. T-Mobile USA, Inc., et al.
No. 2:23-CV-00347-JRG-RSP (E.D. Tex. May 2, 2024) (Payne, R.)
Plaintiff Daingean Technologies Ltd. (“Daingean”) sought leave to amend its infringement contentions, which it originally served on July 6, 2023, regarding U.S. Patent No. 8,576,803. Defendant T-Mobile USA, Inc. and Intervenors Nokia of America Corporation and Ericsson, Inc. (collectively “Defendants”) filed a cross-motion challenging the sufficiency of the proposed amendments.`,
    expect: {
      caseType: "us-district-court",
      jurisdiction: "US",
      caseNumber: "2:23-CV-00347-JRG-RSP",
      stage: null,
      complainants: ["Daingean Technologies Ltd."],
      respondents: ["T-Mobile USA, Inc.", "Nokia of America Corporation", "Ericsson, Inc."],
    },
  },
  itc({
    id: "usitc-news-1077-title-vii-typo-dba-of",
    source: "https://www.usitc.gov/keywords/usitc?page=80",
    title: "USITC Institutes Section 337 Investigation of Certain Reusable Diapers, Components Thereof, and Products Containing the Same",
    text: `October 19, 2017
News Release 17-155
Inv. No(s). 731-TA-1077
The investigation is based on a complaint filed by Cotton Babies, Inc., of Fenton, MO, on September 19, 2017.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain reusable diapers, components thereof, and products containing same that infringe a patent and a registered trademark asserted by the complainant.  The complainant requests that the USITC issue a general exclusion order, or in the alternative a limited exclusion order, and cease and desist orders.

The USITC has identified the following as respondents in this investigation:

Alvababy.com of ShenZhen, Guangdong, China;
Shenzhen Adsel Trading Co., Ltd., d/b/a Alva of Shenzhen, Guangdong, China; and
Huizhou Huapin Garment Co., Ltd., of Huizhou, Guangdong, China.

By instituting this investigation (337-TA-1077), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-1077",
    stage: "instituted",
    complainants: ["Cotton Babies, Inc."],
    respondents: ["Alvababy.com", "Shenzhen Adsel Trading Co., Ltd.", "Huizhou Huapin Garment Co., Ltd."],
    aliases: { "Shenzhen Adsel Trading Co., Ltd.": ["Alva"] },
  }),
  itc({
    id: "usitc-news-906-indented-two-respondents",
    source: "https://www.usitc.gov/keywords/news-releases?page=8",
    title:
      "USITC Institutes Section 337 Investigation of Certain Standard Cell Libraries, Products Containing or Made Using the Same, Integrated Circuits Made Using the Same, and Products Containing Such Integrated Circuits",
    text: `January 17, 2014
News Release 14-007
Inv. No(s). 337-TA-906
The investigation is based on a complaint filed by Tela Innovations, Inc., of Los Gatos, CA, on December 23, 2013. A supplement to the complaint was filed on January 6, 2014. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain standard cell libraries, products containing or made using the same, integrated circuits made using the same, and products containing such integrated circuits that infringe a patent asserted by Tela. The complainant requests that the USITC issue a general exclusion order and a cease and desist order.

The USITC has identified the following as respondents in this investigation:

    Taiwan Semiconductor Manufacturing Co., Limited, of Hsinchu, Taiwan; and
    TSMC North America of San Jose, CA.

By instituting this investigation (337-TA-906), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-906",
    stage: "instituted",
    complainants: ["Tela Innovations, Inc."],
    respondents: ["Taiwan Semiconductor Manufacturing Co., Limited", "TSMC North America"],
  }),
  itc({
    id: "blog-kyocera-fed-circuit-named-only-as-respondent",
    knownGap: '"Broadcom named only Qualcomm as a respondent" is not read; an appeal caption is',
    kind: "near-miss",
    source: "http://ip-updates.blogspot.com/2008/10/usitc-limited-exclusion-order-does-not.html",
    title: "USITC Limited Exclusion Order Does Not Apply to Non-Respondents",
    text: `In Kyocera Wireless Corp. v. International Trade Commission (October 14, 2008), the Federal Circuit vacated and remanded a limited exclusion order ("LEO") by the International trade Commission against the importation of all downstream products containing the accused technology. Despite the broad downstream scope of the LEO, Broadcom named only Qualcomm as a respondent in its ITC complaint.
In summary, Section 337 permits exclusion of the imports of non-respondents only via a general exclusion order, and then too, only by satisfying the heightened requirements of 1337(d)(2)(A) or (B).`,
    caseNumber: null,
    stage: "other",
    complainants: ["Broadcom"],
    respondents: ["Qualcomm"],
  }),
  itc({
    id: "fr-1271-affirm-no-violation-termination",
    kind: "near-miss",
    source: "https://regulations.justia.com/regulations/fedreg/2023/03/03/2023-04369.html",
    title:
      "Certain Silicon Photovoltaic Cells and Modules With Nanostructures, and Products Containing the Same; Notice of Commission Determination To Review in Part and, on Review, To Affirm a Final Initial Determination Finding No Violation; Termination of the Investigation",
    text: `INTERNATIONAL TRADE
COMMISSION
[Investigation No. 337–TA–1271]
Certain Silicon Photovoltaic Cells and
Modules With Nanostructures, and
Products Containing the Same; Notice
of Commission Determination To
Review in Part and, on Review, To
Affirm a Final Initial Determination
Finding No Violation; Termination of
the Investigation`,
    caseNumber: "337-TA-1271",
    stage: "terminated",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "logistics-blog-purple-pillows-pinyin-company-names",
    source: "https://www.mti-worldwide.com/current-events-worldwide-logistics-blog?offset=1663959640700",
    title: "USITC Institutes Section 337 Investigation of Certain Pillows and Seat Cushions, Components Thereof, and Packaging Thereof",
    text: `The investigation is based on a complaint filed by Purple Innovation, LLC of Lehi, Utah on August 5, 2022.  The complaint, as supplemented, alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain pillows and seat cushions, components thereof, and packaging thereof that infringe patents, trademarks, and trade dress asserted by the complainant.  The complainant requests that the USITC issue a limited and a general exclusion order, or in the alternative limited exclusion orders, and cease and desist orders. 

The USITC has identified the following as the respondents this investigation:

Bedmate-U Co., Ltd. of Gwangju-si, Gyeonggi-do, Korea;
Chuang Fan Handicraft Co., Ltd. of Wenzhou, Zhejiang, China;
Dongguan Bounce Technology Co., Ltd. of Dongguan, Guangdong, China;
Dongguan Jingrui Silicone Technology Co., Ltd. of Dongguan, Guangdong, China;
Foshan Dirani Design Furniture Co., Ltd. of Foshan, Guangdong, China;
Global Ocean Trading Co., Ltd. of Foshan, Guangdong, China;
Guang An Shi Lin Chen Zai Sheng Wuzi Co., Ltd. of Wenzhou, Zhejiang, China;
Guang Zhou Wen Jie Shang Mao Youxian Gongsi Co., Ltd. of Chenjia, Chongming, Shanghai, China;
Guangzhou Epsilon Import and Export Co., Ltd. of Guangzhou, Guangdong, China;
Guangzhoushi Baixiangguo Keji Youxian Gonsgi Co., Ltd. of Guangzhou, Guangdong, China;
Haircrafters LLC of Chattanooga, TN;
Hangzhou Lishang Import & Export Co., Ltd. of Hangzhou, Zhejiang, China;
Hangzhou Lydia Sports Goods Co., Ltd. of Hangzhou, Zhejiang, China;`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["Purple Innovation, LLC"],
    respondents: [
      "Bedmate-U Co., Ltd.",
      "Chuang Fan Handicraft Co., Ltd.",
      "Dongguan Bounce Technology Co., Ltd.",
      "Dongguan Jingrui Silicone Technology Co., Ltd.",
      "Foshan Dirani Design Furniture Co., Ltd.",
      "Global Ocean Trading Co., Ltd.",
      "Guang An Shi Lin Chen Zai Sheng Wuzi Co., Ltd.",
      "Guang Zhou Wen Jie Shang Mao Youxian Gongsi Co., Ltd.",
      "Guangzhou Epsilon Import and Export Co., Ltd.",
      "Guangzhoushi Baixiangguo Keji Youxian Gonsgi Co., Ltd.",
      "Haircrafters LLC",
      "Hangzhou Lishang Import & Export Co., Ltd.",
      "Hangzhou Lydia Sports Goods Co., Ltd.",
    ],
  }),
  itc({
    id: "zh-tw-gm-20-respondents-bilingual-trade-press",
    source: "https://udn.com/news/story/6811/9372432",
    title: "美啟動337調查！通用汽車控進口汽車零件侵權 台廠陸企遭點名",
    text: `美國國際貿易委員會（USITC）周二宣布，應通用汽車（GM）提出的申訴，對來自台灣與中國的進口汽車零組件展開新的《337條款》貿易調查。通用汽車指控這些進口產品侵害其專利。
美國國際貿易委員會表示，本案已鎖定20名答辯人（respondents），包括中國丹陽市的汽車照明產品製造商江蘇尚通汽車配件公司（Jiangsu Srumto Auto Parts Co Ltd）以及多家台灣零件製造商，例如維輪實業（AP Auto Parts Industrial Ltd）與耿鼎企業（Gordon Auto Body Parts Co Ltd）。此外，位於密西根州、伊利諾州、加州與田納西州的九家美國汽車零件經銷商也被列為答辯人。通用汽車要求對侵權零件發布進口禁令。`,
    caseNumber: null,
    stage: "instituted",
    complainants: ["通用汽車"],
    respondents: ["江蘇尚通汽車配件公司", "維輪實業", "耿鼎企業"],
    aliases: {
      江蘇尚通汽車配件公司: ["Jiangsu Srumto Auto Parts Co Ltd"],
      維輪實業: ["AP Auto Parts Industrial Ltd"],
      耿鼎企業: ["Gordon Auto Body Parts Co Ltd"],
    },
    announced: 20,
  }),
  itc({
    id: "fr-receipt-dn3325-no-party-in-summary",
    kind: "near-miss",
    source: "https://thefederalregister.org/83-FR/29823",
    title: "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
    text: `INTERNATIONAL TRADE COMMISSION
Notice of Receipt of Complaint; Solicitation of Comments Relating 
to the Public Interest
SUMMARY: Notice is hereby given that the U.S. International Trade 
Commission has received a complaint entitled Certain Powered Cover 
Plates, DN 3325; the Commission is soliciting comments on any public 
interest issues raised by the complaint or complainant's filing 
pursuant to the Commission's Rules of Practice and Procedure.`,
    caseNumber: "DN 3325",
    stage: "complaint-received",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "fr-receipt-dn3526-no-party-in-summary",
    kind: "near-miss",
    source: "https://carsandracingstuff.com/library/articles/48470.php",
    title: "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
    text: `[Federal Register Volume 86, Number 17 (Thursday, January 28, 2021)]
INTERNATIONAL TRADE COMMISSION
Notice of Receipt of Complaint; Solicitation of Comments Relating 
to the Public Interest
SUMMARY: Notice is hereby given that the U.S. International Trade 
Commission has received a complaint entitled Certain Portable Battery 
Jump Starters and Components Thereof, DN 3526; the Commission is 
soliciting comments on any public interest issues raised by the 
complaint or complainant's filing pursuant to the Commission's Rules of 
Practice and Procedure.`,
    caseNumber: "DN 3526",
    stage: "complaint-received",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "fr-receipt-dn3466-indented-no-party",
    kind: "near-miss",
    source: "https://regulations.vlex.com/vid/notice-of-receipt-of-846136381",
    title: "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
    text: `                INTERNATIONAL TRADE COMMISSION
                Notice of Receipt of Complaint; Solicitation of Comments Relating
                to the Public Interest
                SUMMARY: Notice is hereby given that the U.S. International Trade
                Commission has received a complaint entitled Certain Electronic
                Devices, Including Computers, Tablet Computers, and Components and
                Modules Thereof, DN 3466; the Commission is soliciting comments on any
                public interest issues raised by the complaint or complainant's filing
                pursuant to the Commission's Rules of Practice and Procedure.`,
    caseNumber: "DN 3466",
    stage: "complaint-received",
    complainants: [],
    respondents: [],
  }),
  itc({
    id: "fr-title-leo-against-the-respondent-found-in-default",
    knownGap: "a bare Federal Register title without 337 wording is not read as a 337 notice",
    kind: "near-miss",
    source: "https://regulations.justia.com/regulations/fedreg/2024/06/26/2024-13968.html",
    title:
      "Certain Self-Balancing Electric Skateboards and Components Thereof; Notice of Issuance of a Limited Exclusion Order Against the Respondent Found in Default; Termination of Investigation",
    text: `Certain Self-Balancing Electric Skateboards and Components Thereof; Notice of Issuance of a Limited Exclusion Order Against the Respondent Found in Default; Termination of Investigation, 53442-53443 [2024-13968]`,
    caseNumber: null,
    stage: "exclusion-order",
    complainants: [],
    respondents: [],
  }),
  {
    id: "near-miss-cit-kaiyuan-pencils-plaintiffs-v-us",
    kind: "near-miss",
    source: "http://law.justia.com/cases/federal/appellate-courts/cit/02-00573/02-00573-2005-08-23.html",
    title: "Kaiyuan Group Corp. v. United States, No. 02-00573 (Ct. Int'l Trade 2005)",
    text: `Slip Op. 05-103 UNITED STATES COURT OF INTERNATIONAL TRADE : KAIYUAN GROUP CORP., et al., : : Plaintiffs, : : v. : : UNITED STATES, : : Defendant, : : and : : PENCIL SECTION WRITING : INSTRUMENT MANUFACTURERS : ASS N, et al., : : Defendant-Intervenors. : Before: WALLACH, Judge Consol. Court No.: 02-00573 PUBLIC VERSION [United States Department of Commerce s Final Results on Certain Cased Pencils from China are SUSTAINED]`,
    expect: NONE,
  },
  {
    id: "near-miss-zh-anti-dumping-flooring-sheanqiye",
    kind: "near-miss",
    source: "http://hiwayslaw.com/CN/10668/d73b2e89376694a7.aspx",
    title: "美国对华多层木地板反倾销和反补贴调查案",
    text: `美国对华多层木地板(multi layered wood flooring)反倾销和反补贴(合称“双反”) 调查案是近年来中国企业在美国“双反”应诉较为成功的一起典型案件。在该案中,具体的涉案企业包括:巴洛克木业(中山)有限公司[Baroque Timber Industries (Zhongshan) Co., Ltd.]、三林合板(南通)有限公司 (Riverside Plywood Corporation)、苏州好路地板有限公司(Suzhou Times Flooring Co., Ltd.) 以及它们位于美国、马来西亚和印度尼西亚的多家关联公司。
2010 年 10 月 21 日,由 8 家美国国内生产企业组成的美国硬木地板商联盟(Coalition for American Hardwood Parity,下称原告)向美国国际 贸易委员会(ITC)和美国商务部(DOC)提出申请,要求针对中国的多层木地板发起 “双反”调查。`,
    expect: NONE,
  },
  itc({
    id: "usitc-news-1486-list-cut-after-colon",
    kind: "near-miss",
    source: "https://www.usitc.gov/keywords/united-states-international-trade-commission?page=0",
    title:
      "USITC Institutes Section 337 Investigation of Certain Disposable and Other Closed-System Electronic Nicotine Delivery Systems (ENDS) Devices and Components Thereof",
    text: `February 26, 2026
News Release 26-031
Inv. No(s). 337-TA-1486
The investigation is based on a complaint filed on behalf of R.J. Reynolds Tobacco of Winston-Salem, North Carolina; R.J. Reynolds Vapor Company of Winston-Salem, North Carolina; RAI Services Company of Winston-Salem, North Carolina; and Reynolds Marketing Services of Winston-Salem, North Carolina, on January 13, 2026. A supplement was filed on February 3, 2026.  The complaint, as supplemented, alleges violations of section 337 based upon the importation into the United States and the sale of certain disposable and other closed-system electronic nicotine delivery systems (ENDS) devices and components thereof by reason of unfair methods of competition and unfair acts.

The complainants request that the Commission issue a general exclusion order, or in the alternative a limited exclusion order, and cease and desist orders.

The USITC has identified the following respondents in this investigation:`,
    caseNumber: "337-TA-1486",
    stage: "instituted",
    complainants: ["R.J. Reynolds Tobacco", "R.J. Reynolds Vapor Company", "RAI Services Company", "Reynolds Marketing Services"],
    respondents: [],
  }),
  itc({
    id: "letter-dn3700-not-institute-as-to-proposed-respondent",
    knownGap: "a complainant name running into the letter's subject line is not cut",
    kind: "near-miss",
    source:
      "https://www.docketalarm.com/cases/International_Trade_Commission/337-1381/Disposable_Vaporizer_Devices_and_Components_and_Packaging_Thereof/810442/1/",
    title:
      "Complaint Filed by R.J. Reynolds Tobacco Company and R.J. Reynolds Vapor Company Concerning Certain Disposable Vaporizer Devices and Components and Packaging Thereof (Docket No. 3700)",
    text: `UNITED STATES INTERNATIONAL TRADE COMMISSION
Washington, D.C. 20436
December 15, 2023
Re: Complaint Filed by R.J. Reynolds Tobacco Company and R.J. Reynolds
Vapor Company Concerning Certain Disposable Vaporizer Devices and
Components and Packaging Thereof (Docket No. 3700)
Dear Mr. Davis:
Under Commission Rules 210.9, 210.10 and 210.12(a)(2), (3) and (8), 19 C.F.R. §§
210.9, 210.10, 210.12(a)(2), (3) and (8), the Commission has determined to dismiss in part the
complaint filed on behalf of R.J. Reynolds Tobacco Company and R.J. Reynolds Vapor
Company (collectively “Reynolds”) and not institute an investigation concerning certain
disposable vaporizer devices and components and packing thereof as to: (i) proposed respondent
Shenzhen Pingray Technology (“Pingray”); (ii) the cause of action set out in paragraphs 120
through 136 of the complaint (the “Authorization Claims”).`,
    caseNumber: "DN 3700",
    stage: "other",
    complainants: ["R.J. Reynolds Tobacco Company", "R.J. Reynolds Vapor Company"],
    respondents: [],
  }),
  itc({
    id: "fr-1351-remand-no-violation-short-form-complainant",
    source: "https://www.govinfo.gov/content/pkg/FR-2025-03-25/html/2025-04982.htm",
    title:
      "Certain Active Matrix Organic Light-Emitting Diode Display Panels and Modules for Mobile Devices, and Components Thereof; Notice of the Commission's Final Determination Finding No Violation of Section 337; Termination of the Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1351 (Remand)]
SUMMARY: Notice is hereby given that the U.S. International Trade 
Commission has determined to find no violation of section 337 of the 
Tariff Act of 1930, as amended, in this investigation. The 
investigation is terminated in its entirety.
SUPPLEMENTARY INFORMATION: The Commission instituted this investigation 
on February 3, 2023, based on a complaint filed by Samsung Display Co., 
Ltd. (\`\`SDC'' or \`\`Complainant'') of the Republic of Korea. 88 FR 
7,463-64 (Feb. 3, 2023).`,
    caseNumber: "337-TA-1351",
    stage: "terminated",
    complainants: ["Samsung Display Co., Ltd."],
    respondents: [],
  }),
  itc({
    id: "usitc-news-985-chongqing-as-the-respondent",
    source: "https://www.usitc.gov/keywords/usitc?page=107",
    title: "USITC Institutes Section 337 Investigation of Certain Surgical Stapler Devices and Components Thereof",
    text: `February 10, 2016
News Release 16-019
Inv. No(s). 337-TA-985
The investigation is based on a complaint filed by Covidien LP of Mansfield, MA, on January 8, 2016.  The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain surgical stapler devices and components thereof that infringe patents asserted by the complainant.  The complainant requests that the USITC issue a limited exclusion order and a cease and desist order.

The USITC has identified Chongqing QMI Surgical Co., Ltd., of Chongqing, China, as the respondent in this investigation.

By instituting this investigation (337-TA-985), the USITC has not yet made any decision on the merits of the case.`,
    caseNumber: "337-TA-985",
    stage: "instituted",
    complainants: ["Covidien LP"],
    respondents: ["Chongqing QMI Surgical Co., Ltd."],
  }),
];

export const ISSUE_12_DEV_CASES: CorpusCase[] = ISSUE_12_DEV_RAW.map((c) => ({ ...c, batch: "issue-12-dev" as const }));
