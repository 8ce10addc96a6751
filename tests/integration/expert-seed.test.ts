// The demo seed's guidance data: a conflict the shortlist explains, an assigned and an escalated request.
import { describe, expect, it } from "vitest";
import { shortlistForRequest } from "~/models/expert-assignment.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { seedDemo } from "../../prisma/seed.ts";

describe("demo seed for experts", () => {
  it("has an expert excluded for a conflict with a demo request's opposing party, an assigned request and an escalated one", async () => {
    const db = await getDb();
    await seedDemo(db);
    const accepted = await db.guidanceRequest.findFirstOrThrow({
      where: { caseNumber: "337-TA-DEMO-1" },
    });
    const list = (await shortlistForRequest(db, accepted.id))!;
    const sun = list.excluded.find((r) => r.name.startsWith("孙教授"));
    expect(sun?.excluded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "conflict", role: "opposing-party" }),
        expect.objectContaining({ kind: "conflict", role: "opposing-counsel" }),
      ]),
    );
    expect(list.ranked[0].name).toBe("陈律师 Chen Wei");
    expect(
      (
        await db.guidanceRequest.findFirstOrThrow({
          where: { caseNumber: "1:26-cv-DEMO" },
        })
      ).state,
    ).toBe("expert-assigned");
    const escalated = await db.guidanceRequest.findFirstOrThrow({
      where: { caseNumber: "1:26-cv-DEMO-A" },
      include: { escalations: true },
    });
    expect(escalated.escalated).toBe(true);
    expect(escalated.escalations[0].status).toBe("sent");
  });
});
