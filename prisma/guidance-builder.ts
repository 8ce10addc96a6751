// Guidance requests for the demo seed and the expert, advice and escalation tests (re-exported
// by tests/support/guidance-factory.ts): created as a draft, then moved to the wanted state
// through transitionRequest so the timeline is real.
import type { Prisma } from "~/generated/prisma/client.ts";
import type { RequestState } from "~/domain/request-states.ts";
import { transitionRequest } from "~/models/guidance-request.server.ts";
import type { Db } from "~/utils/db.server.ts";

const PATH: RequestState[] = ["submitted", "under-review", "accepted"];

export async function makeGuidanceRequest(
  db: Db,
  opts: {
    companyId: string;
    createdById: string;
    staffId: string;
    state?: "draft" | "submitted" | "under-review" | "accepted";
    data?: Partial<Prisma.GuidanceRequestUncheckedCreateInput>;
  },
) {
  const request = await db.guidanceRequest.create({
    data: {
      disputeType: "us-itc-337",
      country: "US",
      forum: "USITC",
      opposingParty: "Acme Solar Inc.",
      opposingCounsel: "Smith & Jones LLP",
      caseNumber: "337-TA-9999",
      whatHappened: "收到337调查投诉，涉及光伏组件。",
      helpWanted: "评估侵权风险与应诉策略",
      products: JSON.stringify(["solar panels"]),
      hsCodes: JSON.stringify(["854143"]),
      amountAtStake: 1_200_000,
      currency: "USD",
      contactName: "张经理",
      contactPhone: "+86 574 0000 0000",
      contactEmail: "contact@example.test",
      consentToShare: true,
      ...opts.data,
      companyId: opts.companyId,
      createdById: opts.createdById,
    },
  });
  const target = opts.state ?? "accepted";
  for (const to of PATH) {
    if (target === "draft") break;
    const actor = to === "submitted" ? { id: opts.createdById, kind: "exporter" as const } : { id: opts.staffId, kind: "staff" as const };
    await transitionRequest(db, { requestId: request.id, to, actor });
    if (to === target) break;
  }
  return db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } });
}
