// The expert's attachment download: only through an accepted assignment, only what the exporter
// consented to share; everything else is a 404 like any unknown id.
import { describe, expect, it } from "vitest";
import { proposeExperts, respondToAssignment } from "~/models/expert-assignment.server.ts";
import { loader } from "~/routes/expert+/assignments.$id.attachments.$attachmentId.tsx";
import { getDb } from "~/utils/db.server.ts";
import { storeUpload } from "~/utils/upload.server.ts";
import { makeExpert } from "../db-utils.ts";
import { makeAcceptedRequestSetup, makeGuidanceRequest } from "../support/guidance-factory.ts";
import { getRequest, sessionFor, settle } from "../support/requests.ts";

describe("expert attachment download", () => {
  it("serves a consented attachment to the expert of an accepted assignment and 404s otherwise", async () => {
    const db = await getDb();
    const { industry, company, exporter, staff, request } = await makeAcceptedRequestSetup(db);
    const other = await makeGuidanceRequest(db, { companyId: company.id, createdById: exporter.id, staffId: staff.id });
    const expert = await makeExpert(db, { name: "下载 Download", profile: { industries: [industry] } });
    const stranger = await makeExpert(db, { name: "旁人 Stranger", profile: { industries: [industry] } });
    const bytes = new TextEncoder().encode("complaint text\n");
    const att = async (requestId: string, share: boolean) => {
      const stored = await storeUpload(bytes);
      return db.guidanceAttachment.create({
        data: {
          requestId,
          originalName: "complaint.txt",
          storedName: stored.storedName,
          mimeType: "text/plain",
          size: bytes.byteLength,
          sha256: stored.sha256,
          uploadedById: exporter.id,
          shareWithExperts: share,
        },
      });
    };
    const shared = await att(request.id, true);
    const withheld = await att(request.id, false);
    const elsewhere = await att(other.id, true);

    const [mine] = await proposeExperts(db, { requestId: request.id, expertIds: [expert.profile.id], staffId: staff.id });
    const [theirs] = await proposeExperts(db, { requestId: request.id, expertIds: [stranger.profile.id], staffId: staff.id });
    const me = await sessionFor(expert.user.id);
    const them = await sessionFor(stranger.user.id);
    const get = async (cookie: string, assignmentId: string, attachmentId: string) => {
      const url = `/expert/assignments/${assignmentId}/attachments/${attachmentId}`;
      return settle(() => loader({ request: getRequest(url, cookie), params: { id: assignmentId, attachmentId }, context: {} }));
    };

    // Proposed, not yet accepted: no files.
    expect((await get(me.cookie, mine!.id, shared.id)).status).toBe(404);
    await respondToAssignment(db, { assignmentId: mine!.id, expertUserId: expert.user.id, accept: true, noConflict: true });

    const ok = await get(me.cookie, mine!.id, shared.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Disposition")).toContain("attachment");
    expect(await ok.text()).toBe("complaint text\n");

    // Not shared by the exporter, another request's file, someone else's assignment: 404.
    expect((await get(me.cookie, mine!.id, withheld.id)).status).toBe(404);
    expect((await get(me.cookie, mine!.id, elsewhere.id)).status).toBe(404);
    expect((await get(them.cookie, mine!.id, shared.id)).status).toBe(404);
    expect((await get(them.cookie, theirs!.id, shared.id)).status).toBe(404);

    // The exporter withdrawing consent for the whole request closes the door again.
    await db.guidanceRequest.update({ where: { id: request.id }, data: { consentToShare: false } });
    expect((await get(me.cookie, mine!.id, shared.id)).status).toBe(404);

    // Other roles are refused by the permission check before any lookup.
    const ex = await sessionFor(exporter.id);
    expect([403, 404]).toContain((await get(ex.cookie, mine!.id, shared.id)).status);
  });
});
