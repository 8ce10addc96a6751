// The tests' factories are the demo seed's builders (prisma/builders.ts): one way to make a
// company, a user, an expert or a guidance request. Users built without a password get this one.
export { DEFAULT_PASSWORD as TEST_PASSWORD, makeCompany, makeExpert, makeGuidanceRequest, makeUser } from "../prisma/builders.ts";
