// Child process for the kill test: runs the matching job and dies right after its first
// stored batch, as a crash or an OOM kill would (no cleanup, no graceful shutdown).
import { matchNewItems } from "~/models/alert-matching.server.ts";
import { getDb } from "~/utils/db.server.ts";

await matchNewItems(await getDb(), {
  batchSize: Number(process.env.MATCH_BATCH_SIZE ?? "5"),
  afterBatch: () => process.exit(99),
});
