// Issue 13: the request page shows its owner and lets staff assign it to a colleague.
// zh is the source; en must match its keys.
export const requestOwnerZh = {
  "owner.heading": "负责人",
  "owner.current": "当前负责人",
  "owner.none": "未认领",
  "owner.assignTo": "指派给",
  "owner.assign": "指派",
  "owner.assigned": "已指派给 {name}。",
  "owner.err.pick": "请选择一位工作人员",
  "owner.err.notStaff": "只能指派给在职的工作人员",
} as const;

export const requestOwnerEn: Record<keyof typeof requestOwnerZh, string> = {
  "owner.heading": "Owner",
  "owner.current": "Current owner",
  "owner.none": "Unassigned",
  "owner.assignTo": "Assign to",
  "owner.assign": "Assign",
  "owner.assigned": "Assigned to {name}.",
  "owner.err.pick": "Choose a staff member",
  "owner.err.notStaff": "A request can only be assigned to an active staff member",
};
