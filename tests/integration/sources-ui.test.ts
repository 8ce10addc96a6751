// The staff source pages, called as Remix calls them: loaders and actions with real
// Requests carrying a session cookie, the real database, and feeds from a real HTTP server
// on 127.0.0.1.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourcePreviewView, type SourcePreviewData } from "~/components/source-preview.tsx";
import { translator } from "~/i18n/i18n.ts";
import { MAX_OPML_FEEDS } from "~/ingest/opml.server.ts";
import { createSource, opmlFileName } from "~/models/source.server.ts";
import { action as editAction, loader as editLoader } from "~/routes/staff+/sources.$id.tsx";
import { loader as listLoader } from "~/routes/staff+/sources._index.tsx";
import { action as importAction, loader as importLoader } from "~/routes/staff+/sources.import.tsx";
import { action as newAction, loader as newLoader } from "~/routes/staff+/sources.new.tsx";
import { loader as opmlLoader } from "~/routes/staff+/sources.opml.tsx";
import { disconnectDb, getDb } from "~/utils/db.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { makeUser } from "../db-utils.ts";
import { startFeedServer, type FeedServer } from "../support/feed-server.ts";
import { BASE, getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer({ dir: path.resolve("tests/fixtures/feeds") });
});
afterAll(async () => {
  await feeds.close();
});

function uniq(prefix: string) {
  return `${prefix}-${crypto.randomBytes(4).toString("hex")}`;
}

async function staffSession() {
  const db = await getDb();
  const staff = await makeUser(db, { role: "staff" });
  return { db, staff, ...(await sessionFor(staff.id)) };
}

function sourceFields(overrides: Record<string, string> = {}) {
  return {
    name: uniq("来源"),
    url: `https://feeds.example.test/${uniq("feed")}.xml`,
    kind: "case",
    jurisdiction: "us",
    language: "en",
    schedule: "",
    enabled: "true",
    alertable: "true",
    fallbackSourceId: "",
    ...overrides,
  };
}

function postMultipart(
  pathname: string,
  fields: Record<string, string>,
  file: { name: string; type: string; content: string | Uint8Array<ArrayBuffer> } | null,
  cookie: string,
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append("file", new File([file.content], file.name, { type: file.type }));
  return new Request(`${BASE}${pathname}`, { method: "POST", headers: { Cookie: cookie, Origin: BASE }, body: form });
}

const opmlOf = (outlines: string) => `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Reader export</title></head><body>
${outlines}
</body></opml>`;

