// A guidance notice's kind and body as stored (JSON) and shown: written by
// app/models/guidance-notice.server.ts, printed by app/components/guidance-notice.tsx.
export type NoticeKind = "supplement" | "rejection" | "acceptance" | "termination" | "opinion";

export interface NoticeBody {
  centre: string;
  companyName: string;
  disputeType: string;
  caseNumber: string | null;
  opposingParty: string | null;
  submittedAt: string | null;
  reason: string | null;
  advice: {
    assessment: string;
    options: unknown[];
    steps: unknown[];
    costMin: number | null;
    costMax: number | null;
    currency: string | null;
    references: string;
  }[];
}
