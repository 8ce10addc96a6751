// Roles and permission strings. Strings such as `read:guidance-request:assigned` keep
// authorisation auditable: grep for a permission to find every place that needs it.
import { isRole, ROLES, type Role } from "~/domain/roles.ts";

export { isRole, ROLES, type Role };

const PERMISSIONS = {
  exporter: ["read:company:own", "update:company:own", "read:alert:own", "create:guidance-request:own", "read:guidance-request:own", "read:risk-item:public"],
  staff: [
    "read:company:any",
    "read:risk-item:any",
    "manage:source:any",
    "read:guidance-request:any",
    "update:guidance-request:any",
    "read:expert:any",
    "read:audit:any",
    "read:report:any",
    "manage:expert:any",
    "update:company:any",
    "manage:support:any",
  ],
  expert: ["read:guidance-request:assigned", "update:advice:assigned", "update:expert-profile:own", "read:risk-item:any"],
  admin: [
    "read:company:any",
    "update:company:any",
    "manage:user:any",
    "read:audit:any",
    "manage:settings:any",
    "read:expert:any",
    "read:risk-item:any",
    "manage:source:any",
    "manage:expert:any",
    // the centre's leadership reads the statistics and reports (issue 14)
    "read:report:any",
  ],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[Role][number];

export function roleHasPermission(role: string, permission: Permission): boolean {
  return isRole(role) && (PERMISSIONS[role] as readonly string[]).includes(permission);
}

/** Where each role lands after login. */
export function homePathForRole(role: string): string {
  switch (role) {
    case "exporter":
      return "/exporter";
    case "staff":
      return "/staff";
    case "expert":
      return "/expert";
    case "admin":
      return "/admin";
    default:
      return "/";
  }
}
