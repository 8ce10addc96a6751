// The roles, importable from browser code too. Remix replaces *.server.ts modules with empty
// ones in the client bundle, so a component that took ROLES from permissions.server.ts got
// `undefined` in the browser (the /admin/users crash, "reading 'map'", and the hydration
// errors after it).
export const ROLES = ["exporter", "staff", "expert", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
