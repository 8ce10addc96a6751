// Messages of issue 13 (journeys that break): notice pages, the exporter's request page
// (what it submitted, the advice link, rating), uploads in place, deadline warnings.
// zh is the source; en must match its keys.
export const journeysZh = {
  "journeys.backToRequest": "返回申请",
  "journeys.readAdvice": "阅读指导意见书",
  "journeys.readBeforeRating": "请先阅读指导意见书，再提交评价。",
  "journeys.submitted.title": "您提交的内容",
  "journeys.upload.uploading": "正在上传…",
  "journeys.rateClosed": "本申请已办结，您仍可对指导意见提交评价。",
  "journeys.rateOnly": "提交评价",
  "journeys.deadline.servedInFuture": "送达日期晚于今天，请核对：期限按送达日期计算。",
  "journeys.deadline.statedInPast": "您填写的答复期限已经过去，请核对或尽快联系受理人员。",
  "journeys.deadline.statedEarlier": "企业填写的期限早于按规则计算的期限，以较早的企业期限为准。",
  "journeys.deadline.overrideFinished": "申请已结束，不能再调整期限。",
  "journeys.calendar.outOfRange": "只能维护 {from} 年和 {to} 年的日历（本页显示的两年）。",
  "journeys.filter": "筛选",
  "journeys.queue.open": "未结束的申请",
  "journeys.queue.noCaseNumber": "（无案号）",
} as const;

export const journeysEn: Record<keyof typeof journeysZh, string> = {
  "journeys.backToRequest": "Back to the request",
  "journeys.readAdvice": "Read the guidance opinion",
  "journeys.readBeforeRating": "Read the guidance opinion before you rate it.",
  "journeys.submitted.title": "What you submitted",
  "journeys.upload.uploading": "Uploading…",
  "journeys.rateClosed": "This request is closed; you can still rate the guidance.",
  "journeys.rateOnly": "Submit rating",
  "journeys.deadline.servedInFuture": "The date of service is after today; please check it: the deadline is counted from it.",
  "journeys.deadline.statedInPast": "The response deadline you gave has already passed; please check it or contact the staff at once.",
  "journeys.deadline.statedEarlier": "The company's own deadline is earlier than the one computed from the rules; the earlier one applies.",
  "journeys.deadline.overrideFinished": "The request is finished; its deadline can no longer be adjusted.",
  "journeys.calendar.outOfRange": "Only days in {from} and {to} (the two years shown here) can be edited.",
  "journeys.filter": "Filter",
  "journeys.queue.open": "Open requests",
  "journeys.queue.noCaseNumber": "(no case number)",
};
