// `experts match` as operators run it: the bundled CLI in a child process on this file's database.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeExpert, makeUser } from "../db-utils.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
async function cli(...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ["build/proc/cli.js", ...args], { cwd: root, env: process.env });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

describe("experts match CLI", () => {
  it("prints the ranking with the breakdown and the excluded experts with reasons, as text and JSON", async () => {
    const db = await getDb();
    const company = await makeCompany(db, { industries: "photovoltaic" });
    const exporter = await makeUser(db, {
      role: "exporter",
      companyId: company.id,
    });
    const staff = await makeUser(db, { role: "staff" });
    const request = await makeGuidanceRequest(db, {
      companyId: company.id,
      createdById: exporter.id,
      staffId: staff.id,
    });
    await makeExpert(db, {
      name: "Good Match",
      profile: { industries: ["photovoltaic"] },
    });
    const conflicted = await makeExpert(db, { name: "Conflicted" });
    await db.expertProfile.update({
      where: { id: conflicted.profile.id },
      data: {
        conflictFirms: JSON.stringify(["smith and jones"]),
        conflictCompanies: JSON.stringify(["ACME SOLAR"]),
      },
    });
    const text = await cli("experts", "match", request.id);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/1\. Good Match .*score \d+/);
    expect(text.out).toContain("Industry 15/15 (photovoltaic)");
    expect(text.out).toContain("- Conflicted: conflict: opposing party Acme Solar Inc. (declared: ACME SOLAR)");
    const json = JSON.parse((await cli("experts", "match", request.id, "--json")).out);
    expect(json.ranked[0]).toMatchObject({
      name: "Good Match",
      breakdown: expect.arrayContaining([expect.objectContaining({ criterion: "ipType", points: 25 })]),
    });
    expect(json.excluded[0]).toMatchObject({
      name: "Conflicted",
      excluded: [{ kind: "conflict", role: "opposing-party" }],
    });
    const missing = await cli("experts", "match", "no-such-request");
    expect(missing.code).not.toBe(0);
    expect(missing.out).toContain("no guidance request no-such-request");
  });
});
