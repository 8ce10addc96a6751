// Issue 13: confirm steps before actions that are hard to undo, and what an action did.
// zh is the source; en must match its keys.
export const confirmZh = {
  "confirm.required": "请先勾选确认框，再执行此操作。",
  "confirm.disableSource": "我确认停用该信息源（停用后不再自动采集）",
  "confirm.disableUser": "我确认停用该用户（其登录会话将立即结束，且无法再登录）",
  "confirm.deleteDay": "确认删除",
  "confirm.deleteDayLabel": "确认删除 {date}",
  "confirm.dayDeleted": "已删除 {date} 的日历设置。",
  "confirm.resetDisabledUser": "该用户已停用，不能为其生成重设密码链接。请先启用该用户。",
  "confirm.advice.return": "已退回专家修改，专家会收到通知。",
  "confirm.advice.approve": "已审核通过。下一步：送达企业。",
  "confirm.advice.deliver": "已送达企业，企业已收到通知，可以阅读指导意见书。",
} as const;

export const confirmEn: Record<keyof typeof confirmZh, string> = {
  "confirm.required": "Tick the confirmation box first, then try again.",
  "confirm.disableSource": "I confirm: disable this source (it will no longer be fetched)",
  "confirm.disableUser": "I confirm: disable this user (their sessions end now and they cannot sign in)",
  "confirm.deleteDay": "Confirm delete",
  "confirm.deleteDayLabel": "Confirm deleting {date}",
  "confirm.dayDeleted": "The calendar entry for {date} was deleted.",
  "confirm.resetDisabledUser": "This user is disabled: no password reset link can be issued. Enable the user first.",
  "confirm.advice.return": "Returned to the expert for changes; the expert has been notified.",
  "confirm.advice.approve": "Approved. Next step: deliver it to the company.",
  "confirm.advice.deliver": "Delivered: the company has been notified and can read the opinion.",
};
