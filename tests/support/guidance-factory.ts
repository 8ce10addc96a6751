// Guidance requests already accepted (or on the way), as the demo seed builds them.
export { makeGuidanceRequest } from "../../prisma/guidance-builder.ts";
