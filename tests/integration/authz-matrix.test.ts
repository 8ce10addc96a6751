// The authorisation matrix: every route module of the built app (build/index.js, so routes
// added later are covered without touching this file) is requested with `?_data=<routeId>` —
// the request a layout's check does not cover — and, when it has an action, POSTed with a
// valid CSRF token, as anonymous, exporter, staff, expert and admin.
//
// Expected access follows the route folders (docs/decisions/001-route-convention.md):
// exporter+ → exporter; staff+ → staff and admin (admins reach sources, search and the audit
// log through the staff area); expert+ → expert; admin+ → admin; settings+ → any signed-in
// user; _auth+ and resources+ → everyone. A refused request is a redirect to /login
// (anonymous) or 401/403/404/405; an allowed role may still answer 404 (dummy ids), but never
// 5xx. Routes with params are tried with a dummy id and with real ids of a risk item, a source
// and a user, so a missing check behind a real record shows too. Run `npm run build` first.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { createSource } from "~/models/source.server.ts";
import { getDb } from "~/utils/db.server.ts";
import type { Role } from "~/domain/roles.ts";
import { makeExpert, makeUser } from "../db-utils.ts";
import { BASE, sessionFor } from "../support/requests.ts";

type Access = Role[] | "public" | "signed-in";
type Who = Role | "anonymous";
const WHO: Who[] = ["anonymous", "exporter", "staff", "expert", "admin"];

const BY_FOLDER: Record<string, Access> = {
  "exporter+": ["exporter"],
  "staff+": ["staff", "admin"],
  "expert+": ["expert"],
  "admin+": ["admin"],
  "settings+": "signed-in",
  "_auth+": "public",
  "resources+": "public",
};

/** Routes outside the folders, each with why it is open. */
const EXCEPTIONS: Record<string, { access: Access; why: string }> = {
  root: { access: "public", why: "the shell's locale, CSRF token and the reader's own name: nothing of anyone else" },
  "routes/_index": { access: "public", why: "only redirects to /login or the reader's home" },
  "routes/$": { access: "public", why: "answers 404 to everyone" },
};

const DUMMY_PARAM = "no-such-id-0000000000000000";

const buildFile = path.resolve(import.meta.dirname, "../../build/index.js");
if (!fs.existsSync(buildFile)) throw new Error("build/index.js is missing: run `npm run build` before this test");
const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
const handle = createRequestHandler(build, "production");

function accessOf(routeId: string): Access {
  const exception = EXCEPTIONS[routeId];
  if (exception) return exception.access;
  const folder = /^routes\/([^/]+\+)\//.exec(routeId)?.[1];
  const access = folder ? BY_FOLDER[folder] : undefined;
  if (!access) throw new Error(`${routeId}: no expected access: put it in a known folder or add it to EXCEPTIONS with a reason`);
  return access;
}

function allows(access: Access, who: Who) {
  if (access === "public") return true;
  if (who === "anonymous") return false;
  return access === "signed-in" || access.includes(who);
}

/** The URL path of a route: its ancestors' paths joined, params and splats filled with dummies. */
function urlPath(routeId: string, param = DUMMY_PARAM): string {
  const parts: string[] = [];
  for (let r: (typeof build.routes)[string] | undefined = build.routes[routeId]; r; r = r.parentId ? build.routes[r.parentId] : undefined) {
    if (r.path) parts.unshift(r.path);
  }
  const filled = parts
    .join("/")
    .split("/")
    .map((seg) => (seg.startsWith(":") ? param : seg === "*" ? "no-such-page" : seg));
  return `/${filled.filter(Boolean).join("/")}`;
}

const userIds: Partial<Record<Role, string>> = {};
/** Real ids to put into `$id`-style params besides the dummy. */
const realIds: string[] = [];

