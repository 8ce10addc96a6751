import { describe, expect, it } from "vitest";
import { formatMessage, translator } from "./i18n.ts";

describe("plurals through the catalogue", () => {
  it("says '1 failure' and '2 failures' in English and keeps Chinese counter words", () => {
    const en = translator("en");
    expect(en("home.watch.failures", { count: 1 })).toBe("1 failure in a row");
    expect(en("home.watch.failures", { count: 2 })).toBe("2 failures in a row");
    expect(en("form.errorSummary", { count: 1 })).toBe("There is 1 problem with this form:");
    expect(en("form.errorSummary", { count: 3 })).toBe("There are 3 problems with this form:");
    expect(translator("zh")("home.watch.failures", { count: 1 })).toBe("连续失败 1 次");
  });

  it("chooses the form for numbers that arrive as text from a validation error", () => {
    expect(formatMessage("en", "form.tooShort|min=1")).toBe("At least 1 character");
    expect(formatMessage("en", "form.tooShort|min=10")).toBe("At least 10 characters");
  });
});
