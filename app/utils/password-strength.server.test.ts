import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-strength.server.ts";

const me = ["li.ming@solar-example.cn", "Li Ming"];

describe("passwordProblem", () => {
  it("refuses a repeated character, common passwords and keyboard walks", () => {
    expect(passwordProblem("aaaaaaaaaa", me)).toBe("security.password.weak");
    expect(passwordProblem("password123", me)).toBe("security.password.weak");
    expect(passwordProblem("qwertyuiop", me)).toBe("security.password.weak");
    expect(passwordProblem("1234567890", me)).toBe("security.password.weak");
  });

  it("refuses the user's own email or name as the password", () => {
    expect(passwordProblem("li.ming@solar-example.cn", me)).toBe("security.password.personal");
    expect(passwordProblem("Li Ming2026!", me)).toBe("security.password.personal");
  });

  it("accepts a long passphrase of unrelated words", () => {
    expect(passwordProblem("copper lantern drifts north", me)).toBeNull();
    expect(passwordProblem("Xq7#vP2m!Lr9", me)).toBeNull();
  });
});