beforeAll(async () => {
  const db = await getDb();
  userIds.exporter = (await makeUser(db, { role: "exporter" })).id;
  userIds.staff = (await makeUser(db, { role: "staff" })).id;
  userIds.expert = (await makeExpert(db)).user.id;
  userIds.admin = (await makeUser(db, { role: "admin" })).id;
  const source = await createSource(
    db,
    { name: "Matrix source", url: "http://127.0.0.1:9/matrix.xml", kind: "case", jurisdiction: "US", language: "en" },
    null,
  );
  const now = new Date();
  const item = await db.riskItem.create({
    data: {
      sourceId: source.id,
      guid: "matrix-1",
      title: "Matrix item",
      summary: "s",
      publishedAt: now,
      fetchedAt: now,
      language: "en",
      jurisdiction: "US",
      kind: "case",
      caseType: "other",
      fingerprint: "matrix-1",
    },
  });
  realIds.push(item.id, source.id, userIds.staff);
});

/** A fresh session per request, so a logout or role action in one request cannot affect the next. */
async function request(routeId: string, method: "GET" | "POST", who: Who, param?: string) {
  const route = build.routes[routeId]!;
  const query = new URLSearchParams(route.index ? { index: "" } : {});
  query.set("_data", routeId);
  const headers: Record<string, string> = { Origin: BASE };
  const body = new URLSearchParams();
  if (who !== "anonymous") {
    const s = await sessionFor(userIds[who]!);
    headers.Cookie = s.cookie;
    body.set("csrf", s.csrf);
  }
  if (method === "POST") headers["Content-Type"] = "application/x-www-form-urlencoded";
  const res = await handle(
    new Request(`${BASE}${urlPath(routeId, param)}?${query.toString().replace("index=&", "index&")}`, {
      method,
      headers,
      body: method === "POST" ? body.toString() : undefined,
    }),
  );
  return res;
}

function refused(res: Response, who: Who) {
  const redirect = res.headers.get("X-Remix-Redirect") ?? res.headers.get("Location");
  if (redirect) return who === "anonymous" && redirect.startsWith("/login");
  return [401, 403, 404, 405].includes(res.status);
}

const routeIds = Object.keys(build.routes).sort();

describe("authorisation matrix (every route, every role, ?_data=)", () => {
  it("finds the route modules of the built app", () => {
    expect(routeIds.length).toBeGreaterThan(10);
    expect(routeIds).toContain("routes/staff+/search");
  });

  for (const routeId of routeIds) {
    const mod = build.routes[routeId]!.module;
    const methods = [...(mod.loader ? (["GET"] as const) : []), ...(mod.action ? (["POST"] as const) : [])];
    if (methods.length === 0) continue;
    it(`${routeId} (${urlPath(routeId)}) answers each role as its folder says`, async () => {
      const access = accessOf(routeId);
      const problems: string[] = [];
      const params = urlPath(routeId).includes(DUMMY_PARAM) ? [DUMMY_PARAM, ...realIds] : [DUMMY_PARAM];
      for (const method of methods) {
        for (const who of WHO) {
          for (const param of params) {
            const res = await request(routeId, method, who, param);
            const what = `${method} ${urlPath(routeId, param)} (${routeId}) as ${who}: ${res.status} ${res.headers.get("X-Remix-Redirect") ?? ""}`.trim();
            if (res.status >= 500) problems.push(`${what} (server error)`);
            else if (!allows(access, who) && !refused(res, who)) problems.push(`${what} (should be refused)`);
            await res.body?.cancel();
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("authorisation matrix, allowed side", () => {
  // The folder's main audience gets a page (200) from every loader without params: a check
  // that refuses its own audience is as broken as one that lets others in.
  const MAIN: Record<string, Role> = { "exporter+": "exporter", "staff+": "staff", "expert+": "expert", "admin+": "admin", "settings+": "exporter" };
  for (const routeId of routeIds) {
    const folder = /^routes\/([^/]+\+)\//.exec(routeId)?.[1];
    const main = folder ? MAIN[folder] : undefined;
    if (!main || !build.routes[routeId]!.module.loader || urlPath(routeId).includes(DUMMY_PARAM)) continue;
    it(`${routeId} gives ${main} its data`, async () => {
      const res = await request(routeId, "GET", main);
      expect(`${routeId} as ${main}: ${res.status}`).toBe(`${routeId} as ${main}: 200`);
    });
  }
});
