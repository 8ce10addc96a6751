// Printable notices (补正/不予受理/受理/终止通知书) and the guidance opinion (指导意见书), each
// with a 文号 per centre and year. The body is a JSON snapshot of what the document said when
// issued, so a later edit of the request does not change an issued document.
import type { NoticeBody, NoticeKind } from "~/domain/notice.ts";
export type { NoticeBody, NoticeKind } from "~/domain/notice.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import type { RequestState } from "~/domain/request-states.ts";
import { shanghaiDate } from "~/guidance/working-days.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { parseJsonArray } from "~/utils/json-list.ts";

export const NOTICE_FOR_STATE: Partial<Record<RequestState, NoticeKind>> = {
  "needs-supplement": "supplement",
  rejected: "rejection",
  accepted: "acceptance",
  terminated: "termination",
  delivered: "opinion",
};

/** Issues a notice; the sequence number is taken under the (year, seq) unique key and retried on a clash. */
export async function issueNotice(db: Db, input: { requestId: string; kind: NoticeKind; issuedById: string | null }) {
  const env = getEnv();
  const request = await db.guidanceRequest.findUniqueOrThrow({ where: { id: input.requestId }, include: { company: { select: { nameZh: true } } } });
  const advice =
    input.kind === "opinion"
      ? await db.advice.findMany({ where: { requestId: request.id, status: { in: ["approved", "delivered"] } }, orderBy: { createdAt: "asc" } })
      : [];
  const reason = {
    supplement: request.supplementNote,
    rejection: request.rejectionReason,
    termination: request.terminationReason,
    acceptance: null,
    opinion: null,
  }[input.kind];
  const body: NoticeBody = {
    centre: env.CENTRE_NAME,
    companyName: request.company.nameZh,
    disputeType: request.disputeType,
    caseNumber: request.caseNumber,
    opposingParty: request.opposingParty,
    submittedAt: request.submittedAt ? shanghaiDate(request.submittedAt) : null,
    reason,
    advice: advice.map((a) => ({
      assessment: a.assessment,
      options: parseJsonArray(a.options),
      steps: parseJsonArray(a.steps),
      costMin: a.costMin,
      costMax: a.costMax,
      currency: a.currency,
      references: a.references,
    })),
  };
  const year = Number(shanghaiDate(new Date()).slice(0, 4));
  for (let attempt = 0; attempt < 20; attempt++) {
    const last = await db.noticeDocument.findFirst({ where: { year }, orderBy: { seq: "desc" }, select: { seq: true } });
    const seq = (last?.seq ?? 0) + 1;
    try {
      return await db.noticeDocument.create({
        data: {
          requestId: request.id,
          kind: input.kind,
          year,
          seq,
          number: `〔${year}〕${env.CENTRE_DOC_PREFIX}第 ${seq} 号`,
          body: JSON.stringify(body),
          issuedById: input.issuedById,
        },
      });
    } catch (error) {
      // Another writer took this number first: read the new maximum and try the next one.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  throw new Error("could not allocate a notice number");
}

export function listNotices(db: Db, requestId: string) {
  return db.noticeDocument.findMany({ where: { requestId }, orderBy: { issuedAt: "asc" }, select: { id: true, kind: true, number: true, issuedAt: true } });
}

export async function getNotice(db: Db, requestId: string, noticeId: string, companyId?: string) {
  const row = await db.noticeDocument.findFirst({ where: { id: noticeId, requestId, ...(companyId ? { request: { companyId } } : {}) } });
  if (!row) return null;
  return { id: row.id, kind: row.kind as NoticeKind, number: row.number, issuedAt: shanghaiDate(row.issuedAt), body: JSON.parse(row.body) as NoticeBody };
}
