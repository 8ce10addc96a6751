// Messages for a report's own language (chosen when it is generated). zh is the source; en
// must define every key.
export const reportLanguageZh = {
  "report.new.language": "报告语言",
};

export const reportLanguageEn: Record<keyof typeof reportLanguageZh, string> = {
  "report.new.language": "Report language",
};
