// Messages of the search and item pages (检索). zh is the source; en must match its keys.
export const searchZh = {
  "search.title": "预警信息检索",
} as const;

export const searchEn: Record<keyof typeof searchZh, string> = {
  "search.title": "Search risk information",
};
