// Chinese-language reports of US cases, and US district court / "Schedule A" cases.
import type { CorpusCase } from "./types.ts";

const ITC = { caseType: "us-itc-337", jurisdiction: "US" } as const;
const COURT = { caseType: "us-district-court", jurisdiction: "US", stage: null } as const;
const SCHEDULE_A = { caseType: "schedule-a-tro", jurisdiction: "US", stage: null } as const;

export const ZH_AND_COURT_CASES: CorpusCase[] = [
  {
    id: "zh-1256-lieming-beigao-deng",
    kind: "real",
    source: "http://www.nbdz.org/newsview.aspx?catid=81&id=13118",
    title: "美国对特定便携式电池启动器及其组件启动337调查",
    text: `2021年3月17日,美国国际贸易委员会投票决定对特定便携式电池启动器及其组件启动337调查(调查编码:337-TA-1256)。1月19日,美国NOCO Company of Glenwillow, OH向美国ITC提出337立案调查申请,主张对美出口、在美进口和在美销售的该产品侵犯了其专利权(美国注册专利号9,007,015、10,604,024和美国注册商标号4,811,656、4,811,749),请求美国ITC发布有限排除令、禁止令。中国广东深圳艺科电子有限公司、中国广东深圳联翔伟业科技有限公司、中国广东深圳钴鲁科技有限公司、中国广东电将军能源有限公司、中国上海七十迈数字科技有限公司等为列名被告。美国国际贸易委员会将于立案后45天内确定调查结束期。`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1256",
      stage: "instituted",
      complainants: ["NOCO Company"],
      respondents: [
        "广东深圳艺科电子有限公司",
        "广东深圳联翔伟业科技有限公司",
        "广东深圳钴鲁科技有限公司",
        "广东电将军能源有限公司",
        "上海七十迈数字科技有限公司",
      ],
    },
  },
  {
    id: "zh-1186-quexi-beigao",
    kind: "real",
    source: "http://www.nbdz.org/newsview.aspx?catid=81&id=13118",
    title: "美国对涉中国平衡电枢设备、产品及其组件作出337部分终裁",
    text: `2021年3月17日,美国国际贸易委员会(ITC)发布公告称,对特定平衡电枢设备、产品及其组件(调查编码:337-TA-1186)作出337部分终裁:经过对本案行政法官于1月14日作出的初裁(No.46)的复审,部分同意对中国江苏Liang Li (a/k/a Ryan Li)不当行为的制裁,并认定中国广东深圳倍声声学技术有限公司、中国江苏苏州倍声声学技术有限公司、美国Bellsing Corporation of Lisle, IL、中国广东东莞倍声精密设备有限公司为缺席被告。`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1186",
      stage: "final-determination",
      complainants: [],
      respondents: ["广东深圳倍声声学技术有限公司", "江苏苏州倍声声学技术有限公司", "Bellsing Corporation", "广东东莞倍声精密设备有限公司"],
    },
  },
  {
    id: "zh-traditional-1195-lieming-beigao-wei",
    kind: "real",
    source: "http://xgknr.cn/newsinfo.asp?articleid=297",
    title: "美國對特定電子蠟燭產品及其組件發起337調查",
    text: `當地時間2020年3月31日,美國國際貿易委員會(ITC)投票決定對特定電子蠟燭產品及其組件(Certain Electronic CandleProducts and Components Thereof)正式發起337調查(案件調查號為:337-TA-1195)。本案中國列名被告為寧波華茂國際貿易有限公司、寧波鋃升工藝品有限公司、南通亞泰蠟業工藝品有限公司、寧波美博進出口有限公司、深圳市真金韋爾智能科技有限公司、深圳市金志鵬科技有限公司、寧波閃煌電器有限公司、義烏市勝達工藝品有限公司、深圳市同方光電科技有限公司、廣東同方照明有限公司深圳分公司。涉案產品的美國海關編碼為:8541000000。
當地時間2020年3月2日,美國L&L Candle Company LLC和美國Sotera Tschetter Inc.依據《美國1930年關稅法》第337節規定,向美國國際貿易委員會提出申請,指控對美出口、在美進口或在美銷售的電子蠟燭產品及其組件侵犯其專利權,請求ITC發起337調查,并發布普遍排除令或有限排除令及禁止令。`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1195",
      stage: "instituted",
      complainants: ["L&L Candle Company LLC", "Sotera Tschetter Inc."],
      respondents: [
        "寧波華茂國際貿易有限公司",
        "寧波鋃升工藝品有限公司",
        "南通亞泰蠟業工藝品有限公司",
        "寧波美博進出口有限公司",
        "深圳市真金韋爾智能科技有限公司",
        "深圳市金志鵬科技有限公司",
        "寧波閃煌電器有限公司",
        "義烏市勝達工藝品有限公司",
        "深圳市同方光電科技有限公司",
        "廣東同方照明有限公司深圳分公司",
      ],
    },
  },
  {
    id: "zh-fuel-pump-weiyi-zhiding-yingsufang",
    kind: "real",
    source: "http://www.risk-info.com/article-3157-1.html",
    title: "美国对部分带蒸汽分离器的燃油泵组件启动337调查",
    text: `2018年2月27日,美国国际贸易委员会(ITC)投票正式决定对部分带蒸汽分离器的燃油泵组件及其同类产品(certain fuel
pump assemblies having vapor separators and components thereof)启动337调查。涉案产品是部分船舶发动机的燃油泵组件。 2018年1月31日,美国卡特燃油系统公司(Carter Fuel Systems,
LLC)根据《美国1930年关税法》第337节规定向美国ITC提出申请,指控美国进口以及美国国内市场销售的部分带有蒸汽分离器的燃油泵组件侵犯了其专利权,申请启动337调查,并发布有限排除令和禁止令。 美国ITC最终将中国温州市聚尚机车部件有限公司(Wenzhou Jushang
(JS) Performance Parts Co. Ltd. of China)列为本案的唯一指定应诉方。`,
    expect: {
      ...ITC,
      caseNumber: null,
      stage: "instituted",
      complainants: ["卡特燃油系统公司"],
      respondents: ["温州市聚尚机车部件有限公司"],
    },
  },
  {
    id: "zh-1387-count-not-names",
    kind: "near-miss",
    source: "http://www.ccpitxian.org/xxfw/mymcyjxx/yjxx/1747153399254163458.html",
    title: "美国 ITC 正式对特定电子计算设备及其组件和模块启动 337 调查",
    text: `2024 年 1 月 11 日,美国国际贸易委员会(ITC)投票决定对特 定电子计算设备及其组件和模块启动 337 调查(调查编码: 337-TA-1387)。2023 年 12 月 12 日,瑞典 Telefonaktiebolaget LMEricsson 公司向美国 ITC 提出 337 立案调查申请,并于 2024 年 1 月 2 日进行了补充,主张在美进口和在美销售的该产品违反了美国 337 条款,请求美国 ITC 发布永久性有限排除令和永久性禁止令。中国、 美国共 6 家企业为列名被告。`,
    announced: 6,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1387",
      stage: "instituted",
      complainants: ["Telefonaktiebolaget LMEricsson 公司"],
      respondents: [],
    },
  },
  {
    id: "zh-1456-beilie-wei-lieming-beigao",
    kind: "real",
    source: "https://reportify.cn/social-media/706220695327441",
    title: "337调查启动:美国ITC对特定移动蜂窝通信设备启动337调查",
    text: `337调查启动 - 美国国际贸易委员会(ITC)于8月4日投票决定对"特定移动蜂窝通信设备"启动337调查(调查编码:337-TA-1456)[1] - 中国一加、联想、TCL等多家企业及其海外关联公司,以及芬兰HMD Global等企业被列为列名被告[1] - 调查源于韩国Pantech Corporation于2025年7月3日向ITC提交的申诉,主张相关产品侵犯其4项美国注册专利[3]
涉案企业范围 - 列名被告包括中国深圳市万普拉斯科技有限公司(一加)及其美国子公司、联想集团及其美国子公司、摩托罗拉移动(联想旗下)、TCL实业控股股份有限公司及其关联企业、芬兰HMD Global及其美国子公司[3]`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1456",
      stage: "instituted",
      complainants: ["Pantech Corporation"],
      respondents: ["一加", "联想", "TCL", "HMD Global", "深圳市万普拉斯科技有限公司", "联想集团", "摩托罗拉移动", "TCL实业控股股份有限公司"],
    },
  },
  {
    id: "zh-mofcom-12th-application-no-parties",
    kind: "near-miss",
    source: "http://m.hometex114.com/news/202273.html",
    title: "商务部:今年第12起涉华337调查申请",
    text: `商务部公平局称,这是今年以来外国企业在美提起的涉及中国出口产品的第12起337调查申请。
美国的337调查因《1930年美国关税法》第337条而得名,“337条款”主要是美国用来反对进口贸易中的不公平竞争行为,特别是保护美国知识产权人的权益不受涉嫌侵权进口产品的侵害。`,
    expect: { ...ITC, caseNumber: null, stage: "complaint-received", complainants: [], respondents: [] },
  },
  {
    id: "zh-statistics-in-china-companies",
    kind: "near-miss",
    source: "http://cncmrn.com/channels/finance/20100805/269671.html",
    title: "337调查频频瞄准中国企业",
    text: `本报讯(记者沈衍琪)被称为“最严厉”贸易限制措施的337调查频频瞄准中国企业。记者昨日从商务部公平贸易局获悉,今年7月,美国国际贸易委员会发起的9起337调查中,5起涉及在华企业,占案件总数的55.6%。
此前,中国打火机行业也曾面对来自美国芝宝(ZIPPO)公司的337调查,众多打火机企业经过历时三年的联合应诉最终胜诉。`,
    expect: { ...ITC, caseNumber: null, stage: "other", complainants: [], respondents: [] },
  },
  {
    id: "zh-us-steel-shenqingren-without-wei",
    kind: "real",
    source: "http://driinfo.com/show.php?contentid=307264",
    title: "美国钢铁公司对中国钢铁企业提起337调查申请",
    text: `美国337调查的法律依据是现行美国《1930年关税法》第1337节,因其主要用于对侵犯知识产权特别是专利权的进口产品采取贸易限制措施而闻名。
本案的申请人美国钢铁公司对中国钢铁企业的指控共有三项:第一,合谋定价,并操控产量和出口数量。第二,侵占和非法使用美国钢铁公司的商业秘密。第三,使用虚假原产地和生产商标识。`,
    expect: { ...ITC, caseNumber: null, stage: "complaint-received", complainants: ["美国钢铁公司"], respondents: [] },
  },
  {
    id: "constructed-zh-beilie-wei-beishenqingren",
    kind: "constructed",
    source: "constructed in the wording of Chinese trade-remedy reports (fictional case)",
    title: "美国对特定锂离子电池及其组件提起337调查申请",
    text: `2026年10月2日,美国Ampereon Energy Systems, Inc.依据美国《1930年关税法》第337节规定向美国国际贸易委员会提出337调查申请,请求发布普遍排除令。宁波赛尔迈电池有限公司、深圳联芯动力科技有限公司被列为被申请人。`,
    expect: {
      ...ITC,
      caseNumber: null,
      stage: "complaint-received",
      complainants: ["Ampereon Energy Systems, Inc."],
      respondents: ["宁波赛尔迈电池有限公司", "深圳联芯动力科技有限公司"],
    },
  },
  {
    id: "constructed-zh-sheji-zhongguo-qiye",
    kind: "constructed",
    source: "constructed in the wording of 中国贸易救济信息网 bulletins (fictional case)",
    title: "美国ITC对特定空调及其组件作出337初裁",
    text: `美国国际贸易委员会(ITC)发布公告,对特定空调及其组件(调查编码:337-TA-1499)作出337初裁。涉及中国企业:广东美的制冷设备有限公司、珠海格力电器股份有限公司。申请人为美国Carrier Corporation。`,
    expect: {
      ...ITC,
      caseNumber: "337-TA-1499",
      stage: "initial-determination",
      complainants: ["Carrier Corporation"],
      respondents: ["广东美的制冷设备有限公司", "珠海格力电器股份有限公司"],
    },
  },
  {
    id: "zh-schedule-a-eicher-su",
    kind: "real",
    source: "https://www.allbelief-cn.com/post/对中国电商的利好：伊利诺伊北区联邦地区法院对资产冻结态度的转变",
    title: "对中国电商的利好:伊利诺伊北区联邦地区法院对资产冻结态度的转变",
    text: `背景:NDIL法院及“Schedule A”批量侵权案件模式
伊利诺伊州北区联邦地区法院(NDIL)长期以来是所谓“Schedule A”批量侵权案件的集中地。
2025年8月8日,NDIL法官约翰·Kness在Eicher Motors Ltd.诉Schedule A所列被告一案(案号1:25-cv-02937)中发表了详细意见。`,
    expect: { ...SCHEDULE_A, caseNumber: "1:25-cv-02937", complainants: ["Eicher Motors Ltd."], respondents: [] },
  },
  {
    id: "en-schedule-a-eicher-translation",
    kind: "real",
    source: "http://www.baissite.com/en/platform-entry-rules/illinois-northern-district-court-makes-historic-ruling-on-schedule-a-litigation-mechanism",
    title: "Illinois Northern District Court makes historic ruling on Schedule A litigation mechanism",
    text: `On August 8, 2025, Judge John F. Kness of the Federal District Court for the Northern District of Illinois
In the case of Eicher Motors Limited v. Schedule A Defendant (case number 25-cv-02937), a landmark ruling was made to reject the plaintiff's application for a temporary restraining order (TRO) and systematically criticize the long-standing "Schedule A" bulk litigation mechanism.`,
    expect: { ...SCHEDULE_A, caseNumber: "25-cv-02937", complainants: ["Eicher Motors Limited"], respondents: [] },
  },
  {
    id: "court-schedule-a-dongguan-guardian-plaintiff",
    kind: "real",
    source: "https://www.scribd.com/document/803090366/Dongguan-Guardian-Technology-Co-Ltd-v-Schedule-A-Complaint",
    title: "Dongguan Guardian Technology Co. Ltd. v. Schedule A - Complaint",
    text: `Case: 1:24-cv-12613 Document #: 1 Filed: 12/09/24 Page 1 of 12 PageID #:1
IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
COMPLAINT
Plaintiff Dongguan Guardian Technology Co. Ltd. ("Guardian"), by and through its attorneys, The Law Offices of Konrad Sherinian, LLC, hereby brings the present action against the Partnerships and Unincorporated Associations (collectively, "Defendants") identified on Schedule A attached to the complaint and alleges as follows:`,
    expect: {
      ...SCHEDULE_A,
      caseNumber: "1:24-cv-12613",
      complainants: ["Dongguan Guardian Technology Co. Ltd."],
      respondents: [],
    },
  },
  {
    id: "court-schedule-a-chen-now-comes",
    kind: "real",
    source: "https://www.scribd.com/document/676398393/Chen-v-Schedule-A-Complaint",
    title: "Chen v. Schedule A - Complaint",
    text: `Huawen Chen, )
Plaintiff, )
v. )
The Individuals, Partnerships and Unincorporated Associations Identified on Schedule A, )
Defendants )
Complaint
NOW COMES Huawen Chen ("Plaintiff"), by and through his undersigned counsel, and hereby brings this Complaint against the Individuals, Partnerships, and Unidentified Associations
Case: 1:23-cv-14304 Document #: 1 Filed: 09/29/23 Page 2 of 26 PageID #:2`,
    expect: { ...SCHEDULE_A, caseNumber: "1:23-cv-14304", complainants: ["Huawen Chen"], respondents: [] },
  },
  {
    id: "court-chinese-plaintiff-v-amazon",
    kind: "real",
    source:
      "https://www.docketalarm.com/cases/Illinois_Northern_District_Court/1--20-cv-05233/Shenzhen_Qianhai_Phoenix_Networks_Co._Ltd._v._Amazon.com_Services_LLC_et_al/2/",
    title: "Shenzhen Qianhai Phoenix Networks Co. Ltd. v. Amazon.com Services LLC et al",
    text: `Case: 1:20-cv-05233 Document #: 2 Filed: 09/03/20 Page 1 of 11 PageID #:2
IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ILLINOIS EASTERN DIVISION
NOW COMES Shenzhen Qianhai Phoenix Networks Co., Ltd. ("Plaintiff"), by and through its counsel at AU LLC and hereby brings this action against Amazon.com Services, LLC and Amazon.com, Inc. (collectively, "Defendants") and alleges as follows:`,
    expect: {
      ...COURT,
      caseNumber: "1:20-cv-05233",
      complainants: ["Shenzhen Qianhai Phoenix Networks Co., Ltd."],
      respondents: ["Amazon.com Services, LLC", "Amazon.com, Inc."],
    },
  },
  {
    id: "court-acqis-v-lenovo-six-defendants",
    kind: "real",
    source: "https://www.docketalarm.com/cases/Texas_Western_District_Court/6--20-cv-00967/ACQIS_LLC_v._Lenovo_Group_Ltd._et_al/1/",
    title: "ACQIS LLC v. Lenovo Group Ltd. et al",
    text: `Case 6:20-cv-00967 Document 1 Filed 10/15/20 Page 1 of 78
UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF TEXAS WACO DIVISION
COMPLAINT FOR PATENT INFRINGEMENT
Plaintiff ACQIS LLC ("Plaintiff" or "ACQIS"), by its attorneys, hereby alleges patent infringement against Defendants Lenovo Group Ltd., Lenovo PC HK Limited, LCFC (Hefei) Electronics Technology Co., Ltd., Lenovo International Information Products (Shenzhen) Co. Ltd., Lenovo (Beijing) Information Technology Co., Ltd., Lenovo Centro Tecnológico S. de R.L. de C.V (collectively "Defendants" or "Lenovo") as follows:`,
    expect: {
      ...COURT,
      caseNumber: "6:20-cv-00967",
      complainants: ["ACQIS LLC"],
      respondents: [
        "Lenovo Group Ltd.",
        "Lenovo PC HK Limited",
        "LCFC (Hefei) Electronics Technology Co., Ltd.",
        "Lenovo International Information Products (Shenzhen) Co. Ltd.",
        "Lenovo (Beijing) Information Technology Co., Ltd.",
        "Lenovo Centro Tecnológico S. de R.L. de C.V",
      ],
    },
  },
  {
    id: "court-vista-peak-v-hisense-eight-defendants",
    kind: "real",
    source: "https://docslib.org/doc/12769383/in-the-united-states-district-court-for-the-eastern-district-of-texas-marshall-division",
    title: "Vista Peak Ventures, LLC v. Caihong Optoelectronics Technology Co., Ltd. et al.",
    text: `Case 2:21-cv-00260-JRG Document 1 Filed 07/14/21 Page 1 of 77 PageID #: 1
IN THE UNITED STATES COURT FOR THE EASTERN DISTRICT OF TEXAS MARSHALL DIVISION
PLAINTIFF'S COMPLAINT FOR PATENT INFRINGEMENT
Plaintiff Vista Peak Ventures, LLC ("VPV") files this Complaint against Defendants Xianyang CaiHong Optoelectronics Technology Co., Ltd., Hisense Co. Ltd., Hisense Visual Technology Co., Ltd., Hisense International Co., Ltd., Hisense Import & Export Co. Ltd., Hisense International (HK) Co., Ltd., Hisense Electronica Mexico S.A. de C.V., and Hisense International (Hong Kong) America Investments Co., Ltd. (collectively referred to as the "Defendants") for infringement of U.S. Patent No. 5,929,947.`,
    expect: {
      ...COURT,
      caseNumber: "2:21-cv-00260-JRG",
      complainants: ["Vista Peak Ventures, LLC"],
      respondents: [
        "Xianyang CaiHong Optoelectronics Technology Co., Ltd.",
        "Hisense Co. Ltd.",
        "Hisense Visual Technology Co., Ltd.",
        "Hisense International Co., Ltd.",
        "Hisense Import & Export Co. Ltd.",
        "Hisense International (HK) Co., Ltd.",
        "Hisense Electronica Mexico S.A. de C.V.",
        "Hisense International (Hong Kong) America Investments Co., Ltd.",
      ],
    },
  },
  {
    id: "court-cywee-v-zte",
    kind: "real",
    source:
      "http://ocr.docketalarm.com/cases/PTAB/IPR2018-01257/Inter_Partes_Review_of_U.S._Pat._8552978/08-09-2019-Petitioner/Exhibit-1029-65-Ex_1029_ZTE_complaint",
    title: "CyWee Group Ltd. v. ZTE Corporation et al.",
    text: `Case 3:17-cv-02130-BEN-MSB Document 1 Filed 10/17/17 PageID.1 Page 1 of 37
IN THE UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF CALIFORNIA
1. Plaintiff CyWee Group Ltd. ("Plaintiff" or "CyWee"), by and through its undersigned counsel, files this Original Complaint against Defendants ZTE Corporation, ZTE (USA), Inc., and ZTE (TX) Inc. (collectively "ZTE" or "Defendants") as follows:`,
    expect: {
      ...COURT,
      caseNumber: "3:17-cv-02130-BEN-MSB",
      complainants: ["CyWee Group Ltd."],
      respondents: ["ZTE Corporation", "ZTE (USA), Inc.", "ZTE (TX) Inc."],
    },
  },
  {
    id: "court-neodron-v-motorola",
    kind: "real",
    source: "http://ocr.docketalarm.com/cases/Texas_Western_District_Court/6--19-cv-00322/Neodron_Ltd_v._Motorola_Mobility_LLC/1",
    title: "Neodron Ltd v. Motorola Mobility LLC",
    text: `Case 6:19-cv-00322-ADA Document 1 Filed 05/21/19 Page 1 of 10
UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF TEXAS WACO DIVISION
COMPLAINT FOR PATENT INFRINGEMENT AGAINST MOTOROLA MOBILITY LLC
This is an action for patent infringement arising under the Patent Laws of the United States of America, 35 U.S.C. § 1 et seq., in which Plaintiff Neodron Ltd. ("Plaintiff" or "Neodron") makes the following allegations against Defendant Motorola Mobility LLC ("Defendant"):`,
    expect: {
      ...COURT,
      caseNumber: "6:19-cv-00322-ADA",
      complainants: ["Neodron Ltd."],
      respondents: ["Motorola Mobility LLC"],
    },
  },
  {
    id: "court-shenzhen-tange-declaratory",
    kind: "real",
    source: "https://www.scribd.com/document/469490589/Shenzhen-Tange-Li-An-E-Commerce-v-Drone-Whirl-Complaint",
    title: "Shenzhen Tange Li'An E-Commerce v. Drone Whirl - Complaint",
    text: `COMPLAINT
Plaintiffs, Shenzhen Tange Li'An E-Commerce Co., Ltd. ("Shenzhen") and ITOMTE, Inc., ("ITOMTE") (collectively, as "Plaintiffs"), by and through their counsel, for their Complaint against the Defendants, Drone Whirl LLC ("Drone Whirl") and Tatiana Mironova
This action arises under the Declaratory Judgment Act, 28 U.S.C. §§ 2201 and 2202, and the patent laws of the United States.`,
    expect: {
      ...COURT,
      caseNumber: null,
      complainants: ["Shenzhen Tange Li'An E-Commerce Co., Ltd.", "ITOMTE, Inc."],
      respondents: ["Drone Whirl LLC", "Tatiana Mironova"],
    },
  },
  {
    id: "court-shein-rico-semicolon-caption",
    kind: "real",
    source: "https://scribd.com/document/740316801/Shein-RICO-Complaint",
    title: "Perry v. Shein Distribution Corporation - Complaint",
    text: `Case 2:23-cv-05551-MCS-JPR Document 1 Filed 07/11/23 Page 1 of 52 Page ID #:1
UNITED STATES DISTRICT COURT CENTRAL DISTRICT OF CALIFORNIA, WESTERN DIVISION
Plaintiffs Krista Perry, Larissa Martinez, and Jay Baron ("Plaintiffs") hereby bring this complaint against Defendants Shein Distribution Corporation; Roadget Business Pte. Ltd; Zoetop Business Company, Limited; and Does 1-10 inclusive ("Shein" or "Defendants"); as follows.`,
    expect: {
      ...COURT,
      caseNumber: "2:23-cv-05551-MCS-JPR",
      complainants: ["Krista Perry", "Larissa Martinez", "Jay Baron"],
      respondents: ["Shein Distribution Corporation", "Roadget Business Pte. Ltd", "Zoetop Business Company, Limited"],
    },
  },
  {
    id: "eu-customs-italy-led-panels",
    kind: "real",
    source: "https://www.163.com/dy/article/KLNIJ6F50556109M.html",
    title: "意大利海关查扣一批中国集装箱货物",
    text: `近日,欧洲意大利再次发布了一则针对中国集装箱货物的查扣通知。
2月6日,意大利海关与垄断管理局(ADM)在该国南部重要港口焦亚陶罗(Gioia Tauro)开展例行检查时,查获了一批从中国进口的集装箱货物,涉及涉嫌假冒、瞒报及走私等违法行为。此次行动不仅导致整柜货物被扣押,还将一名中国籍进口商移送至检察机关。
据意大利海关官方通报,ADM官员在对进入港区的集装箱进行例行查验时发现,集装箱内装有大量印有欧盟境内一家知名企业标志的LED面板。`,
    expect: { caseType: "eu-customs-detention", jurisdiction: "EU", caseNumber: null, stage: null, complainants: [], respondents: [] },
  },
];