describe("creating and editing sources", () => {
  it("lets staff create a source through the form, normalising it, and audits who did it", async () => {
    const { db, staff, cookie, csrf } = await staffSession();
    const fields = sourceFields({ jurisdiction: " de ", language: "DE", enabled: "false", alertable: "true" });
    const res = await settle(() => newAction(args(postForm("/staff/sources/new", { csrf, ...fields }, { cookie }))));
    expect(res.status).toBe(302);
    const source = await db.source.findUniqueOrThrow({ where: { url: fields.url } });
    expect(res.headers.get("Location")).toBe(`/staff/sources/${source.id}?created=1`);
    expect(source).toMatchObject({
      name: fields.name,
      kind: "case",
      jurisdiction: "DE",
      language: "de",
      schedule: "*/30 * * * *",
      enabled: false,
      alertable: true,
      fallbackSourceId: null,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "source.create", entityId: source.id } });
    expect(audit.actorId).toBe(staff.id);
    expect(JSON.parse(audit.after!)).toMatchObject({ url: fields.url, enabled: false });
  });

  it("answers 400 naming an invalid URL, schedule and jurisdiction, keeps the values and creates nothing", async () => {
    const { db, cookie, csrf } = await staffSession();
    for (const url of ["javascript:alert(1)", "ftp://feeds.example.test/feed.xml", "not a url"]) {
      const fields = sourceFields({ url, schedule: "61 * * * *", jurisdiction: "U.S." });
      const res = await settle(() => newAction(args(postForm("/staff/sources/new", { csrf, ...fields }, { cookie }))));
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(Object.keys(body.fieldErrors).sort()).toEqual(["jurisdiction", "schedule", "url"]);
      expect(body.fieldErrors.url).toBe("sources.invalidUrl");
      expect(body.fieldErrors.jurisdiction).toBe("sources.invalidJurisdiction");
      // The bad field in the reader's words, not node-cron's English (issue 13).
      expect(body.fieldErrors.schedule).toBe("cronWords.invalid.minute|value=61");
      expect(body.values).toMatchObject({ url, schedule: "61 * * * *", jurisdiction: "U.S.", name: fields.name });
      expect(await db.source.count({ where: { name: fields.name } })).toBe(0);
    }
  });

  it("refuses a feed URL that carries a user name or password, in the form, the CLI's model call and an OPML import", async () => {
    const { db, cookie, csrf } = await staffSession();
    const tag = uniq("cred");
    for (const url of [`http://user:pass@feeds.example.test/${tag}/feed.xml`, `https://token@feeds.example.test/${tag}/feed.xml`]) {
      const fields = sourceFields({ url });
      const res = await settle(() => newAction(args(postForm("/staff/sources/new", { csrf, ...fields }, { cookie }))));
      expect(res.status).toBe(400);
      expect((await res.json()).fieldErrors).toEqual({ url: "sources.urlHasCredentials" });
      await expect(createSource(db, { name: tag, url, kind: "news", jurisdiction: "US" }, null)).rejects.toThrow(/sources\.urlHasCredentials/);
    }
    const t = translator("en");
    expect(t("sources.urlHasCredentials")).toMatch(/user name or password/);
    expect(translator("zh")("sources.urlHasCredentials")).toMatch(/用户名或密码/);
    const opml = opmlOf(`<outline type="rss" text="${tag} secret" xmlUrl="http://user:s3cret@feeds.example.test/${tag}/o.xml"/>`);
    const res = await settle(() =>
      importAction(
        args(postMultipart("/staff/sources/import", { csrf, kind: "news", jurisdiction: "US" }, { name: "r.opml", type: "text/xml", content: opml }, cookie)),
      ),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.result.skipped).toEqual([{ url: `http://feeds.example.test/${tag}/o.xml`, reason: "url: sources.urlHasCredentials" }]);
    expect(JSON.stringify(body)).not.toContain("s3cret");
    expect(await db.source.count({ where: { url: { contains: tag } } })).toBe(0);
  });

  it("refuses a URL that is already registered with sources.urlTaken", async () => {
    const { db, cookie, csrf } = await staffSession();
    const existing = await createSource(db, { name: "已有", url: `https://feeds.example.test/${uniq("taken")}.xml`, kind: "news", jurisdiction: "EU" }, null);
    const fields = sourceFields({ url: existing.url });
    const res = await settle(() => newAction(args(postForm("/staff/sources/new", { csrf, ...fields }, { cookie }))));
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ url: "sources.urlTaken" });
    expect(await db.source.count({ where: { name: fields.name } })).toBe(0);
  });

  it("saves edits through the model, sends an unticked box as false, and audits the change", async () => {
    const { db, staff, cookie, csrf } = await staffSession();
    const source = await createSource(db, { name: "旧名称", url: `https://feeds.example.test/${uniq("edit")}.xml`, kind: "case", jurisdiction: "US" }, null);
    const fallback = await createSource(db, { name: "备用", url: `https://mirror.example.test/${uniq("edit")}.xml`, kind: "case", jurisdiction: "US" }, null);
    const fields = sourceFields({ name: "新名称", url: source.url, kind: "law", schedule: "15 */2 * * *", alertable: "false", fallbackSourceId: fallback.id });
    const res = await settle(() =>
      editAction(args(postForm(`/staff/sources/${source.id}`, { csrf, intent: "save", ...fields }, { cookie }), { id: source.id })),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ intent: "save", ok: true });
    const row = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(row).toMatchObject({ name: "新名称", kind: "law", schedule: "15 */2 * * *", alertable: false, enabled: true, fallbackSourceId: fallback.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "source.update", entityId: source.id } });
    expect(audit.actorId).toBe(staff.id);
    expect(JSON.parse(audit.after!)).toMatchObject({ name: "新名称", alertable: false });

    const loaded = await (await settle(() => editLoader(args(getRequest(`/staff/sources/${source.id}`, cookie), { id: source.id })))).json();
    expect(loaded.source).toMatchObject({ name: "新名称", fallbackSourceId: fallback.id, health: "never" });
    expect(loaded.fallbackOptions.map((o: { id: string }) => o.id)).not.toContain(source.id);
  });

  it("refuses on the edit page a URL of another source, itself as fallback, and an unknown intent", async () => {
    const { db, cookie, csrf } = await staffSession();
    const a = await createSource(db, { name: "A", url: `https://feeds.example.test/${uniq("a")}.xml`, kind: "case", jurisdiction: "US" }, null);
    const b = await createSource(db, { name: "B", url: `https://feeds.example.test/${uniq("b")}.xml`, kind: "case", jurisdiction: "US" }, null);
    const post = (fields: Record<string, string>) =>
      settle(() => editAction(args(postForm(`/staff/sources/${a.id}`, { csrf, ...fields }, { cookie }), { id: a.id })));

    const taken = await post({ intent: "save", ...sourceFields({ name: "A", url: b.url }) });
    expect(taken.status).toBe(400);
    expect((await taken.json()).fieldErrors).toEqual({ url: "sources.urlTaken" });

    const self = await post({ intent: "save", ...sourceFields({ name: "A", url: a.url, fallbackSourceId: a.id }) });
    expect(self.status).toBe(400);
    expect((await self.json()).fieldErrors).toEqual({ fallbackSourceId: "sources.invalidFallback" });

    const bogus = await post({ intent: "delete-everything" });
    expect(bogus.status).toBe(400);
    expect((await bogus.json()).formError).toBe("sources.invalidIntent");

    expect(await db.source.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ url: a.url, fallbackSourceId: null });
    expect(await db.auditEvent.count({ where: { action: "source.update", entityId: a.id } })).toBe(0);
  });

  it("disables and re-enables a source from the edit page, auditing each", async () => {
    const { db, staff, cookie, csrf } = await staffSession();
    const source = await createSource(db, { name: "开关", url: `https://feeds.example.test/${uniq("toggle")}.xml`, kind: "news", jurisdiction: "EU" }, null);
    await db.source.update({ where: { id: source.id }, data: { consecutiveFailures: 4, nextAttemptAt: new Date(Date.now() + 3_600_000) } });
    const post = (intent: string, extra: Record<string, string> = {}) =>
      settle(() => editAction(args(postForm(`/staff/sources/${source.id}`, { csrf, intent, ...extra }, { cookie }), { id: source.id })));
    // Without the ticked confirm box nothing changes (issue 13).
    const unconfirmed = await post("disable");
    expect(unconfirmed.status).toBe(400);
    expect((await unconfirmed.json()).formError).toBe("confirm.required");
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).enabled).toBe(true);
    expect((await post("disable", { confirm: "yes" })).status).toBe(200);
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).enabled).toBe(false);
    expect((await post("enable")).status).toBe(200);
    const row = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(row).toMatchObject({ enabled: true, consecutiveFailures: 0, nextAttemptAt: null });
    const actions = await db.auditEvent.findMany({
      where: { entityId: source.id, action: { in: ["source.disable", "source.enable"] } },
      orderBy: { at: "asc" },
    });
    expect(actions.map((a) => [a.action, a.actorId])).toEqual([
      ["source.disable", staff.id],
      ["source.enable", staff.id],
    ]);
  });

  it("answers 404 for an unknown source id, to loader and action alike", async () => {
    const { cookie, csrf } = await staffSession();
    expect((await settle(() => editLoader(args(getRequest("/staff/sources/nope", cookie), { id: "nope" })))).status).toBe(404);
    const res = await settle(() => editAction(args(postForm("/staff/sources/nope", { csrf, intent: "test" }, { cookie }), { id: "nope" })));
    expect(res.status).toBe(404);
  });
});

