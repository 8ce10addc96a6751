// Guidance requests already accepted (or on the way), as the demo seed builds them.
import type { Db } from "~/utils/db.server.ts";
import { makeGuidanceRequest } from "../../prisma/guidance-builder.ts";
import { makeCompany, makeUser } from "../db-utils.ts";

export { makeGuidanceRequest };

/**
 * An accepted request of a new company in an industry of its own (so experts made with that
 * industry match it), with its exporter and a staff member: the expert tests' common start.
 */
export async function makeAcceptedRequestSetup(db: Db) {
  const industry = `ind-${Math.random().toString(36).slice(2, 8)}`;
  const company = await makeCompany(db, { rawIndustries: [industry] });
  const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
  const staff = await makeUser(db, { role: "staff" });
  const request = await makeGuidanceRequest(db, { companyId: company.id, createdById: exporter.id, staffId: staff.id });
  return { industry, company, exporter, staff, request };
}
