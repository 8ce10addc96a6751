import { describe, expect, it } from "vitest";
import { dateTimeFormat } from "./locale.ts";

describe("dateTimeFormat", () => {
  it("shares one formatter per locale and options and formats as a new one would", () => {
    const a = dateTimeFormat("zh-CN", { dateStyle: "medium", timeZone: "Asia/Shanghai" });
    expect(dateTimeFormat("zh-CN", { dateStyle: "medium", timeZone: "Asia/Shanghai" })).toBe(a);
    expect(dateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "Asia/Shanghai" })).not.toBe(a);
    const when = new Date("2026-12-07T17:30:00Z");
    expect(a.format(when)).toBe(new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(when));
  });

  it("refuses an unknown time zone like the constructor, so callers can fall back", () => {
    expect(() => dateTimeFormat("en-GB", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
