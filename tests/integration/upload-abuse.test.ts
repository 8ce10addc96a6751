// Issue 19: attachment uploads with names browsers send as is, script types, bidi tricks, a
// truncated body, and parallel uploads racing the per-request total. Through the route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as uploadAction } from "~/routes/exporter+/requests.$id.attachments.tsx";
import { getDb } from "~/utils/db.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { makeUser } from "../db-utils.ts";
import { BASE, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const saved = { file: process.env.UPLOAD_MAX_FILE_BYTES, total: process.env.UPLOAD_MAX_REQUEST_BYTES };
beforeAll(() => {
  process.env.UPLOAD_MAX_FILE_BYTES = "4096";
  process.env.UPLOAD_MAX_REQUEST_BYTES = "10000";
  resetEnvCache();
});
afterAll(() => {
  for (const [key, value] of [
    ["UPLOAD_MAX_FILE_BYTES", saved.file],
    ["UPLOAD_MAX_REQUEST_BYTES", saved.total],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
});

async function setup() {
  const db = await getDb();
  const user = await makeUser(db, { role: "exporter" });
  const request = await db.guidanceRequest.create({ data: { companyId: user.companyId!, createdById: user.id, disputeType: "other" } });
  return { db, request, session: await sessionFor(user.id) };
}

const text = (s: string) => new TextEncoder().encode(s);

function upload(id: string, s: { cookie: string; csrf: string }, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.set("csrf", s.csrf);
  form.set("file", new File([new Uint8Array(bytes)], name, { type: "text/plain" }));
  const request = new Request(`${BASE}/exporter/requests/${id}/attachments`, { method: "POST", headers: { Cookie: s.cookie, Origin: BASE }, body: form });
  return settle(() => uploadAction(args(request, { id })));
}

/** A multipart body written by hand, as a browser sends it (the name unescaped in quotes). */
function rawUpload(id: string, s: { cookie: string; csrf: string }, body: string, boundary = "----radarBoundary") {
  const request = new Request(`${BASE}/exporter/requests/${id}/attachments`, {
    method: "POST",
    headers: { Cookie: s.cookie, Origin: BASE, "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body,
  });
  return settle(() => uploadAction(args(request, { id })));
}

const part = (boundary: string, disposition: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n\r\n${value}\r\n`;

describe("attachment uploads under abuse", () => {
  it("accepts file names containing = and ; as browsers send them", async () => {
    const { db, request, session } = await setup();
    const b = "----radarBoundary";
    for (const name of ["report=v2.txt", "minutes; final.txt"]) {
      const body = `${part(b, 'name="csrf"', session.csrf)}${part(b, `name="file"; filename="${name}"`, "hello")}--${b}--\r\n`;
      expect((await rawUpload(request.id, session, body)).status, name).toBe(302);
    }
    const names = (await db.guidanceAttachment.findMany({ where: { requestId: request.id }, orderBy: { createdAt: "asc" } })).map((r) => r.originalName);
    expect(names).toEqual(["report=v2.txt", "minutes; final.txt"]);
  });

  it("answers a truncated multipart body with 400, not 500", async () => {
    const { request, session } = await setup();
    const b = "----radarBoundary";
    const res = await rawUpload(
      request.id,
      session,
      `${part(b, 'name="csrf"', session.csrf)}--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhel`,
    );
    expect(res.status).toBe(400);
  });

  it("refuses scripts and shortcuts whatever their content, and strips bidi controls from names", async () => {
    const { db, request, session } = await setup();
    for (const name of ["run.js", "run.bat", "app.hta", "x.ps1", "link.lnk", "invoice\u202Efdp.js"]) {
      const res = await upload(request.id, session, name, text("echo hello"));
      expect(res.status, name).toBe(400);
      expect((await res.json()).fieldErrors.file, name).toBe("guidance.upload.wrongType");
    }
    expect((await upload(request.id, session, "notes\u202Etxt.txt", text("hello"))).status).toBe(302);
    expect((await db.guidanceAttachment.findFirstOrThrow({ where: { requestId: request.id } })).originalName).toBe("notestxt.txt");
  });

  it("keeps parallel uploads within the per-request total", async () => {
    const { db, request, session } = await setup();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => upload(request.id, session, `part-${i}.txt`, new Uint8Array(3000).fill(0x41 + i))));
    expect(results.filter((r) => r.status === 302)).toHaveLength(3);
    const used = await db.guidanceAttachment.aggregate({ where: { requestId: request.id }, _sum: { size: true } });
    expect(used._sum.size).toBe(9000);
  });
});
