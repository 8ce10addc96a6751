// The keyword lists of the taxonomy that classification, matching and search share. It is
// data: staff vocabulary changes here, not in code. Ids and labels live in app/domain/taxonomy.ts
// (browser-safe, defined once); every list here is typed by those ids and keeps their order
// (app/domain/taxonomy.test.ts).
//
// Keyword conventions (see keyword-index.ts):
// - English keywords match whole words, case-insensitively, with regular plurals
//   ("solar panel" finds "Solar Panels"); hyphens and spaces are interchangeable.
// - A word written with two or more capitals (LED, PV, TRO, SoC) or a lone capital
//   ("Schedule A") matches only in that case, so "LED" never finds "led".
// - Keywords containing Chinese match as substrings.

import type { CaseTypeLabelId, IndustryLabelId, IpTypeLabelId, StageLabelId } from "~/domain/taxonomy.ts";

export type Industry = {
  id: IndustryLabelId;
  /** Words that place an item in the industry. */
  keywords: string[];
  /** Product names; they also place an item in the industry and are reported as its products. */
  products: string[];
  /** HS/HTS code prefixes (digits and dots as printed) that belong to the industry. */
  hsPrefixes: string[];
};

// Word lists read better grouped than one per line.
// prettier-ignore
export const INDUSTRIES = [
  {
    id: "photovoltaic",
    keywords: ["photovoltaic", "solar energy", "solar power", "PV", "光伏", "太阳能", "太阳光电"],
    products: [
      "solar panel", "solar module", "solar cell", "photovoltaic module", "photovoltaic cell",
      "solar inverter", "microinverter", "solar charge controller", "solar wafer", "solar mounting", "光伏组件",
      "太阳能电池板", "太阳能电池片", "太阳能模组", "光伏逆变器", "逆变器", "硅片", "光伏支架",
    ],
    hsPrefixes: ["8541.42", "8541.43"],
  },
  {
    id: "lithium-battery",
    keywords: ["lithium", "lithium-ion", "Li-ion", "LiFePO4", "lithium iron phosphate", "锂电", "锂离子", "磷酸铁锂"],
    products: [
      "lithium-ion battery", "lithium battery", "battery cell", "battery pack", "battery module",
      "power bank", "energy storage system", "portable power station", "锂电池", "锂离子电池", "电芯", "电池包", "锂电池模组",
      "充电宝", "移动电源", "储能电池", "储能系统", "便携式储能电源",
    ],
    hsPrefixes: ["8507.60", "8507.80", "8506.50"],
  },
  {
    id: "led-lighting",
    keywords: ["LED", "LEDs", "lighting", "luminaire", "light-emitting diode", "照明", "灯具", "发光二极管"],
    products: [
      "LED bulb", "LED lamp", "LED light", "LED strip", "LED driver", "LED filament", "LED display",
      "street light", "LED灯", "LED照明", "灯泡", "灯带", "路灯", "LED显示屏",
    ],
    hsPrefixes: ["9405", "8539.5", "8541.41"],
  },
  {
    id: "consumer-electronics",
    keywords: ["consumer electronics", "electronic device", "消费电子", "电子产品", "智能硬件"],
    products: [
      "smartphone", "mobile phone", "tablet computer", "laptop", "notebook computer", "headphone", "earphone",
      "earbud", "Bluetooth speaker", "smartwatch", "smart watch", "wearable device", "television",
      "set-top box", "charger", "USB cable", "game controller", "drone", "action camera", "e-reader", "手机",
      "智能手机", "平板电脑", "笔记本电脑", "耳机", "蓝牙耳机", "蓝牙音箱", "智能手表", "可穿戴设备", "电视", "机顶盒", "充电器", "数据线", "游戏手柄",
      "无人机", "运动相机",
    ],
    hsPrefixes: ["8517.13", "8517.62", "8518", "8471.30", "8528", "8525.89", "8504.40.95", "8806"],
  },
  {
    id: "home-appliances",
    keywords: [
      "home appliance", "household appliance", "kitchen appliance", "small appliance", "家电", "家用电器", "小家电",
    ],
    products: [
      "refrigerator", "washing machine", "air conditioner", "vacuum cleaner", "robot vacuum",
      "robotic vacuum", "air fryer", "blender", "microwave oven", "hair dryer", "electric kettle",
      "dishwasher", "air purifier", "coffee maker", "espresso machine", "electric toothbrush", "冰箱", "洗衣机",
      "空调", "吸尘器", "扫地机器人", "空气炸锅", "料理机", "破壁机", "微波炉", "吹风机", "电热水壶", "洗碗机", "空气净化器", "咖啡机", "电动牙刷",
    ],
    hsPrefixes: ["8418", "8450", "8415", "8508", "8509", "8516", "8422.11", "8421.39", "8510"],
  },
  {
    id: "furniture",
    keywords: ["furniture", "家具"],
    products: [
      "sofa", "office chair", "gaming chair", "mattress", "dining table", "standing desk", "bed frame",
      "wardrobe", "沙发", "办公椅", "电竞椅", "床垫", "餐桌", "升降桌", "床架", "衣柜",
    ],
    hsPrefixes: ["9401", "9403", "9404"],
  },
  {
    id: "textiles-apparel",
    keywords: ["textile", "apparel", "garment", "clothing", "fabric", "fashion", "纺织", "服装", "服饰", "面料"],
    products: [
      "footwear", "shoe", "sneaker", "jacket", "T-shirt", "handbag", "backpack", "yarn", "swimwear", "hoodie",
      "鞋", "运动鞋", "夹克", "T恤", "连衣裙", "手提包", "箱包", "背包", "纱线", "泳衣", "卫衣",
    ],
    hsPrefixes: ["50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "4202"],
  },
  {
    id: "toys",
    keywords: ["toy", "玩具"],
    products: [
      "doll", "building block", "plush toy", "action figure", "ride-on toy", "fidget spinner", "board game",
      "puzzle", "remote control car", "积木", "毛绒玩具", "玩偶", "手办", "拼图", "遥控车", "盲盒",
    ],
    hsPrefixes: ["9503", "9504", "9505"],
  },
  {
    id: "auto-parts",
    keywords: ["automotive", "auto part", "car part", "vehicle part", "aftermarket", "汽车零部件", "汽配", "汽车配件"],
    products: [
      "brake pad", "headlamp", "headlight", "tail light", "taillight", "wheel rim", "alloy wheel", "tire",
      "tyre", "bumper", "radiator", "wiper blade", "spark plug", "EV charger", "dashcam", "dash cam", "刹车片",
      "车灯", "前大灯", "尾灯", "轮毂", "轮胎", "保险杠", "散热器", "雨刮", "火花塞", "充电桩", "行车记录仪",
    ],
    hsPrefixes: ["8708", "8512", "4011", "8511", "8714"],
  },
  {
    id: "machinery",
    keywords: ["machinery", "industrial equipment", "机械", "机械设备", "工程机械", "机床"],
    products: [
      "excavator", "power tool", "cordless drill", "chainsaw", "lawn mower", "water pump", "air compressor",
      "CNC machine", "3D printer", "welding machine", "forklift", "hydraulic cylinder", "industrial robot",
      "挖掘机", "电动工具", "电钻", "链锯", "割草机", "水泵", "空压机", "数控机床", "3D打印机", "焊机", "叉车", "液压缸", "工业机器人",
    ],
    hsPrefixes: [
      "8467", "8429", "8413", "8414", "8433", "8456", "8457", "8458", "8459", "8460", "8461", "8462", "8477",
      "8479.50", "8515", "8427", "8485",
    ],
  },
  {
    id: "medical-devices",
    keywords: ["medical device", "medical equipment", "surgical", "医疗器械", "医疗设备", "医用"],
    products: [
      "catheter", "stent", "syringe", "infusion pump", "ventilator", "glucose meter", "pulse oximeter",
      "surgical instrument", "hearing aid", "thermometer", "endoscope", "orthodontic aligner", "导管", "支架",
      "注射器", "输液泵", "呼吸机", "血糖仪", "血氧仪", "手术器械", "助听器", "体温计", "内窥镜", "隐形矫治器",
    ],
    hsPrefixes: ["9018", "9019", "9020", "9021", "9022", "9025.11"],
  },
  {
    id: "semiconductors",
    keywords: ["semiconductor", "integrated circuit", "microchip", "chipset", "半导体", "集成电路", "芯片"],
    products: [
      "DRAM", "NAND", "flash memory", "memory chip", "microprocessor", "application processor", "SoC",
      "MOSFET", "IGBT", "power module", "image sensor", "wafer", "存储器", "闪存", "处理器", "晶圆", "功率器件", "图像传感器",
    ],
    hsPrefixes: [
      "8542", "8541.10", "8541.21", "8541.29", "8541.30", "8541.49", "8541.51", "8541.59", "8541.60", "8486",
    ],
  },
  {
    id: "ecommerce-goods",
    keywords: [
      "e-commerce", "ecommerce", "online marketplace", "online seller", "Amazon seller", "Amazon storefront",
      "Schedule A", "Temu", "SHEIN", "AliExpress", "Walmart Marketplace", "TikTok Shop", "跨境电商", "亚马逊",
      "电商平台", "网店", "店铺", "卖家", "速卖通",
    ],
    products: [
      "phone case", "pet supplies", "home decor", "sunglasses", "wig", "手机壳", "宠物用品", "家居装饰", "太阳镜", "假发",
    ],
    hsPrefixes: [],
  },
] as const satisfies readonly Industry[];

export type IndustryId = (typeof INDUSTRIES)[number]["id"];

type Labelled<Id extends string> = { id: Id; keywords: string[] };

// Word lists read better grouped than one per line.
// prettier-ignore
export const IP_TYPES = [
  {
    id: "patent",
    keywords: [
      "patent", "patented", "utility model", "patent infringement", "专利", "发明专利", "实用新型", "专利侵权",
    ],
  },
  {
    id: "trademark",
    keywords: [
      "trademark", "trade mark", "registered mark", "service mark", "Lanham Act", "counterfeit",
      "trade dress", "商标", "假冒", "驰名商标", "抢注", "商标侵权",
    ],
  },
  {
    id: "copyright",
    keywords: ["copyright", "copyrighted", "DMCA", "版权", "著作权"],
  },
  {
    id: "trade-secret",
    keywords: ["trade secret", "misappropriation", "Defend Trade Secrets Act", "DTSA", "商业秘密", "技术秘密"],
  },
  {
    id: "design",
    keywords: [
      "design patent", "industrial design", "registered design", "Community design", "design right", "外观设计",
      "外观专利",
    ],
  },
  {
    id: "gi",
    keywords: ["geographical indication", "PDO", "PGI", "appellation of origin", "地理标志", "原产地名称"],
  },
] as const satisfies readonly Labelled<IpTypeLabelId>[];

export type IpTypeId = (typeof IP_TYPES)[number]["id"];

export type CaseTypeDefinition = Labelled<CaseTypeLabelId> & {
  /** Words that suggest the case type only in the listed jurisdictions. */
  jurisdictionKeywords?: { jurisdictions: string[]; keywords: string[] };
};

// Order matters: the first case type whose keywords match wins, so the specific ones
// (337, Schedule A) come before the general ones (district court, law change).
// Word lists read better grouped than one per line.
// prettier-ignore
export const CASE_TYPES = [
  {
    id: "us-itc-337",
    keywords: [
      "section 337", "337-TA", "337 investigation", "337 complaint", "19 U.S.C. 1337", "337调查", "337案",
      "337立案", "337条款",
    ],
  },
  {
    id: "schedule-a-tro",
    keywords: [
      "Schedule A", "temporary restraining order", "TRO", "asset freeze", "asset restraint",
      "frozen accounts", "临时限制令", "冻结账户", "资金冻结", "账户冻结", "附表A", "Schedule A案件", "TRO案件",
    ],
  },
  {
    id: "eu-customs-detention",
    keywords: [
      "customs detention", "detained by customs", "customs seizure", "seized by customs",
      "Regulation (EU) No 608/2013", "608/2013", "application for action", "border measures", "海关扣留", "海关扣押",
      "边境措施",
    ],
  },
  {
    id: "trade-fair-injunction",
    keywords: [
      "trade fair", "trade show", "tradeshow", "exhibition booth", "fair injunction", "Messe", "展会", "展会禁令",
      "展会侵权", "展位",
    ],
  },
  {
    id: "trademark-opposition",
    keywords: [
      "trademark opposition", "trade mark opposition", "opposition proceeding", "notice of opposition",
      "trademark squatting", "squatted", "bad faith", "cancellation action", "invalidation action", "抢注",
      "商标异议", "恶意注册", "恶意抢注", "无效宣告", "撤销申请",
    ],
  },
  {
    id: "us-district-court",
    keywords: ["district court", "federal court", "jury verdict", "美国联邦地区法院", "联邦地区法院", "地区法院"],
    jurisdictionKeywords: {
      jurisdictions: ["US"],
      keywords: ["lawsuit", "sued", "complaint filed", "infringement suit", "起诉", "诉讼", "被诉"],
    },
  },
  {
    id: "law-rule-change",
    keywords: [
      "final rule", "proposed rule", "interim rule", "amendment", "amended", "amends", "regulation",
      "directive", "enters into force", "entered into force", "takes effect", "guidelines", "fee schedule",
      "修订", "修改", "修正", "新规", "法规", "条例", "实施细则", "细则", "审查基准", "审查指南", "生效", "征求意见", "施行",
    ],
  },
  { id: "other", keywords: [] },
] as const satisfies readonly CaseTypeDefinition[];

export type CaseTypeId = (typeof CASE_TYPES)[number]["id"];

// Stages of a US ITC Section 337 investigation, matched against titles (the text of a
// notice mentions later stages as requests, e.g. "requests ... a general exclusion order").
// Order matters as for case types: "final initial determination" is the ALJ's ID.
// Word lists read better grouped than one per line.
// prettier-ignore
export const STAGES = [
  {
    id: "exclusion-order",
    keywords: [
      "general exclusion order", "limited exclusion order", "exclusion order",
      "issuance of a general exclusion order", "普遍排除令", "有限排除令", "排除令",
    ],
  },
  {
    // The investigation ended as a whole (withdrawal, settlement, consent order, no
    // violation). A termination "as to" one respondent is an initial determination.
    id: "terminated",
    keywords: [
      "termination of the investigation", "terminating the investigation", "investigation is terminated",
      "终止调查", "终止337调查",
    ],
  },
  {
    id: "initial-determination",
    keywords: ["final initial determination", "initial determination", "初裁", "初步裁决"],
  },
  {
    id: "final-determination",
    keywords: ["final determination", "commission determination", "终裁", "最终裁决", "终局裁决"],
  },
  {
    id: "instituted",
    keywords: [
      "institution of investigation", "institution of an investigation", "instituted", "立案", "发起337调查",
      "启动337调查",
    ],
  },
  {
    id: "complaint-received",
    keywords: [
      "receipt of complaint", "complaint received", "收到", "申请337调查", "提起337调查申请", "提交337调查申请",
    ],
  },
  { id: "other", keywords: [] },
] as const satisfies readonly Labelled<StageLabelId>[];

export type StageId = (typeof STAGES)[number]["id"];

export const INDUSTRY_IDS = INDUSTRIES.map((i) => i.id) as [IndustryId, ...IndustryId[]];
export const IP_TYPE_IDS = IP_TYPES.map((i) => i.id) as [IpTypeId, ...IpTypeId[]];
export const CASE_TYPE_IDS = CASE_TYPES.map((c) => c.id) as [CaseTypeId, ...CaseTypeId[]];
export const STAGE_IDS = STAGES.map((s) => s.id) as [StageId, ...StageId[]];

// Bilingual synonym groups for search: every term in a group finds items containing any
// other (Meilisearch synonyms are set mutually within a group).
// Word lists read better grouped than one per line.
// prettier-ignore
const LEGAL_SYNONYM_GROUPS: string[][] = [
  ["337调查", "337 investigation", "section 337", "337条款"],
  ["美国国际贸易委员会", "ITC", "International Trade Commission", "USITC"],
  ["商标", "trademark", "trade mark"],
  ["专利", "patent"],
  ["版权", "著作权", "copyright"],
  ["商业秘密", "trade secret"],
  ["外观设计", "外观专利", "design patent", "industrial design"],
  ["地理标志", "geographical indication"],
  ["普遍排除令", "general exclusion order"],
  ["有限排除令", "limited exclusion order"],
  ["排除令", "exclusion order"],
  ["临时限制令", "temporary restraining order", "TRO"],
  ["初裁", "initial determination"],
  ["终裁", "final determination"],
  ["立案", "institution of investigation"],
  ["抢注", "trademark squatting", "bad faith filing"],
  ["商标异议", "trademark opposition"],
  ["海关扣留", "customs detention"],
  ["展会禁令", "trade fair injunction"],
  ["被申请人", "被告", "respondent", "defendant"],
  ["申请人", "原告", "complainant", "plaintiff"],
  ["侵权", "infringement"],
  ["假冒", "counterfeit"],
  ["跨境电商", "e-commerce", "cross-border e-commerce"],
  ["亚马逊", "Amazon"],
  ["美国专利商标局", "USPTO"],
  ["欧盟知识产权局", "EUIPO"],
  ["世界知识产权组织", "WIPO"],
];

// Word lists read better grouped than one per line.
// prettier-ignore
const INDUSTRY_SYNONYM_GROUPS: string[][] = [
  ["光伏", "photovoltaic", "solar", "太阳能"],
  ["光伏组件", "solar panel", "solar module", "太阳能电池板"],
  ["逆变器", "inverter"],
  ["锂电池", "锂离子电池", "lithium battery", "lithium-ion battery", "lithium ion battery", "li-ion battery"],
  ["电芯", "battery cell"],
  ["储能", "energy storage"],
  ["充电宝", "移动电源", "power bank"],
  ["LED照明", "LED lighting"],
  ["灯具", "luminaire", "lamp"],
  ["消费电子", "consumer electronics"],
  ["手机", "智能手机", "smartphone", "mobile phone"],
  ["耳机", "headphones", "earphones", "earbuds"],
  ["家电", "家用电器", "home appliance", "household appliance"],
  ["扫地机器人", "robot vacuum"],
  ["空气炸锅", "air fryer"],
  ["家具", "furniture"],
  ["纺织", "textile"],
  ["服装", "apparel", "clothing", "garment"],
  ["鞋", "footwear", "shoes"],
  ["玩具", "toy", "toys"],
  ["汽车零部件", "汽配", "auto parts", "automotive parts"],
  ["机械", "machinery"],
  ["电动工具", "power tool", "power tools"],
  ["医疗器械", "medical device", "medical devices"],
  ["半导体", "semiconductor"],
  ["芯片", "chip", "integrated circuit", "集成电路"],
  ["无人机", "drone"],
];

export const SEARCH_SYNONYM_GROUPS: string[][] = [...LEGAL_SYNONYM_GROUPS, ...INDUSTRY_SYNONYM_GROUPS];