describe("who may use the source pages", () => {
  it("answers 404 to exporters and experts on every sources route, and changes nothing", async () => {
    const db = await getDb();
    const source = await createSource(db, { name: "保密", url: `https://feeds.example.test/${uniq("hidden")}.xml`, kind: "case", jurisdiction: "US" }, null);
    for (const role of ["exporter", "expert"] as const) {
      const user = await makeUser(db, { role });
      const { cookie, csrf } = await sessionFor(user.id);
      const id = { id: source.id };
      const attempts: (() => Promise<unknown>)[] = [
        () => listLoader(args(getRequest("/staff/sources", cookie))),
        () => newLoader(args(getRequest("/staff/sources/new", cookie))),
        () => newAction(args(postForm("/staff/sources/new", { csrf, ...sourceFields() }, { cookie }))),
        () => editLoader(args(getRequest(`/staff/sources/${source.id}`, cookie), id)),
        ...["save", "test", "run", "enable", "disable"].map(
          (intent) => () => editAction(args(postForm(`/staff/sources/${source.id}`, { csrf, intent, ...sourceFields({ url: source.url }) }, { cookie }), id)),
        ),
        () => opmlLoader(args(getRequest("/staff/sources/opml", cookie))),
        () => importLoader(args(getRequest("/staff/sources/import", cookie))),
        () =>
          importAction(
            args(
              postMultipart(
                "/staff/sources/import",
                { csrf, kind: "case", jurisdiction: "US" },
                { name: "a.opml", type: "text/xml", content: opmlOf("") },
                cookie,
              ),
            ),
          ),
      ];
      for (const attempt of attempts) expect((await settle(attempt)).status).toBe(404);
    }
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ name: "保密", enabled: true, lastAttemptAt: null });
    expect(await db.sourceRun.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("sends signed-out visitors to the login page", async () => {
    const res = await settle(() => listLoader(args(getRequest("/staff/sources"))));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent("/staff/sources")}`);
  });

  it("lets admins manage sources too", async () => {
    const db = await getDb();
    const admin = await makeUser(db, { role: "admin" });
    const { cookie } = await sessionFor(admin.id);
    expect((await settle(() => listLoader(args(getRequest("/staff/sources", cookie))))).status).toBe(200);
  });
});

describe("the source list", () => {
  it("shows health at a glance, sorted by consecutive failures unless asked otherwise", async () => {
    const { db, cookie } = await staffSession();
    const tag = uniq("sort");
    const make = async (name: string, failures: number, extra: Record<string, unknown> = {}) => {
      const s = await createSource(
        db,
        { name: `${tag} ${name}`, url: `https://feeds.example.test/${tag}-${name}.xml`, kind: "case", jurisdiction: "US" },
        null,
      );
      return db.source.update({ where: { id: s.id }, data: { consecutiveFailures: failures, ...extra } });
    };
    const now = new Date();
    const calm = await make("a-calm", 0, { lastAttemptAt: now, lastSuccessAt: now, lastHttpStatus: 200, itemsTotal: 3, itemsLastRun: 1 });
    const broken = await make("b-broken", 5, { lastAttemptAt: now, lastHttpStatus: 503, lastError: `HTTP 503 ${"x".repeat(300)}` });
    const shaky = await make("c-shaky", 1, { lastAttemptAt: now, lastHttpStatus: 500 });
    const off = await make("d-off", 0, { enabled: false, itemsTotal: 9 });
    const fresh = await make("e-fresh", 0);

    const list = async (query: string) => {
      const body = await (await settle(() => listLoader(args(getRequest(`/staff/sources${query}`, cookie))))).json();
      return body as { sort: string; sources: { id: string; name: string; health: string; lastError: string | null; lastHttpStatus: number | null }[] };
    };
    const mine = (rows: { id: string }[]) => rows.map((r) => r.id).filter((id) => [calm, broken, shaky, off, fresh].some((s) => s.id === id));

    const byFailures = await list("");
    expect(byFailures.sort).toBe("failures");
    expect(mine(byFailures.sources)).toEqual([broken.id, shaky.id, calm.id, off.id, fresh.id]);
    const health = Object.fromEntries(byFailures.sources.map((s) => [s.id, s.health]));
    expect([health[calm.id], health[broken.id], health[shaky.id], health[off.id], health[fresh.id]]).toEqual(["ok", "failing", "failing", "disabled", "never"]);
    expect(byFailures.sources.find((s) => s.id === broken.id)).toMatchObject({ lastHttpStatus: 503, lastError: broken.lastError });

    expect(mine((await list("?sort=name")).sources)).toEqual([calm.id, broken.id, shaky.id, off.id, fresh.id]);
    expect(mine((await list("?sort=items")).sources)).toEqual([off.id, calm.id, broken.id, shaky.id, fresh.id]);
    expect(mine((await list("?sort=lastSuccess")).sources)[0]).toBe(calm.id);
    expect((await list("?sort=nonsense")).sort).toBe("failures");
  });
});

