import type { Job } from "./types.ts";

export const sessionCleanupJob: Job = {
  id: "session-cleanup",
  description: "Deletes expired login sessions.",
  schedule: "17 3 * * *",
  async run({ db }) {
    const { count } = await db.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    return { deleted: count };
  },
};
