import { describe, expect, it } from "vitest";
import { translator } from "~/i18n/i18n.ts";
import { partyEvidenceText } from "./party-evidence.tsx";

const zh = translator("zh");

describe("party-name evidence in the reader's words (issue 13)", () => {
  it("names each kind of evidence the matcher records in Chinese and keeps the cited names as data", () => {
    expect(partyEvidenceText(zh, 'same core name "cellmax" (pinyin)')).toEqual({ text: "核心名称相同（按拼音）", cited: '"cellmax"' });
    expect(partyEvidenceText(zh, 'core "cellmax" ≈ "celmax" (0.91)')).toEqual({ text: "核心名称相近", cited: '"cellmax" ≈ "celmax" (0.91)' });
    expect(partyEvidenceText(zh, 'same Chinese core name "赛美"')).toEqual({ text: "中文核心名称相同", cited: '"赛美"' });
    expect(partyEvidenceText(zh, "against: different city (ningbo vs shenzhen)")).toEqual({ text: "不利：城市不同", cited: "ningbo / shenzhen" });
    expect(partyEvidenceText(zh, "same full name")).toEqual({ text: "全称相同", cited: "" });
    expect(partyEvidenceText(zh, "against: different line of business words").text).toBe("不利：经营范围用词不同");
  });

  it("says 'other evidence' for a sentence it does not know rather than showing it", () => {
    expect(partyEvidenceText(zh, "a new kind of hint")).toEqual({ text: "其他依据", cited: "" });
  });
});