describe("OPML export and import", () => {
  it("downloads every source as an OPML attachment", async () => {
    const { db, cookie } = await staffSession();
    const source = await createSource(
      db,
      { name: "R&D <news>", url: `https://feeds.example.test/${uniq("x")}.xml?a=1&b=2`, kind: "news", jurisdiction: "JP" },
      null,
    );
    const res = await settle(() => opmlLoader(args(getRequest("/staff/sources/opml", cookie))));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="radar-sources-\d{4}-\d{2}-\d{2}\.opml"$/);
    const text = await res.text();
    expect(text).toContain('<opml version="2.0">');
    expect(text).toContain(`xmlUrl="${source.url.replaceAll("&", "&amp;")}"`);
    expect(text).toContain('text="R&amp;D &lt;news&gt;"');
  });

  it("names the export file by the date in Beijing, not in UTC", () => {
    // 20:30 UTC on 29 November is 04:30 on 30 November in Beijing.
    expect(opmlFileName(new Date("2026-11-29T20:30:00Z"), "Asia/Shanghai")).toBe("radar-sources-2026-11-30.opml");
    expect(opmlFileName(new Date("2026-11-29T15:59:00Z"), "Asia/Shanghai")).toBe("radar-sources-2026-11-29.opml");
  });

  it("imports a feed nested 5,000 folders deep instead of overflowing the stack", async () => {
    const { db, cookie, csrf } = await staffSession();
    const tag = uniq("deep");
    const depth = 5_000;
    const nested = `${'<outline text="f">'.repeat(depth)}<outline type="rss" text="${tag}" xmlUrl="https://feeds.example.test/${tag}.xml"/>${"</outline>".repeat(depth)}`;
    const res = await settle(() =>
      importAction(
        args(
          postMultipart(
            "/staff/sources/import",
            { csrf, kind: "news", jurisdiction: "US" },
            { name: "deep.opml", type: "text/xml", content: opmlOf(nested) },
            cookie,
          ),
        ),
      ),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).result.created).toHaveLength(1);
    expect(await db.source.count({ where: { url: `https://feeds.example.test/${tag}.xml` } })).toBe(1);
  });

  it("imports a thousand feeds with an audit entry each and refuses a file with more, writing nothing", async () => {
    const { db, staff, cookie, csrf } = await staffSession();
    const tag = uniq("many");
    const outlines = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => `<outline type="rss" text="${prefix} ${i}" xmlUrl="https://feeds.example.test/${prefix}/${i}.xml"/>`).join("\n");
    const post = (content: string) =>
      settle(() =>
        importAction(
          args(postMultipart("/staff/sources/import", { csrf, kind: "news", jurisdiction: "US" }, { name: "many.opml", type: "text/xml", content }, cookie)),
        ),
      );

    const tooMany = await post(opmlOf(outlines(MAX_OPML_FEEDS + 1, `${tag}-over`)));
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).fieldErrors).toEqual({ file: `feedSources.opmlTooManyFeeds|max=${MAX_OPML_FEEDS}` });
    expect(await db.source.count({ where: { url: { startsWith: `https://feeds.example.test/${tag}-over/` } } })).toBe(0);

    const started = performance.now();
    const ok = await post(opmlOf(outlines(MAX_OPML_FEEDS, tag)));
    const elapsedMs = performance.now() - started;
    expect(ok.status).toBe(200);
    expect((await ok.json()).result.created).toHaveLength(MAX_OPML_FEEDS);
    expect(await db.source.count({ where: { url: { startsWith: `https://feeds.example.test/${tag}/` } } })).toBe(MAX_OPML_FEEDS);
    expect(await db.auditEvent.count({ where: { action: "source.create", actorId: staff.id } })).toBe(MAX_OPML_FEEDS);
    // A generous bound (the machine is shared): 4,000 sources one by one took 6 s.
    expect(elapsedMs).toBeLessThan(15_000);
    // Later tests export every source of this database; a thousand extra would swamp them.
    await db.source.deleteMany({ where: { url: { startsWith: `https://feeds.example.test/${tag}/` } } });
  });

  it("round-trips every field through an export and an import into a fresh database", async () => {
    const { db, cookie } = await staffSession();
    const tag = uniq("rt");
    const originals = [
      await createSource(
        db,
        {
          name: `${tag} ITC & "337"`,
          url: `https://feeds.example.test/${tag}/itc.xml?q=a&r=b`,
          kind: "case",
          jurisdiction: "US",
          language: "en",
          schedule: "7,37 * * * *",
        },
        null,
      ),
      await createSource(
        db,
        {
          name: `${tag} 欧盟法规`,
          url: `https://feeds.example.test/${tag}/eu.xml`,
          kind: "law",
          jurisdiction: "EU",
          language: "de",
          schedule: "15 */2 * * *",
          enabled: false,
          alertable: false,
        },
        null,
      ),
      await createSource(
        db,
        {
          name: `${tag} TBT`,
          url: `http://feeds.example.test/${tag}/tbt.xml`,
          kind: "barrier",
          jurisdiction: "WIPO",
          language: "zh-cn",
          enabled: true,
          alertable: false,
        },
        null,
      ),
    ];
    const exported = await (await settle(() => opmlLoader(args(getRequest("/staff/sources/opml", cookie))))).text();

    const template = process.env.TEST_DB_TEMPLATE!;
    const originalUrl = process.env.DATABASE_URL!;
    const freshFile = path.join(path.dirname(template), `fresh-${crypto.randomBytes(4).toString("hex")}.db`);
    fs.copyFileSync(template, freshFile);
    await disconnectDb();
    process.env.DATABASE_URL = `file:${freshFile}`;
    resetEnvCache();
    try {
      const fresh = await getDb();
      expect(await fresh.source.count()).toBe(0);
      const staff = await makeUser(fresh, { role: "staff" });
      const session = await sessionFor(staff.id);
      const res = await settle(() =>
        importAction(
          args(
            postMultipart(
              "/staff/sources/import",
              { csrf: session.csrf, kind: "news", jurisdiction: "CN", enabled: "false" },
              { name: "sources.opml", type: "", content: exported },
              session.cookie,
            ),
          ),
        ),
      );
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.result.skipped).toEqual([]);
      const pick = (s: Record<string, unknown>) => ({
        name: s.name,
        url: s.url,
        kind: s.kind,
        jurisdiction: s.jurisdiction,
        language: s.language,
        schedule: s.schedule,
        enabled: s.enabled,
        alertable: s.alertable,
      });
      const imported = await fresh.source.findMany({ where: { name: { startsWith: tag } }, orderBy: { name: "asc" } });
      expect(imported.map(pick)).toEqual([...originals].sort((a, b) => (a.name < b.name ? -1 : 1)).map(pick));
      // The export holds every source of this file's database; all of them arrive, audited.
      expect(body.result.created.length).toBe(await fresh.source.count());
      expect(await fresh.auditEvent.count({ where: { action: "source.create", actorId: staff.id } })).toBe(body.result.created.length);
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = originalUrl;
      resetEnvCache();
      fs.rmSync(freshFile, { force: true });
    }
  });

  it("imports a feed reader's file with the form's defaults, skipping a non-http URL and a known one with their reasons", async () => {
    const { db, cookie, csrf } = await staffSession();
    const tag = uniq("imp");
    const known = await createSource(db, { name: "已登记", url: `https://feeds.example.test/${tag}/known.xml`, kind: "case", jurisdiction: "US" }, null);
    const opml = opmlOf(`
      <outline text="Folder">
        <outline type="rss" text="${tag} Plain reader feed" xmlUrl="https://feeds.example.test/${tag}/plain.xml"/>
        <outline type="rss" text="${tag} FTP feed" xmlUrl="ftp://feeds.example.test/${tag}/feed.xml"/>
        <outline type="rss" text="${tag} Script" xmlUrl="javascript:alert(1)"/>
        <outline type="rss" text="Known" xmlUrl="${known.url}"/>
      </outline>`);
    const res = await settle(() =>
      importAction(
        args(
          postMultipart(
            "/staff/sources/import",
            { csrf, kind: "barrier", jurisdiction: "eu", enabled: "false" },
            { name: "reader.opml", type: "application/octet-stream", content: opml },
            cookie,
          ),
        ),
      ),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.result.created.map((c: { name: string }) => c.name)).toEqual([`${tag} Plain reader feed`]);
    expect(body.result.skipped).toEqual([
      { url: `ftp://feeds.example.test/${tag}/feed.xml`, reason: "url: sources.invalidUrl" },
      { url: "javascript:alert(1)", reason: "url: sources.invalidUrl" },
      { url: known.url, reason: "already registered" },
    ]);
    const plain = await db.source.findUniqueOrThrow({ where: { url: `https://feeds.example.test/${tag}/plain.xml` } });
    expect(plain).toMatchObject({ kind: "barrier", jurisdiction: "EU", enabled: false, alertable: true, language: "en", schedule: "*/30 * * * *" });
    expect(await db.source.count({ where: { url: { startsWith: "ftp:" } } })).toBe(0);
  });

  it("rejects an oversized upload, a wrong file type, a missing file and a file that is not OPML, creating nothing", async () => {
    const { db, cookie, csrf } = await staffSession();
    const tag = uniq("bad");
    const valid = opmlOf(`<outline type="rss" text="${tag}" xmlUrl="https://feeds.example.test/${tag}.xml"/>`);
    const fields = { csrf, kind: "case", jurisdiction: "US" };
    const post = (file: { name: string; type: string; content: string | Uint8Array<ArrayBuffer> } | null) =>
      settle(() => importAction(args(postMultipart("/staff/sources/import", fields, file, cookie))));

    // A valid OPML file padded with a comment to just over 1 MB.
    const padded = valid.replace("<body>", `<body><!-- ${"x".repeat(1024 * 1024)} -->`);
    const tooBig = await post({ name: "big.opml", type: "text/xml", content: padded });
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).fieldErrors).toEqual({ file: "sources.import.tooLarge|max=1 MB" });

    // The same through a declared Content-Length: refused before the body is read.
    const declared = new Request(`${BASE}/staff/sources/import`, {
      method: "POST",
      headers: { Cookie: cookie, Origin: BASE, "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(5 * 1024 * 1024) },
      body: "--x--",
    });
    const declaredRes = await settle(() => importAction(args(declared)));
    expect(declaredRes.status).toBe(400);
    expect((await declaredRes.json()).fieldErrors).toEqual({ file: "sources.import.tooLarge|max=1 MB" });

    const png = await post({ name: "feeds.png", type: "image/png", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    expect(png.status).toBe(400);
    expect((await png.json()).fieldErrors).toEqual({ file: "sources.import.wrongType" });

    const text = await post({ name: "feeds.txt", type: "text/plain", content: valid });
    expect(text.status).toBe(400);
    expect((await text.json()).fieldErrors).toEqual({ file: "sources.import.wrongType" });

    const missing = await post(null);
    expect(missing.status).toBe(400);
    expect((await missing.json()).fieldErrors).toEqual({ file: "sources.import.fileRequired" });

    const rss = await post({
      name: "feed.xml",
      type: "application/xml",
      content: '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
    });
    expect(rss.status).toBe(400);
    expect((await rss.json()).fieldErrors.file).toBe("sources.import.notOpml");

    const garbage = await post({ name: "feed.opml", type: "text/xml", content: "<opml><body><outline & </opml>" });
    expect(garbage.status).toBe(400);
    expect((await garbage.json()).fieldErrors.file).toBe("sources.import.unreadableOpml");

    const badDefaults = await settle(() =>
      importAction(
        args(postMultipart("/staff/sources/import", { csrf, kind: "gossip", jurisdiction: "" }, { name: "ok.opml", type: "text/xml", content: valid }, cookie)),
      ),
    );
    expect(badDefaults.status).toBe(400);
    expect((await badDefaults.json()).fieldErrors).toEqual({ kind: "sources.invalidKind", jurisdiction: "sources.invalidJurisdiction" });

    expect(await db.source.count({ where: { url: `https://feeds.example.test/${tag}.xml` } })).toBe(0);
  });

  it("refuses an import without the session's CSRF token", async () => {
    const { db, cookie } = await staffSession();
    const tag = uniq("csrf");
    const opml = opmlOf(`<outline type="rss" text="${tag}" xmlUrl="https://feeds.example.test/${tag}.xml"/>`);
    const res = await settle(() =>
      importAction(
        args(
          postMultipart(
            "/staff/sources/import",
            { csrf: "forged", kind: "case", jurisdiction: "US" },
            { name: "a.opml", type: "text/xml", content: opml },
            cookie,
          ),
        ),
      ),
    );
    expect(res.status).toBe(403);
    expect(await db.source.count({ where: { name: tag } })).toBe(0);
  });
});

