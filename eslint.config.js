// ESLint flat config: bug-finding rules only. Formatting is Prettier's job (.prettierrc), and
// rules that would fight the code's settled style (non-null assertions on checked lookups,
// control characters in the text-cleaning regexes) are off or left to inline comments.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Layering (STYLE.md "Module boundaries", docs/decisions/ the layering ADR): which folder may not
// import which. Each entry is a no-restricted-imports pattern on the import's source text, so it
// covers the aliases (~/, #jobs/, #search/) and relative paths alike, type-only imports included.
// tests/lint/layering.test.ts lints one forbidden import per rule and fails if any passes.
const up = "^(?:\\.\\./)+"; // one or more "../"
const FORBIDDEN = {
  tests: { regex: `${up}tests/`, message: "Production code never imports tests/: put what both need in the models or prisma/ (builders)." },
  jobs: {
    regex: `^#jobs/|${up}jobs/`,
    message: "Routes and models do not import jobs/: call a model (app/models/run-now.server.ts is the one entry point to the job runner).",
  },
  models: { regex: `^~/models/|${up}models/`, message: "This layer may not import app/models: view types and vocabulary live in app/domain/." },
  utils: { regex: `^~/utils/|${up}utils/`, message: "Components do not import app/utils (server infrastructure): move browser-safe helpers to app/domain/." },
  server: { regex: "\\.server(?:\\.tsx?)?$", message: "Components and app/domain never import .server modules (they are empty in the browser bundle)." },
  routes: { regex: `^~/routes/|${up}routes/`, message: "Models do not import routes." },
  components: { regex: `^~/components/|${up}components/`, message: "Models do not import components: shared view types live in app/domain/." },
  root: {
    regex: "^~/root(?:\\.tsx)?$|^(?:\\.\\./)+root(?:\\.tsx)?$",
    message: "Import the root loader's data type from app/domain/root-data.ts, not root.tsx (import loop).",
  },
  prismaClient: {
    regex: "generated/prisma|^@prisma/",
    message: "Routes do not use the Prisma client or its types: call a model; view types live in app/domain/ or the model.",
  },
  anyApp: { regex: "^~/(?!domain/)|^#", message: "app/domain is the bottom layer: it imports only app/domain and libraries." },
};
const restrict = (...names) => ["error", { patterns: names.map((name) => FORBIDDEN[name]) }];
// Routes do not talk to the database (STYLE.md "Layout"): every query, trivial reads included,
// is a model function with the ownership in its `where`. Routes may still import `getDb` to hand
// the client to a model, so the rule looks at calls: a Prisma delegate method called on a
// member (`db.company.findMany(…)`, `tx.user.update(…)`) or a client method (`db.$queryRaw…`).
const PRISMA_METHODS =
  "findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|count|aggregate|groupBy|create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany";
const NO_QUERIES_IN_ROUTES = [
  "error",
  {
    selector: `CallExpression > MemberExpression.callee[object.type='MemberExpression'][property.name=/^(${PRISMA_METHODS})$/]`,
    message: "Routes do not query Prisma: put the query in an app/models/*.server.ts function (ownership in the where).",
  },
  {
    selector: "CallExpression > MemberExpression.callee[property.name=/^\\$(queryRaw|queryRawUnsafe|executeRaw|executeRawUnsafe|transaction)$/]",
    message: "Routes do not query Prisma: raw SQL and transactions live in app/models/*.server.ts.",
  },
];
const PRODUCTION = ["app/**/*.{ts,tsx}", "jobs/**/*.ts", "search/**/*.ts", "prisma/**/*.ts"];
const TEST_FILES = ["**/*.test.ts", "tests/**"];
// Later entries replace earlier ones for the same file (flat config does not merge a rule's
// options), so each folder lists every rule that applies to it.
const layering = [
  { files: PRODUCTION, ignores: TEST_FILES, rules: { "no-restricted-imports": restrict("tests") } },
  {
    files: ["app/routes/**/*.{ts,tsx}", "app/root.tsx"],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": restrict("tests", "jobs", "prismaClient"), "no-restricted-syntax": NO_QUERIES_IN_ROUTES },
  },
  {
    files: ["app/components/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": restrict("tests", "jobs", "models", "utils", "server", "root") },
  },
  {
    files: ["app/i18n/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": restrict("tests", "jobs", "models", "utils", "server", "root") },
  },
  { files: ["app/utils/**/*.{ts,tsx}"], ignores: TEST_FILES, rules: { "no-restricted-imports": restrict("tests", "jobs", "models", "routes", "components") } },
  { files: ["app/models/**/*.{ts,tsx}"], ignores: TEST_FILES, rules: { "no-restricted-imports": restrict("tests", "jobs", "routes", "components") } },
  { files: ["app/models/run-now.server.ts"], rules: { "no-restricted-imports": restrict("tests", "routes", "components") } },
  { files: ["app/domain/**/*.{ts,tsx}"], ignores: TEST_FILES, rules: { "no-restricted-imports": restrict("anyApp", "server") } },
];

export default tseslint.config(
  { ignores: ["build/", "public/build/", "app/generated/", "node_modules/", "data/", ".cache/", "test-results/", "tmp/"] },
  // The code carries no-control-regex disables from before that rule was turned off below.
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-explicit-any": "warn",
      "@typescript-eslint/no-empty-object-type": "off",
      "@typescript-eslint/consistent-type-imports": "off",
      // Text cleaning and the highlight markers match control and joining characters on purpose.
      "no-control-regex": "off",
      "no-misleading-character-class": "off",
      // Fixtures carry CJK text with ideographic spaces in strings and templates.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  ...layering,
);
