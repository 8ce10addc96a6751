import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.server.ts";

describe("password hashing", () => {
  it("verifies the right password and rejects others, with a fresh salt each time", async () => {
    const a = await hashPassword("密码 correct horse");
    const b = await hashPassword("密码 correct horse");
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("密码 correct horse", a)).toBe(true);
    expect(await verifyPassword("密码 correct horsE", a)).toBe(false);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });
});
