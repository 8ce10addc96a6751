// US ITC Section 337 notices in the Commission's and others' English wording.
import type { CorpusCase } from "./types.ts";

const ITC = { caseType: "us-itc-337", jurisdiction: "US" } as const;

export const US_ITC_CASES: CorpusCase[] = [
  {
    id: "fr-receipt-dn3143-no-section-337-phrase",
    kind: "real",
    source: "https://regulations.justia.com/regulations/fedreg/2016/04/26/2016-09611.html",
    title: "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
    text: `INTERNATIONAL TRADE COMMISSION
Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest
AGENCY: U.S. International Trade Commission.
ACTION: Notice.
Notice is hereby given that the U.S. International Trade Commission has received a complaint entitled Certain Air Mattress Bed Systems and Components Thereof DN 3143; the Commission is soliciting comments on any public interest issues raised by the complaint or complainant's filing under section 210.8(b)`,
    expect: { ...ITC, caseNumber: "DN 3143", stage: "complaint-received", complainants: [], respondents: [] },
  },
  {
    id: "fr-receipt-dn3800-abstract",
    kind: "real",
    source: "https://usregs.ai/regulations/2025-00184-notice-of-receipt-of-complaint-solicitation-of-comments-relating-to-the-public-interest",
    title: "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
    text: `Notice is hereby given that the U.S. International Trade Commission has received a complaint entitled Certain Dryer Wall Exhaust Vent Assemblies and Components Thereof, DN 3800; the Commission is soliciting comments on any public interest issues raised by the complaint or complainant's filing pursuant to the Commission's Rules of Practice and Procedure.`,
    expect: { ...ITC, caseNumber: "DN 3800", stage: "complaint-received", complainants: [], respondents: [] },
  },
  {
    id: "fr-institution-1098-on-behalf-of",
    kind: "real",
    source: "https://thefederalregister.org/83-FR/3770",
    title: "Certain Subsea Telecommunication Systems and Components Thereof; Institution of Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1098]
Notice is hereby given that a complaint was filed with the U.S. International Trade Commission on December 22, 2017, under section 337 of the Tariff Act of 1930, as amended, on behalf of Neptune Subsea Acquisitions Ltd. of the United Kingdom; Neptune Subsea IP Ltd. of the United Kingdom; and Xtera, Inc. of Allen, Texas. Supplements to the complaint were filed on January 4 and 8, 2018. The complaint alleges violations of section 337 based upon the importation into the United States, the sale for importation, and the sale within the United States after importation of certain subsea telecommunication systems and components thereof by reason of infringement of one or more of U.S. Patent No. 8,380,068; U.S. Patent No. 7,860,403. The complainant requests that the Commission institute an investigation and, after the investigation, issue a limited exclusion order and cease and desist orders.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1098",
      stage: "instituted",
      complainants: ["Neptune Subsea Acquisitions Ltd.", "Neptune Subsea IP Ltd.", "Xtera, Inc."],
      respondents: [],
    },
  },
  {
    id: "fr-institution-842-en-dash-number",
    kind: "real",
    source: "https://regulations.justia.com/regulations/fedreg/2012/05/02/2012-10558.html",
    title:
      "Certain Cameras and Mobile Devices, Related Software and Firmware, and Components Thereof and Products Containing the Same; Institution of Investigation Pursuant to 19 U.S.C. 1337",
    text: `INTERNATIONAL TRADE COMMISSION [Inv. No. 337–TA–842] Certain Cameras and Mobile Devices, Related Software and Firmware, and Components Thereof and Products Containing the Same; Institution of Investigation Pursuant to 19 U.S.C. 1337 U.S. International Trade Commission. ACTION: Notice. AGENCY: Notice is hereby given that a complaint was filed with the U.S. International Trade Commission on March 29, 2012, under section 337 of the Tariff Act of 1930, as amended, 19 U.S.C. 1337, on behalf of HumanEyes Technologies, Ltd. of Israel. A supplement to the complaint was filed on April 18, 2012.`,
    expect: { ...ITC, caseNumber: "337-TA-842", stage: "instituted", complainants: ["HumanEyes Technologies, Ltd."], respondents: [] },
  },
  {
    id: "fr-final-1005-domestic-respondent",
    kind: "near-miss",
    source: "https://thefederalregister.org/82-FR/60763",
    title:
      "Certain L-Tryptophan, L-Tryptophan Products, and Their Methods of Production; Commission Final Determination Finding a Section 337 Violation; Issuance of a Limited Exclusion Order and Cease and Desist Order; Termination of the Investigation",
    text: `INTERNATIONAL TRADE COMMISSION
[Investigation No. 337-TA-1005]
Notice is hereby given that the U.S. International Trade Commission has found a violation of section 337 of the Tariff Act of 1930 ("section 337"), as amended, in this investigation. The Commission has issued a limited exclusion order prohibiting the importation of certain L-tryptophan and L-tryptophan products that infringe claim 10 of U.S. Patent No. 6,180,373 or claim 20 of U.S. Patent No. 7,666,655. The Commission has also issued a cease and desist order directed to the domestic respondent. The investigation is terminated.`,
    expect: { ...ITC, caseNumber: "337-TA-1005", stage: "exclusion-order", complainants: [], respondents: [] },
  },
  {
    id: "fr-termination-411-withdrawal",
    kind: "real",
    source: "http://federal.elaws.us/fr/5/19/1999/99-12601",
    title:
      "Certain Organic Photo-Conductor Drums and Products Containing the Same; Notice of Commission Determination To Affirm an Initial Determination Terminating the Investigation Based on Withdrawal of the Complaint",
    text: `[Inv. No. 337-TA-411]
SUMMARY: Notice is hereby given that the U.S. International Trade Commission has determined to affirm the initial determination (ID) of the presiding administrative law judge (ALJ) terminating the above-captioned investigation on the basis of complainants' withdrawal of the complaint.
SUPPLEMENTARY INFORMATION: The Commission instituted this investigation on June 4, 1998, based on a complaint filed by Mitsubishi Chemical Corporation of Japan and Mitsubishi Chemical Corporation America of White Plains, New York (collectively, Mitsubishi). 58 FR 30513. Twelve firms were named as respondents.
On December 4, 1998, Mitsubishi filed an unopposed motion to terminate the investigation based on withdrawal of its complaint with prejudice. By that date, only respondents Dainippon Ink and Chemicals of Japan and DIC Trading (USA) of Fort Lee, New Jersey (collectively, DIC) remained in the investigation.`,
    announced: 12,
    expect: {
      ...ITC,
      caseNumber: "337-TA-411",
      stage: "terminated",
      complainants: ["Mitsubishi Chemical Corporation", "Mitsubishi Chemical Corporation America"],
      respondents: ["Dainippon Ink and Chemicals", "DIC Trading (USA)"],
    },
  },
  {
    id: "fr-termination-995-remaining-respondent",
    kind: "real",
    source: "https://thefederalregister.org/82-FR/8431",
    title:
      "Certain Electrical Conductor Composite Cores and Components Thereof Notice of Commission Determination Not To Review an Initial Determination Granting Unopposed Motion To Terminate the Investigation as to Remaining Respondent; Termination of the Investigation",
    text: `[Investigation No. 337-TA-995]
Notice is hereby given that the U.S. International Trade Commission has determined not to review the presiding administrative law judge's ("ALJ") initial determination ("ID") (Order No. 11) granting an unopposed motion to terminate the investigation as to the only remaining respondent, Shenzhen Zm Hesheng Power Development Co., Ltd. of Shenzhen, China ("Shenzhen Zm Hesheng") based upon good cause. This terminates the investigation.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-995",
      stage: "terminated",
      complainants: [],
      respondents: ["Shenzhen Zm Hesheng Power Development Co., Ltd."],
    },
  },
  {
    id: "fr-geo-1028-defaulting-respondents",
    kind: "near-miss",
    source: "https://regulations.justia.com/regulations/fedreg/2018/02/28/2018-04026.html",
    title:
      "Certain Mobile Device Holders and Components Thereof; Commission's Determination To Affirm a Domestic Industry Finding Under Modified Reasoning; Issuance of a General Exclusion Order; Issuance of Sixteen Cease and Desist Orders; Termination of the Investigation",
    text: `INTERNATIONAL TRADE COMMISSION [Investigation No. 337–TA–1028] Notice is hereby given that the U.S. International Trade Commission has determined to affirm under modified reasoning the ALJ's finding on the economic prong of the domestic industry. The Commission has also determined to issue a general exclusion order directed against infringing mobile device holders and components thereof, and has issued sixteen cease and desist orders against various defaulting respondents. The investigation is hereby terminated.`,
    expect: { ...ITC, caseNumber: "337-TA-1028", stage: "exclusion-order", complainants: [], respondents: [] },
  },
  {
    id: "fr-no-review-1161-defaulting-respondents",
    kind: "near-miss",
    source: "https://www.govinfo.gov/content/pkg/FR-2020-04-09/html/2020-07430.htm",
    title:
      "Certain Food Processing Equipment and Packaging Materials Thereof; Commission Determination Not To Review an Initial Determination Finding a Violation of Section 337; Request for Written Submissions on Remedy, the Public Interest, and Bonding",
    text: `[Investigation No. 337-TA-1161]
SUMMARY: Notice is hereby given that the U.S. International Trade Commission has determined not to review an initial determination ("ID") (Order No. 14) issued by the administrative law judge ("ALJ") on February 18, 2020, granting summary determination that the defaulting respondents have violated section 337 of the Tariff Act of 1930, as amended.`,
    expect: { ...ITC, caseNumber: "337-TA-1161", stage: "initial-determination", complainants: [], respondents: [] },
  },
  {
    id: "usitc-news-1102-two-respondents",
    kind: "real",
    source: "https://www.usitc.gov/keywords/usitc?page=76",
    title: "USITC Institutes Section 337 Investigation of Certain Light Engines and Components Thereof",
    text: `News Release 18-029
Inv. No(s). 337-TA-1102
The U.S. International Trade Commission (USITC) has voted to institute an investigation of certain light engines and components thereof. The products at issue in the investigation are illumination systems used in the life sciences in optical instruments such as microscopes, analytical instruments, or medical instruments.
The investigation is based on a complaint filed by Lumencor, Inc., of Beaverton, OR, on February 2, 2018. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain light engines and components thereof that infringe patents asserted by the complainant. The complainant requests that the USITC issue a limited exclusion order and a cease and desist order.
The USITC has identified the following as respondents in this investigation:
Excelitas Technologies Corp. of Waltham, MA; and
Lumen Dynamics Group, Inc. of Mississauga, Ontario, Canada.
By instituting this investigation (337-TA-1102), the USITC has not yet made any decision on the merits of the case. The ALJ will make an initial determination as to whether there is a violation of section 337; that initial determination is subject to review by the Commission.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1102",
      stage: "instituted",
      complainants: ["Lumencor, Inc."],
      respondents: ["Excelitas Technologies Corp.", "Lumen Dynamics Group, Inc."],
    },
  },
  {
    id: "usitc-news-1213-as-the-respondent",
    kind: "real",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=30",
    title: "USITC Institutes Section 337 Investigation of Certain Light-Emitting Diode Products, Fixtures, and Components Thereof",
    text: `News Release 20-088
Inv. No(s). 337-TA-1213
The U.S. International Trade Commission (USITC) has voted to institute an investigation of certain light-emitting diode products, fixtures, and components thereof. The products at issue in the investigation are described in the Commission's notice of investigation.
The investigation is based on a complaint filed by IDEAL INDUSTRIES LIGHTING LLC d/b/a Cree Lighting of Durham, NC, on July 15, 2020. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain light-emitting diode products, fixtures, and components thereof that infringe patents asserted by the complainant.
The USITC has identified RAB Lighting Inc. of Northvale, NJ, as the respondent in this investigation.
By instituting this investigation (337-TA-1213), the USITC has not yet made any decision on the merits of the case.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1213",
      stage: "instituted",
      complainants: ["IDEAL INDUSTRIES LIGHTING LLC"],
      respondents: ["RAB Lighting Inc."],
    },
  },
  {
    id: "usitc-news-1122-canadian-respondent",
    kind: "real",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=54",
    title: "USITC Institutes Section 337 Investigation of Certain Convertible Sofas and Components Thereof",
    text: `News Release 18-084
Inv. No(s). 337-TA-1122
The U.S. International Trade Commission (USITC) has voted to institute an investigation of certain convertible sofas and components thereof.
The investigation is based on a complaint filed by Sauder Manufacturing Company of Archbold, OH, on June 7, 2018. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain convertible sofas and components thereof that infringe a patent asserted by the complainant. The complainant requests that the USITC issue a limited exclusion order and a cease and desist order.
The USITC has identified Krug, Inc., of Kitchener, Ontario, Canada, as the respondent in this investigation.
By instituting this investigation (337-TA-1122), the USITC has not yet made any decision on the merits of the case.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1122",
      stage: "instituted",
      complainants: ["Sauder Manufacturing Company"],
      respondents: ["Krug, Inc."],
    },
  },
  {
    id: "usitc-news-947-same-name-two-places",
    kind: "real",
    source: "https://www.usitc.gov/keywords/usitc?page=118",
    title: "USITC Institutes Section 337 Investigation of Certain Light Emitting Diode Products and Components Thereof",
    text: `News Release 15-016
Inv. No(s). 337-TA-947
The U.S. International Trade Commission (USITC) has voted to institute an investigation of certain light emitting diode products and components thereof. The products at issue in the investigation are LED products, such as LED bulbs, and other LED products and components of those products including LED chips and chip packages.
The investigation is based on a complaint filed by Cree, Inc., of Durham, NC, on January 12, 2015. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain light emitting diode products and components thereof that infringe patents asserted by Cree. The complainant requests that the USITC issue an exclusion order and cease and desist orders.
The USITC has identified the following as respondents in this investigation:
Feit Electric Company, Inc., of Pico Rivera, CA;
Feit Electric Company, Inc., of Xiamen, China;`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-947",
      stage: "instituted",
      complainants: ["Cree, Inc."],
      respondents: ["Feit Electric Company, Inc."],
    },
  },
  {
    id: "usitc-news-963-dba-and-mauritius",
    kind: "real",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=94",
    title: "USITC Institutes Section 337 Investigation of Certain Activity Tracking Devices, Systems, and Components Thereof",
    text: `News Release 15-075
Inv. No(s). 337-TA-963
The U.S. International Trade Commission (USITC) has voted to institute an investigation of certain activity tracking devices, systems, and components thereof.
The investigation is based on a complaint filed by AliphCom d/b/a Jawbone of San Francisco, CA, and Bodymedia, Inc., of Pittsburgh, PA, on July 7, 2015. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain activity tracking devices, systems, and components thereof that infringe patents asserted by the complainants, and that use or were made using misappropriated trade secrets.
The USITC has identified the following as respondents in this investigation:
Fitbit, Inc., of San Francisco, CA;
Flextronics International Ltd. of San Jose, CA; and
Flextronics Sales & Marketing (A-P) Ltd. of Port Louis, Mauritius.
By instituting this investigation (337-TA-963), the USITC has not yet made any decision on the merits of the case.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-963",
      stage: "instituted",
      complainants: ["AliphCom", "Bodymedia, Inc."],
      respondents: ["Fitbit, Inc.", "Flextronics International Ltd.", "Flextronics Sales & Marketing (A-P) Ltd."],
    },
  },
  {
    id: "usitc-news-1161-address-without-of",
    kind: "real",
    source: "https://www.usitc.gov/keywords/section-337?page=19",
    title: "USITC Institutes Section 337 Investigation of Certain Food Processing Equipment and Packaging Materials Thereof",
    text: `News Release 19-049
Inv. No(s). 337-TA-1161
The investigation is based on a second amended complaint filed by 3-A Sanitary Standards, Inc., of McLean, VA, on June 3, 2019. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain food processing equipment and packaging materials thereof by reason of false advertising and unfair competition under Section 43(a) of the Lanham Act. The complainant requests that the USITC issue a general exclusion order, or in the alternative a limited exclusion order, and cease and desist orders.
The USITC has identified the following as respondents in this investigation:
Wenzhou QiMing Stainless Co., Ltd. of Wenzhou, Zhejiang, China;
High MPa Valve Manufacturing Co., Ltd., of Wenzhou, Zhejiang, China;
Wenzhou Sinco Steel Co., Ltd., of Wenzhou, China;
Wenzhou Kasin Valve Pipe Fitting Co., Ltd., of Wenzhou, China; and
Wenzhou Fuchuang Machinery Co., Ltd., Wenzhou, Zhejiang, China.
By instituting this investigation (337-TA-1161), the USITC has not yet made any decision on the merits of the case.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1161",
      stage: "instituted",
      complainants: ["3-A Sanitary Standards, Inc."],
      respondents: [
        "Wenzhou QiMing Stainless Co., Ltd.",
        "High MPa Valve Manufacturing Co., Ltd.",
        "Wenzhou Sinco Steel Co., Ltd.",
        "Wenzhou Kasin Valve Pipe Fitting Co., Ltd.",
        "Wenzhou Fuchuang Machinery Co., Ltd.",
      ],
    },
  },
  {
    id: "usitc-news-1241-luxshare",
    kind: "real",
    source: "https://www.usitc.gov/keywords/usitc?page=37",
    title: "USITC Institutes Section 337 Investigation of Certain Electrical Connectors and Cages, Components Thereof, and Products Containing the Same",
    text: `News Release 21-008
Inv. No(s). 337-TA-1241
The investigation is based on a complaint filed by Amphenol Corp. of Wallingford, CT, on December 18, 2020. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain electrical connectors and cages, components thereof, and products containing the same that infringe patents asserted by the complainant.
The USITC has identified the following as respondents in this investigation:
Luxshare Precision Industry Co., Ltd., of Dongguan City, Guangdong Province, China;
Dongguan Luxshare Precision Industry Co. Ltd. of Dongguan City, Guangdong Province, China;
Luxshare Precision Limited (HK) of Fotan, New Territories, Hong Kong; and
Luxshare-ICT Inc. of Milpitas, CA.
By instituting this investigation (337-TA-1241), the USITC has not yet made any decision on the merits of the case.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1241",
      stage: "instituted",
      complainants: ["Amphenol Corp."],
      respondents: [
        "Luxshare Precision Industry Co., Ltd.",
        "Dongguan Luxshare Precision Industry Co. Ltd.",
        "Luxshare Precision Limited (HK)",
        "Luxshare-ICT Inc.",
      ],
    },
  },
  {
    id: "usitc-news-1306-as-the-respondents",
    kind: "real",
    source: "https://www.usitc.gov/keywords/intellectual_property_infringement?page=5",
    title:
      "USITC Institutes Section 337 Investigation of Certain Barcode Scanners, Mobile Computers with Barcode Scanning Capabilities, Scan Engines, RFID Printers, Components Thereof, and Products Containing The Same",
    text: `News Release 22-037
Inv. No(s). 337-TA-1306
The investigation is based on a complaint filed by Zebra Technologies Corporation of Lincolnshire, IL and Symbol Technologies, LLC of Holtsville, NY on February 4, 2022. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain barcode scanners. The complainants request that the USITC issue a limited exclusion order and a permanent cease and desist order.
The USITC has identified the following as the respondents this investigation:
Honeywell International Inc. of Charlotte, NC; and
Hand Held Products, Inc. of Charlotte, NC.
By instituting this investigation (337-TA-1306), the USITC has not yet made any decision on the merits of the case.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1306",
      stage: "instituted",
      complainants: ["Zebra Technologies Corporation", "Symbol Technologies, LLC"],
      respondents: ["Honeywell International Inc.", "Hand Held Products, Inc."],
    },
  },
  {
    id: "usitc-news-1054-ten-respondents",
    kind: "real",
    source: "https://www.usitc.gov/keywords/us-international-trade-commission-0?page=71",
    title: "USITC Institutes Section 337 Investigation of Certain Height-Adjustable Desk Platforms and Components Thereof",
    text: `News Release 17-062
Inv. No(s). 337-TA-1054
The investigation is based on a complaint filed by Varidesk LLC of Coppell, TX, on March 30, 2017. A letter supplementing the complaint was filed on April 21, 2017. The complaint alleges violations of section 337 of the Tariff Act of 1930 in the importation into the United States and sale of certain height-adjustable desk platforms and components thereof that infringe patents asserted by the complainant.
The USITC has identified the following as respondents in this investigation:
Lumi Legend Corporation of Ningbo, China;
Innovative Office Products LLC of Easton, PA;
Ergotech Group LLC of Easton, PA;
Transform Partners LLC (dba Mount-It!) of San Diego, CA;
Monoprice, Inc., of Rancho Cucamonga, CA;
Ningbo Loctek Visual Technology Corporation of Ningbo, China;
Zhejiang Loctek Smart Drive Technology Co., Ltd., of Ningbo, China;
Loctek Inc. of Fremont, CA;
Zoxou, Inc., of Fremont, CA; and
Flexispot of Livermore, CA.
By instituting this investigation (337-TA-1054), the USITC has not yet made any decision on the merits of the case.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1054",
      stage: "instituted",
      complainants: ["Varidesk LLC"],
      respondents: [
        "Lumi Legend Corporation",
        "Innovative Office Products LLC",
        "Ergotech Group LLC",
        "Transform Partners LLC",
        "Monoprice, Inc.",
        "Ningbo Loctek Visual Technology Corporation",
        "Zhejiang Loctek Smart Drive Technology Co., Ltd.",
        "Loctek Inc.",
        "Zoxou, Inc.",
        "Flexispot",
      ],
    },
  },
  {
    id: "law-blog-648-collectively-respondents",
    kind: "real",
    source: "http://www.itcblog.com/component/tags/tag/remand-determinations",
    title:
      "ALJ Charneski Issues Public Version Of Remand Determination In Certain Semiconductor Integration Circuits Using Tungsten Metallization (337-TA-648)",
    text: `On January 29, 2010, ALJ Carl C. Charneski issued the public version of the Remand Determination (dated January 14, 2010) in Certain Semiconductor Integration Circuits Using Tungsten Metallization and Products Containing Same (Inv. No. 337-TA-648).
By way of background, the Complainants in this investigation are LSI Corporation and Agere Systems Inc. and the Respondents are Tower Semiconductor, Ltd., Jazz Semiconductor, Qimonda AG, Powerchip Semiconductor Corporation, Grace Semiconductor Manufacturing Corporation, Integrated Device Technology, Inc., Spansion, Inc., and Nanya Technology Corporation (collectively, "Respondents").`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-648",
      stage: "other",
      complainants: ["LSI Corporation", "Agere Systems Inc."],
      respondents: [
        "Tower Semiconductor, Ltd.",
        "Jazz Semiconductor",
        "Qimonda AG",
        "Powerchip Semiconductor Corporation",
        "Grace Semiconductor Manufacturing Corporation",
        "Integrated Device Technology, Inc.",
        "Spansion, Inc.",
        "Nanya Technology Corporation",
      ],
    },
  },
  {
    id: "law-blog-1117-all-named-respondents-in-default",
    kind: "near-miss",
    source: "http://mondaq.com/unitedstates/x/845142/Corporate+Commercial+Law/ITC+Grants+Summary+Determination+Against+Defaulting+Respondents+And+Issues+GEO",
    title: "ITC Grants Summary Determination Against Defaulting Respondents And Issues GEO",
    text: `In another example of why defaulting at the ITC can be a dangerous strategy, the ITC recently found all eight named respondents in default and concluded a general exclusion order (GEO) was the appropriate remedy. Since the ITC did not receive a response from any of the eight respondents, Complainant Bear Archery filed a motion for summary determination seeking a finding of a Section 337 violation and entry of a GEO. ALJ Bullock granted the motion and, upon review, the Commission agreed that a GEO was the appropriate remedy. See Certain Full-Capture Arrow Rests and Components Thereof, Inv. No. 337-TA-1117, Comm'n Op. (July 31, 2019).`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1117",
      stage: "exclusion-order",
      complainants: ["Bear Archery"],
      respondents: [],
    },
  },
  {
    id: "alj-order-1279-finding-respondent-in-default",
    kind: "real",
    source: "https://www.docketalarm.com/cases/International_Trade_Commission/337-127/Certain_Amino_Acid_Formulations/756567/1",
    title: "INITIAL DETERMINATION FINDING RESPONDENT HUNAN RUNMEI GENE TECHNOLOGY CO. LTD. IN DEFAULT",
    text: `UNITED STATES INTERNATIONAL TRADE COMMISSION
Washington, D.C.
Inv. No. 337-TA-1279
In the Matter of
CERTAIN FLOCKED SWABS, PRODUCTS CONTAINIG FLOCKED SWABS, AND METHODS OF USING SAME
ORDER NO. 27:
(November 15, 2021)
On October 12, 2021, Respondent Hunan Runmei Gene Technology Co. Ltd. ("Runmei") filed a "Notice of Election to Default" (EDIS Doc. ID 753942).`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1279",
      stage: "initial-determination",
      complainants: [],
      respondents: ["Hunan Runmei Gene Technology Co. Ltd."],
    },
  },
  {
    id: "cfr-210-17-rule-text",
    kind: "near-miss",
    source: "https://www.legalfix.com/CFR/2019/title-19/chapter-ii/part-210/section-210%2E17",
    title: "§ 210.17 - Other failure to act and default.",
    text: `Failures to act other than the defaults listed in § 210.16 may provide a basis for the presiding administrative law judge or the Commission to draw adverse inferences and to issue findings of fact, conclusions of law, determinations (including a determination on violation of section 337 of the Tariff Act of 1930), and orders that are adverse to the party who fails to act.`,
    expect: { ...ITC, caseNumber: null, stage: "other", complainants: [], respondents: [] },
  },
  {
    id: "near-miss-antidumping-institution",
    kind: "near-miss",
    source: "https://thefederalregister.org/82-FR/26712",
    title:
      "Citric Acid and Certain Citrate Salts From Belgium, Colombia, and Thailand Institution of Antidumping and Countervailing Duty Investigations and Scheduling of Preliminary Phase Investigations",
    text: `The Commission hereby gives notice of the institution of investigations and commencement of preliminary phase antidumping and countervailing duty investigation Nos. 701-TA-581 and 731-TA-1374-1376 (Preliminary) pursuant to the Tariff Act of 1930 ("the Act") to determine whether there is a reasonable indication that an industry in the United States is materially injured or threatened with material injury by reason of imports of citric acid and certain citrate salts from Belgium, Colombia, and Thailand, provided for in subheadings 2918.14, 2918.15, and 3824.99 of the Harmonized Tariff Schedule of the United States.`,
    expect: { caseType: null, jurisdiction: null, caseNumber: null, stage: null, complainants: [], respondents: [] },
  },
  {
    id: "near-miss-fcc-respondents-are-complainants",
    kind: "near-miss",
    source: "https://omb.report/icr/199501-3060-003",
    title: "Formal Complaint Procedures, GN Docket No. 09-191",
    text: `INFORMATION FILED PURSUANT TO 47 CFR 1.720 ET SEQ., IS PROVIDED EITHER WITH OR IN RESPONSE TO A FORMAL COMPLAINT. THE INFORMATION IS USED TO RESOLVE A COMPLAINT AND DETERMINE WHETHER A VIOLATION OF THE COMMUNICATIONS ACT OR THE COMMISSION'S RULES HAS OCCURRED. AFFECTED RESPONDENTS ARE COMPLAINANTS AND DEFENDANT COMMON CARRIERS.`,
    expect: { caseType: null, jurisdiction: null, caseNumber: null, stage: null, complainants: [], respondents: [] },
  },
  {
    id: "constructed-respondents-counsel",
    kind: "constructed",
    source: "constructed in the wording of a Federal Register 337 notice",
    title:
      "Certain Lithium-Ion Battery Cells; Notice of a Commission Determination Not To Review an Initial Determination Granting a Motion To Amend the Complaint",
    text: `[Investigation No. 337-TA-1452]
Notice is hereby given that the U.S. International Trade Commission has determined not to review an initial determination granting complainants' motion to amend the complaint. The respondents' counsel, Harbor & Pike LLP of Washington, DC, did not oppose the motion. Respondents are directed to file any response within ten days.`,
    expect: { ...ITC, caseNumber: "337-TA-1452", stage: "initial-determination", complainants: [], respondents: [] },
  },
  {
    id: "constructed-names-with-of-and-co-ltd",
    kind: "constructed",
    source: "constructed in the wording of a Federal Register receipt notice (fictional case)",
    title: "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
    text: `Notice is hereby given that the U.S. International Trade Commission has received a complaint entitled Certain Payment Terminals and Components Thereof, DN 3999; the Commission is soliciting comments on any public interest issues raised by the complaint.
The complaint names as respondents: Bank of China Limited of Beijing, China; Industrial and Commercial Bank of China Ltd. of Beijing, China; Shenzhen Xinguodu Technology Co., Ltd. of Shenzhen, Guangdong, China; and PAX Technology Inc. of Jacksonville, Florida. The complainant requests that the Commission issue a limited exclusion order.`,
    expect: {
      ...ITC,
      caseNumber: "DN 3999",
      stage: "complaint-received",
      complainants: [],
      respondents: ["Bank of China Limited", "Industrial and Commercial Bank of China Ltd.", "Shenzhen Xinguodu Technology Co., Ltd.", "PAX Technology Inc."],
    },
  },
  {
    id: "constructed-inline-institution-lists",
    kind: "constructed",
    source: "constructed in the wording of a Federal Register institution notice, lists run together on one line",
    title: "Certain Lithium-Ion Battery Cells; Institution of Investigation",
    text: `[Investigation No. 337-TA-1452] (2) For the purpose of the investigation so instituted, the following are hereby named as parties upon which this notice of investigation shall be served: (a) The complainant is: Ampereon Energy Systems, Inc., 4100 Lakeline Boulevard, Suite 300, Austin, TX 78717 (b) The respondents are the following entities upon which the complaint is to be served: Ningbo Cellmax Battery Co., Ltd., 66 Mingzhou Road, Beilun District, Ningbo, Zhejiang 315800, China; Brightvolt Trading (HK) Limited, Unit 1208, Harbour Centre, Kowloon, Hong Kong (c) The Office of Unfair Import Investigations, U.S. International Trade Commission, 500 E Street SW, Suite 401, Washington, DC 20436`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1452",
      stage: "instituted",
      complainants: ["Ampereon Energy Systems, Inc."],
      respondents: ["Ningbo Cellmax Battery Co., Ltd.", "Brightvolt Trading (HK) Limited"],
    },
  },
  {
    id: "constructed-terminated-as-to-respondent-settlement",
    kind: "constructed",
    source: "constructed in the wording of a Federal Register determination notice",
    title:
      "Certain Lithium-Ion Battery Cells; Notice of a Commission Determination Not To Review an Initial Determination Terminating the Investigation as to Respondent Cellmax USA Inc. Based on Settlement",
    text: `[Investigation No. 337-TA-1452]
Notice is hereby given that the U.S. International Trade Commission has determined not to review an initial determination terminating the investigation as to respondent Cellmax USA Inc. of Ontario, California based on settlement. Respondents found in default include Dongguan Hengrun New Energy Co., Ltd. and Brightvolt Trading (HK) Limited.`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1452",
      stage: "initial-determination",
      complainants: [],
      respondents: ["Cellmax USA Inc.", "Dongguan Hengrun New Energy Co., Ltd.", "Brightvolt Trading (HK) Limited"],
    },
  },
];
