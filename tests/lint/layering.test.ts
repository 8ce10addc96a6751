// The layering rules are in eslint.config.js (no-restricted-imports per folder). This lints
// small sources with the real config, as if each file sat in the folder named by its path, and
// checks that every forbidden import fails lint and the allowed ones around it do not. That the
// tree itself keeps the rules is `npm run lint`'s job (.ci/run runs it before the tests).
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layering messages ESLint reports for `source` placed at `file` (relative to the repo). */
async function layeringErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

// [rule, file, import] — one forbidden import per rule, spelled both as an alias and as a path.
const FORBIDDEN: [string, string, string][] = [
  ["routes may not import jobs/", "app/routes/staff+/sources.$id.tsx", "#jobs/run-job.ts"],
  ["routes may not import jobs/ by a relative path", "app/routes/staff+/sources.$id.tsx", "../../../jobs/run-job.ts"],
  ["routes may not import tests/", "app/routes/staff+/sources.$id.tsx", "../../../tests/db-utils.ts"],
  ["routes may not import the generated Prisma client", "app/routes/staff+/sources.$id.tsx", "~/generated/prisma/client.ts"],
  ["routes may not import @prisma packages", "app/routes/staff+/sources.$id.tsx", "@prisma/client"],
  ["components may not import models", "app/components/search-page.tsx", "~/models/search.server.ts"],
  ["components may not import models by a relative path", "app/components/search-page.tsx", "../models/risk-item-presenters.server.ts"],
  ["components may not import app/utils", "app/components/source-runs.tsx", "~/utils/json-list.ts"],
  ["components may not import a .server module", "app/components/source-runs.tsx", "~/ingest/fetch-feed.server.ts"],
  ["components may not import root.tsx", "app/components/error-page.tsx", "~/root.tsx"],
  ["components may not import jobs/", "app/components/source-runs.tsx", "#jobs/lease.ts"],
  ["i18n may not import root.tsx", "app/i18n/use-t.ts", "~/root.tsx"],
  ["i18n may not import models", "app/i18n/use-t.ts", "~/models/user.server.ts"],
  ["app/utils may not import models", "app/utils/auth.server.ts", "~/models/audit.server.ts"],
  ["app/utils may not import models by a relative path", "app/utils/auth.server.ts", "../models/audit.server.ts"],
  ["models may not import routes", "app/models/source.server.ts", "~/routes/staff+/sources.$id.tsx"],
  ["models may not import components", "app/models/risk-item-presenters.server.ts", "~/components/search-page.tsx"],
  ["models may not import jobs/", "app/models/source.server.ts", "#jobs/run-job.ts"],
  ["models may not import tests/", "app/models/source.server.ts", "../../tests/db-utils.ts"],
  ["app/domain may not import models", "app/domain/severity.ts", "~/models/alert.server.ts"],
  ["app/domain may not import i18n", "app/domain/severity.ts", "~/i18n/i18n.ts"],
  ["app/domain may not import search/", "app/domain/severity.ts", "#search/indexes/risk-items.ts"],
  ["jobs/ may not import tests/", "jobs/ingest.ts", "../tests/support/feed-server.ts"],
  ["search/ may not import tests/", "search/sync.server.ts", "../tests/db-utils.ts"],
  ["prisma/ (the seed) may not import tests/", "prisma/seed.ts", "../tests/db-utils.ts"],
  ["app/ingest may not import tests/", "app/ingest/pipeline.server.ts", "../../tests/support/feed-server.ts"],
];

const ALLOWED: [string, string, string][] = [
  ["routes import models", "app/routes/staff+/sources.$id.tsx", "~/models/run-now.server.ts"],
  ["components import app/domain", "app/components/search-page.tsx", "~/domain/risk-item-views.ts"],
  ["models import app/utils", "app/models/source.server.ts", "~/utils/db.server.ts"],
  ["the run-now model is the one entry point to the job runner", "app/models/run-now.server.ts", "#jobs/run-job.ts"],
  ["jobs import models", "jobs/ingest.ts", "~/models/ingest.server.ts"],
  ["tests import tests/", "tests/integration/run-now.test.ts", "../support/feed-server.ts"],
  ["unit tests next to a module import tests/", "app/models/login.server.test.ts", "../../tests/db-utils.ts"],
  ["app/domain imports app/domain", "app/domain/root-data.ts", "./locale.ts"],
];

describe("layering enforced by ESLint", () => {
  it.each(FORBIDDEN)("%s: lint fails (%s imports %s)", async (_rule, file, from) => {
    // (A .server model import may break two rules at once: models and .server.)
    expect(await layeringErrors(file, `import { x } from "${from}";\nexport const y = x;\n`)).not.toEqual([]);
    // A type-only import or a re-export crosses the line as well.
    expect(await layeringErrors(file, `import type { X } from "${from}";\nexport type Y = X;\n`)).not.toEqual([]);
    expect(await layeringErrors(file, `export { x } from "${from}";\n`)).not.toEqual([]);
  });

  it.each(ALLOWED)("%s: lint passes (%s imports %s)", async (_rule, file, from) => {
    expect(await layeringErrors(file, `import { x } from "${from}";\nexport const y = x;\n`)).toEqual([]);
  });
});

/** The route-query messages ESLint reports for `source` placed at `file`. */
async function queryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

const ROUTE = "app/routes/staff+/companies.$id.tsx";
const DB = `import { getDb } from "~/utils/db.server.ts";\nconst db = await getDb();\n`;

describe("routes do not query Prisma (the queries live in app/models)", () => {
  it.each([
    ["a delegate read", "export const x = await db.company.findMany({ where: {} });"],
    ["a count", "export const n = await db.auditEvent.count();"],
    ["a write", 'export const u = await db.user.update({ where: { id: "1" }, data: {} });'],
    ["a query on the awaited client", 'export const c = await (await getDb()).company.findUnique({ where: { id: "1" } });'],
    ["raw SQL", 'export const r = await db.$queryRawUnsafe("SELECT 1");'],
    ["a transaction", "export const t = await db.$transaction(async (tx) => tx.user.count());"],
  ])("%s in a route fails lint", async (_what, line) => {
    expect(await queryErrors(ROUTE, DB + line + "\n")).not.toEqual([]);
  });

  it("app/root.tsx is held to the same rule", async () => {
    expect(await queryErrors("app/root.tsx", DB + "export const n = await db.user.count();\n")).not.toEqual([]);
  });

  it("a route that hands the client to a model, or calls delete on a URLSearchParams, passes", async () => {
    const source = `${DB}import { listCompanies } from "~/models/company.server.ts";\nexport const rows = await listCompanies(db);\nconst next = new URLSearchParams();\nnext.delete("page");\n`;
    expect(await queryErrors(ROUTE, source)).toEqual([]);
  });

  it("models may query Prisma", async () => {
    expect(await queryErrors("app/models/company.server.ts", DB + "export const x = await db.company.findMany();\n")).toEqual([]);
  });
});
