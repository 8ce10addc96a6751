// The taxonomy's ids and their labels, defined once and browser-safe: pages, the i18n
// catalogue, mail and models take labels from here. The keyword lists that classify items
// (app/ingest/taxonomy.ts) are typed by these ids and never ship to the browser.
// prettier-ignore
export const INDUSTRY_LABELS = [
  { id: "photovoltaic", zh: "光伏", en: "Photovoltaic" },
  { id: "lithium-battery", zh: "锂电池", en: "Lithium batteries" },
  { id: "led-lighting", zh: "LED照明", en: "LED lighting" },
  { id: "consumer-electronics", zh: "消费电子", en: "Consumer electronics" },
  { id: "home-appliances", zh: "家用电器", en: "Home appliances" },
  { id: "furniture", zh: "家具", en: "Furniture" },
  { id: "textiles-apparel", zh: "纺织服装", en: "Textiles and apparel" },
  { id: "toys", zh: "玩具", en: "Toys" },
  { id: "auto-parts", zh: "汽车零部件", en: "Auto parts" },
  { id: "machinery", zh: "机械设备", en: "Machinery" },
  { id: "medical-devices", zh: "医疗器械", en: "Medical devices" },
  { id: "semiconductors", zh: "半导体", en: "Semiconductors" },
  { id: "ecommerce-goods", zh: "跨境电商商品", en: "E-commerce goods" },
] as const;

export const IP_TYPE_LABELS = [
  { id: "patent", zh: "专利", en: "Patent" },
  { id: "trademark", zh: "商标", en: "Trademark" },
  { id: "copyright", zh: "版权", en: "Copyright" },
  { id: "trade-secret", zh: "商业秘密", en: "Trade secret" },
  { id: "design", zh: "外观设计", en: "Design" },
  { id: "gi", zh: "地理标志", en: "Geographical indication" },
] as const;

export const CASE_TYPE_LABELS = [
  { id: "us-itc-337", zh: "美国ITC 337调查", en: "US ITC Section 337 investigation" },
  { id: "schedule-a-tro", zh: "美国“Schedule A”电商案件/临时限制令", en: "US “Schedule A” e-commerce case / TRO" },
  { id: "eu-customs-detention", zh: "欧盟海关扣留", en: "EU customs detention" },
  { id: "trade-fair-injunction", zh: "展会禁令", en: "Trade-fair injunction" },
  { id: "trademark-opposition", zh: "商标异议/抢注", en: "Trademark opposition / squatting" },
  { id: "us-district-court", zh: "美国联邦地区法院诉讼", en: "US district court litigation" },
  { id: "law-rule-change", zh: "法律法规变化", en: "Law / rule change" },
  { id: "other", zh: "其他", en: "Other" },
] as const;

export const STAGE_LABELS = [
  { id: "exclusion-order", zh: "排除令", en: "Exclusion order" },
  { id: "terminated", zh: "终止调查", en: "Investigation terminated" },
  { id: "initial-determination", zh: "初裁", en: "Initial determination" },
  { id: "final-determination", zh: "终裁", en: "Final determination" },
  { id: "instituted", zh: "立案", en: "Investigation instituted" },
  { id: "complaint-received", zh: "收到申请", en: "Complaint received" },
  { id: "other", zh: "其他", en: "Other" },
] as const;

export type IndustryLabelId = (typeof INDUSTRY_LABELS)[number]["id"];
export type IpTypeLabelId = (typeof IP_TYPE_LABELS)[number]["id"];
export type CaseTypeLabelId = (typeof CASE_TYPE_LABELS)[number]["id"];
export type StageLabelId = (typeof STAGE_LABELS)[number]["id"];

export const SOURCE_KINDS = ["case", "law", "news", "barrier"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
