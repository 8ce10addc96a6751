// Messages of the follow-up guidance work: notifications for approved advice and escalation
// status, the unread badge, expert downloads. zh is the source; en must match its keys.
export const guide2Zh = {
  "guide2.notify.adviceApproved": "您的指导意见书已审核通过",
  "guide2.notify.escalationStatus": "报送省分中心的事项状态更新为：{status}",
  "guide2.nav.unread": "{count} 条未读通知",
  "guide2.notify.withdrawn": "一项待确认的指导任务已被工作人员撤回",
  "guide2.withdraw": "撤回",
};

export const guide2En: Record<keyof typeof guide2Zh, string> = {
  "guide2.notify.adviceApproved": "Your advice was approved",
  "guide2.notify.escalationStatus": "The escalation to the provincial sub-centre is now: {status}",
  "guide2.nav.unread": "{count, plural, one {# unread notification} other {# unread notifications}}",
  "guide2.notify.withdrawn": "Staff withdrew a guidance assignment that awaited your answer",
  "guide2.withdraw": "Withdraw",
};
