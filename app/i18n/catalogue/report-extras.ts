// Messages added by issue 14's second stop: the pending state of report generation and the
// typical-case button on the request and case pages. zh is the source; en must define every key.
export const reportExtrasZh = {
  "report.generating": "正在根据记录生成报告，请稍候……",
  "tc.propose": "推荐为典型案例",
};

export const reportExtrasEn: Record<keyof typeof reportExtrasZh, string> = {
  "report.generating": "Generating the report from the records, please wait…",
  "tc.propose": "Propose as a typical case",
};
