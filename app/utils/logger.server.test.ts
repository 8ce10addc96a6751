import { expect, test } from "vitest";
import { allowConsoleErrors, consoleErrors } from "../../tests/support/console-guard.ts";
import { createLogger } from "./logger.server.ts";

test("an error-level log reaches the console.error guard, so an unexpected application error fails its test", () => {
  allowConsoleErrors();
  createLogger("unit", "info").error("something broke", { id: 7 });
  expect(consoleErrors.map((args) => args.map(String).join(" ")).join("\n")).toMatch(/ERROR unit: something broke \{"id":7\}/);
});

test("a warning does not count as an error", () => {
  const before = consoleErrors.length;
  createLogger("unit", "info").warn("slow feed");
  expect(consoleErrors.length).toBe(before);
});
