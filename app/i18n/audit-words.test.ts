import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REQUEST_STATES } from "~/domain/request-states.ts";
import { ESCALATION_STATUSES } from "~/guidance/advice-escalation.ts";
import { SUBSIDY_STATES } from "~/support/subsidy-states.ts";
import { auditActionText, auditCodedValueText, auditEntityText, auditFieldText } from "./audit-words.ts";
import { translator } from "./i18n.ts";

const zhT = translator("zh");
const enT = translator("en");

/** Every literal `action: "…"` the models and jobs write, read from their source. */
function literalActions(): { action: string; entity: string }[] {
  const out: { action: string; entity: string }[] = [];
  for (const dir of ["app/models", "jobs"]) {
    for (const file of readdirSync(dir, { recursive: true }) as string[]) {
      if (!/\.tsx?$/.test(file) || file.endsWith(".test.ts")) continue;
      const text = readFileSync(path.join(dir, file), "utf8");
      for (const m of text.matchAll(/action: "([a-z0-9.-]+)",\s*entity: "([a-z-]+)"/g)) out.push({ action: m[1]!, entity: m[2]! });
      for (const m of text.matchAll(/action: "([a-z0-9.-]+)"/g)) out.push({ action: m[1]!, entity: m[1]!.split(".")[0]! });
    }
  }
  return out;
}

/** The codes built from a template in the models, with every value the template takes. */
const templated = [
  ...REQUEST_STATES.map((s) => ({ action: `guidance-request.${s}`, entity: "guidance-request" })),
  ...ESCALATION_STATUSES.map((s) => ({ action: `escalation.${s}`, entity: "guidance-request" })),
  ...["return", "approve", "deliver"].map((d) => ({ action: `advice.${d}`, entity: "guidance-request" })),
  ...["publish", "return"].map((d) => ({ action: `country-guide.${d}`, entity: "country-guide" })),
  ...["confirm", "reject"].map((d) => ({ action: `party-review.${d}`, entity: "party-review" })),
  ...["item-created", "case-noted", "filed"].map((s) => ({ action: `observation.${s}`, entity: "observation" })),
  ...SUBSIDY_STATES.map((s) => ({ action: `subsidy-application.${s}`, entity: "subsidy-application" })),
  ...["subsidy-application", "observation"].map((k) => ({ action: `${k}.attachment`, entity: k })),
];

describe("the audit log in words", () => {
  it("names every action the models write in Chinese without a Latin letter, and in English without the code", () => {
    const actions = [...literalActions(), ...templated];
    expect(actions.length).toBeGreaterThan(60);
    const coded = actions.filter(({ action, entity }) => /[A-Za-z]/.test(auditActionText(zhT, action, entity)));
    expect(coded).toEqual([]);
    const other = actions.filter(({ action, entity }) => auditActionText(zhT, action, entity).includes("其他操作"));
    expect(other).toEqual([]);
    for (const { action, entity } of actions) expect(auditActionText(enT, action, entity)).not.toContain(action);
  });

  it("reads a state change as the state's name", () => {
    expect(auditActionText(zhT, "guidance-request.under-review", "guidance-request")).toBe("应对指导申请：状态变为「审查中」");
    expect(auditCodedValueText(zhT, "state", "draft")).toBe("草稿");
    expect(auditCodedValueText(enT, "state", "submitted")).toBe("Submitted");
  });

  it("keeps an unknown code out of the text and says what kind of record it was", () => {
    expect(auditActionText(zhT, "webhook.teleport", "webhook")).toBe("推送地址：其他操作");
    expect(auditEntityText(zhT, "spaceship")).toBe("其他记录");
    expect(auditFieldText(zhT, "warpFactor")).toBe("其他字段");
    expect(auditFieldText(zhT, "ipTypes")).toBe("知识产权类型");
    // A typed value is not a code: left for the page to show as data.
    expect(auditCodedValueText(zhT, "name", "Trade watch")).toBeNull();
  });
});