describe("test now and run now", () => {
  async function sourceFor(file: string) {
    const ctx = await staffSession();
    // A query string keeps each test's URL unique; the fixture server ignores it.
    const source = await createSource(ctx.db, { name: uniq("测试源"), url: feeds.url(`${file}?t=${uniq("u")}`), kind: "case", jurisdiction: "US" }, null);
    const post = async (intent: string) => {
      const res = await settle(() =>
        editAction(args(postForm(`/staff/sources/${source.id}`, { csrf: ctx.csrf, intent }, { cookie: ctx.cookie }), { id: source.id })),
      );
      return { status: res.status, body: await res.json() };
    };
    return { ...ctx, source, post };
  }

  it("test now shows the parsed entries of a real feed and stores nothing", async () => {
    const { db, source, post } = await sourceFor("/federal-register-itc.xml");
    const { status, body } = await post("test");
    expect(status).toBe(200);
    const preview = body.preview;
    expect(preview).toMatchObject({
      ok: true,
      httpStatus: 200,
      format: "rss2",
      encoding: "utf-8",
      title: "Federal Register: Documents from the International Trade Commission",
      entryCount: 4,
      validCount: 4,
      skipped: [],
    });
    expect(preview.items).toHaveLength(4);
    expect(preview.items[0]).toMatchObject({ caseType: "us-itc-337", caseNumber: "DN 3861", publishedAt: "2026-10-07T04:00:00.000Z" });
    expect(preview.items[0].title).toMatch(/^Certain Lithium-Ion Battery Cells/);
    expect(preview.items[0].link).toMatch(/^https:\/\/www\.federalregister\.gov\/documents\/2026\/10\/07\/2026-21874\//);
    expect(preview.items.map((i: { caseNumber: string | null }) => i.caseNumber)).toContain("337-TA-1452");

    expect(await db.riskItem.count({ where: { sourceId: source.id } })).toBe(0);
    expect(await db.sourceRun.count({ where: { sourceId: source.id } })).toBe(0);
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ lastAttemptAt: null, format: null, itemsTotal: 0, etag: null });
  });

  it("test now shows hostile feed payloads only as text, and links only when they are http(s)", async () => {
    const { db, source, post } = await sourceFor("/xss-payloads.xml");
    const { body } = await post("test");
    const preview = body.preview as Extract<SourcePreviewData, { ok: true }>;
    expect(preview).toMatchObject({ ok: true, title: "Untrusted Aggregator", entryCount: 2, validCount: 2 });
    // The pipeline already reduces entries to plain text; the javascript: link is dropped.
    expect(preview.items.map((i) => [i.title, i.link])).toEqual([
      ["Counterfeit LED bulbs seized", "https://aggregator.example.net/items/1"],
      ["Patent owner warns e-commerce sellers", null],
    ]);

    const html = renderToStaticMarkup(createElement(SourcePreviewView, { preview, timeZone: "UTC" }));
    expect(html).not.toMatch(/<script|<iframe|<svg|<img|<object|<style|\son\w+=/i);
    expect(html).not.toContain("javascript:");
    expect(html).toContain('<a href="https://aggregator.example.net/items/1" rel="noopener noreferrer nofollow" target="_blank">');
    expect(html).toContain("<td>Patent owner warns e-commerce sellers</td>");
    expect(await db.riskItem.count({ where: { sourceId: source.id } })).toBe(0);

    // Whatever reaches the view is escaped text, and only an http(s) link becomes an anchor.
    const forged = renderToStaticMarkup(
      createElement(SourcePreviewView, {
        preview: {
          ...preview,
          title: "<img src=x onerror=alert(1)>",
          skipped: [{ index: 0, reason: "<iframe src=//evil.example>" }],
          items: [
            {
              title: "<script>alert('title')</script>",
              publishedAt: new Date().toISOString(),
              caseType: "other",
              caseNumber: "<b>1</b>",
              link: "javascript:alert(1)",
            },
            {
              title: "data link",
              publishedAt: new Date().toISOString(),
              caseType: "other",
              caseNumber: null,
              link: "data:text/html,<script>alert(1)</script>",
            },
          ],
        },
      }),
    );
    expect(forged).not.toContain("<a ");
    expect(forged).not.toMatch(/<script|<iframe|<img|<b>/i);
    expect(forged).toContain("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;");
    expect(forged).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(forged).toContain("&lt;iframe src=//evil.example&gt;");
  });

  it("test now reports a failing feed without touching its health", async () => {
    const { db, source, post } = await sourceFor("/status/500");
    const { status, body } = await post("test");
    expect(status).toBe(200);
    expect(body.preview.ok).toBe(false);
    expect(body.preview.error).toMatch(/500/);
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ consecutiveFailures: 0, lastAttemptAt: null });
  });

  it("test now refuses a loopback feed by default, says why in both languages and reveals nothing about the port", async () => {
    const { post } = await sourceFor("/rss2.xml");
    const open = process.env.FEED_ALLOWED_NETWORKS;
    process.env.FEED_ALLOWED_NETWORKS = "";
    resetEnvCache();
    try {
      const hitsBefore = feeds.hits("/rss2.xml");
      const { status, body } = await post("test");
      expect(status).toBe(200);
      expect(body.preview).toMatchObject({ ok: false, refused: { host: "127.0.0.1", address: "127.0.0.1" } });
      expect(feeds.hits("/rss2.xml")).toBe(hitsBefore);
      // A closed port answers exactly like an open one: nothing was connected to.
      const closed = await createSource(await getDb(), { name: uniq("关闭端口"), url: "http://127.0.0.1:1/feed.xml", kind: "case", jurisdiction: "US" }, null);
      const ctx = await staffSession();
      const res = await settle(() =>
        editAction(args(postForm(`/staff/sources/${closed.id}`, { csrf: ctx.csrf, intent: "test" }, { cookie: ctx.cookie }), { id: closed.id })),
      );
      const closedBody = await res.json();
      expect(closedBody.preview.refused).toEqual({ host: "127.0.0.1", address: "127.0.0.1" });
      expect(closedBody.preview.error).not.toMatch(/ECONNREFUSED|refused by the server|connection refused/i);

      const zh = renderToStaticMarkup(createElement(SourcePreviewView, { preview: body.preview, locale: "zh" }));
      expect(zh).toContain("已拒绝连接 127.0.0.1（127.0.0.1）");
      const en = renderToStaticMarkup(createElement(SourcePreviewView, { preview: body.preview, locale: "en", t: translator("en") }));
      expect(en).toContain("Refused to connect to 127.0.0.1 (127.0.0.1)");
    } finally {
      process.env.FEED_ALLOWED_NETWORKS = open;
      resetEnvCache();
    }
  });

  it("run now stores the items, shows the summary and adds a row to the run log", async () => {
    const { db, cookie, source, post } = await sourceFor("/federal-register-itc.xml");
    await db.source.update({ where: { id: source.id }, data: { nextAttemptAt: new Date(Date.now() + 3_600_000), enabled: false } });
    const first = await post("run");
    expect(first.status).toBe(200);
    expect(first.body.summary).toMatchObject({ status: "ok", backfill: true, fetched: 4, created: 4, duplicates: 0, skipped: 0, httpStatus: 200, error: null });
    expect(await db.riskItem.count({ where: { sourceId: source.id } })).toBe(4);

    const second = await post("run");
    expect(second.body.summary).toMatchObject({ status: "not-modified", created: 0, httpStatus: 304 });

    const page = await (await settle(() => editLoader(args(getRequest(`/staff/sources/${source.id}`, cookie), { id: source.id })))).json();
    expect(page.source).toMatchObject({ format: "rss2", lastHttpStatus: 304, itemsTotal: 4, consecutiveFailures: 0 });
    expect(page.runs.map((r: { status: string }) => r.status)).toEqual(["not-modified", "ok"]);
    expect(page.runs[1]).toMatchObject({ fetched: 4, created: 4, backfill: true, httpStatus: 200, skippedReasons: [] });
  });

  it("run now records a failing feed in the health and the run log", async () => {
    const { db, cookie, source, post } = await sourceFor("/status/503");
    const { body } = await post("run");
    expect(body.ok).toBe(false);
    expect(body.summary).toMatchObject({ status: "failed", httpStatus: 503 });
    expect(body.summary.error).toMatch(/503/);
    const page = await (await settle(() => editLoader(args(getRequest(`/staff/sources/${source.id}`, cookie), { id: source.id })))).json();
    expect(page.source).toMatchObject({ health: "failing", consecutiveFailures: 1, lastHttpStatus: 503 });
    expect(page.runs).toHaveLength(1);
    expect(page.runs[0]).toMatchObject({ status: "failed", httpStatus: 503 });
    expect(await db.riskItem.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("shows the back-off time only while it lies ahead", async () => {
    const { db, cookie, source } = await sourceFor("/status/503");
    const load = async () => (await (await settle(() => editLoader(args(getRequest(`/staff/sources/${source.id}`, cookie), { id: source.id })))).json()).source;
    const ahead = new Date(Date.now() + 3_600_000);
    await db.source.update({ where: { id: source.id }, data: { consecutiveFailures: 2, nextAttemptAt: ahead } });
    expect((await load()).nextAttemptAt).toBe(ahead.toISOString());
    await db.source.update({ where: { id: source.id }, data: { nextAttemptAt: new Date(Date.now() - 60_000) } });
    expect((await load()).nextAttemptAt).toBeNull();
  });

  it("rejects a fallback that does not exist with a field error", async () => {
    const { csrf, cookie, source } = await sourceFor("/rss2.xml");
    const res = await settle(() =>
      editAction(
        args(
          postForm(
            `/staff/sources/${source.id}`,
            { csrf, intent: "save", ...sourceFields({ url: source.url, fallbackSourceId: "no-such-source" }) },
            { cookie },
          ),
          { id: source.id },
        ),
      ),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ fallbackSourceId: "sources.invalidFallback" });
  });
});
