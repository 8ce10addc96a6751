// Messages of the feed-source pages (信息源管理). zh is the source; en must match its keys.
export const sourcesZh = {
  "sources.invalidUrl": "请输入以 http:// 或 https:// 开头的网址",
  "sources.invalidKind": "请选择信息类型",
  "sources.invalidJurisdiction": "法域应为国家/地区代码，如 US、EU、DE、WIPO",
  "sources.invalidLanguage": "语言代码如 en、zh、de",
  "sources.invalidSchedule": "不是有效的 cron 表达式（{reason}）",
  "sources.urlTaken": "该网址已登记为信息源",
} as const;

export const sourcesEn: Record<keyof typeof sourcesZh, string> = {
  "sources.invalidUrl": "Enter an address starting with http:// or https://",
  "sources.invalidKind": "Choose what the feed carries",
  "sources.invalidJurisdiction": "A jurisdiction is a country or region code such as US, EU, DE, WIPO",
  "sources.invalidLanguage": "A language code such as en, zh, de",
  "sources.invalidSchedule": "Not a valid cron expression ({reason})",
  "sources.urlTaken": "A source with this address is already registered",
};
