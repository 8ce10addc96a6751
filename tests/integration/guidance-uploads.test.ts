// Attachment uploads through the route, with multipart bodies as a browser sends them.
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as uploadAction } from "~/routes/exporter+/requests.$id.attachments.tsx";
import { loader as exporterDownload } from "~/routes/exporter+/requests.$id.attachments.$attachmentId.tsx";
import { loader as staffDownload } from "~/routes/staff+/requests.$id.attachments.$attachmentId.tsx";
import { getDb } from "~/utils/db.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { uploadDir } from "~/utils/upload.server.ts";
import { makeUser } from "../db-utils.ts";
import { BASE, getRequest, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
const saved = { file: process.env.UPLOAD_MAX_FILE_BYTES, total: process.env.UPLOAD_MAX_REQUEST_BYTES };
beforeAll(() => {
  process.env.UPLOAD_MAX_FILE_BYTES = "4096";
  process.env.UPLOAD_MAX_REQUEST_BYTES = "6144";
  resetEnvCache();
});
afterAll(() => {
  process.env.UPLOAD_MAX_FILE_BYTES = saved.file;
  process.env.UPLOAD_MAX_REQUEST_BYTES = saved.total;
  if (saved.file === undefined) delete process.env.UPLOAD_MAX_FILE_BYTES;
  if (saved.total === undefined) delete process.env.UPLOAD_MAX_REQUEST_BYTES;
  resetEnvCache();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0]);
// A plain zip (not an Office document): "PK\3\4" with a stored entry named "evil.sh".
const ZIP = Uint8Array.from([
  0x50,
  0x4b,
  0x03,
  0x04,
  0x14,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  7,
  0,
  0,
  0,
  ...new TextEncoder().encode("evil.sh"),
]);

async function setup() {
  const db = await getDb();
  const a = await makeUser(db, { role: "exporter" });
  const b = await makeUser(db, { role: "exporter" });
  const staff = await makeUser(db, { role: "staff" });
  const expert = await makeUser(db, { role: "expert" });
  const request = await db.guidanceRequest.create({ data: { companyId: a.companyId!, createdById: a.id, disputeType: "other" } });
  return { db, request, a: await sessionFor(a.id), b: await sessionFor(b.id), staff: await sessionFor(staff.id), expert: await sessionFor(expert.id) };
}

function upload(id: string, s: { cookie: string; csrf: string }, name: string, bytes: Uint8Array, type = "application/pdf") {
  const form = new FormData();
  form.set("csrf", s.csrf);
  form.set("file", new File([new Uint8Array(bytes)], name, { type }));
  form.append("shareWithExperts", "false");
  form.append("shareWithExperts", "true");
  const request = new Request(`${BASE}/exporter/requests/${id}/attachments`, { method: "POST", headers: { Cookie: s.cookie, Origin: BASE }, body: form });
  return settle(() => uploadAction(args(request, { id })));
}

describe("guidance attachments", () => {
  it("stores an allowed file under a random name and serves it only to the company and staff, as a download", async () => {
    const { db, request, a, b, staff, expert } = await setup();
    expect((await upload(request.id, a, "送达文件.pdf", PDF)).status).toBe(302);
    const row = await db.guidanceAttachment.findFirstOrThrow({ where: { requestId: request.id } });
    expect(row).toMatchObject({ originalName: "送达文件.pdf", mimeType: "application/pdf", size: PDF.byteLength, shareWithExperts: true });
    expect(row.storedName).toMatch(/^[0-9a-f]{48}$/);
    expect(fs.existsSync(path.join(uploadDir(), row.storedName))).toBe(true);

    const params = { id: request.id, attachmentId: row.id };
    const res = await settle(() => exporterDownload(args(getRequest(`/exporter/requests/${request.id}/attachments/${row.id}`, a.cookie), params)));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain("attachment;");
    expect(res.headers.get("Content-Disposition")).toContain(encodeURIComponent("送达文件.pdf"));
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    expect((await settle(() => staffDownload(args(getRequest("/", staff.cookie), params)))).status).toBe(200);
    expect((await settle(() => exporterDownload(args(getRequest("/", b.cookie), params)))).status).toBe(404);
    expect((await settle(() => staffDownload(args(getRequest("/", expert.cookie), params)))).status).toBe(404);
    expect((await settle(() => exporterDownload(args(getRequest("/", expert.cookie), params)))).status).toBe(404);
    // Another company cannot upload to this request either.
    expect((await upload(request.id, b, "x.pdf", PDF)).status).toBe(404);
  });

  it("refuses wrong types disguised by their extension", async () => {
    const { db, request, a } = await setup();
    for (const [name, bytes] of [
      ["invoice.pdf", ELF],
      ["contract.docx", ZIP],
      ["photo.png", PDF.slice(0, 0)],
    ] as const) {
      const res = await upload(request.id, a, name, bytes);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.fieldErrors.file).toMatch(/guidance\.upload\.(wrongType|required)/);
    }
    // A PNG named .pdf is stored as what it is.
    expect((await upload(request.id, a, "scan.pdf", PNG)).status).toBe(302);
    expect((await db.guidanceAttachment.findFirstOrThrow({ where: { requestId: request.id } })).mimeType).toBe("image/png");
  });

  it("accepts plain text in UTF-8 and GBK, refuses text with binary bytes", async () => {
    const { db, request, a } = await setup();
    expect((await upload(request.id, a, "note.txt", new TextEncoder().encode("送达日期：2026年9月18日"))).status).toBe(302);
    expect((await upload(request.id, a, "gbk.txt", new Uint8Array(iconv.encode("对方律师函，请于十日内答复。", "gbk")))).status).toBe(302);
    expect(await upload(request.id, a, "bin.txt", Uint8Array.from([0x41, 0x00, 0x42, 0x01]))).toMatchObject({ status: 400 });
    expect(await db.guidanceAttachment.count({ where: { requestId: request.id, mimeType: "text/plain" } })).toBe(2);
  });

  it("cleans path tricks, NUL and very long names", async () => {
    const { db, request, a } = await setup();
    // A NUL byte cannot be in an HTTP header: the multipart parser refuses the body (400).
    expect((await upload(request.id, a, "../../etc/passwd\u0000.txt", new TextEncoder().encode("hello"))).status).toBe(400);
    expect((await upload(request.id, a, "../../etc/passwd.txt", new TextEncoder().encode("hello"))).status).toBe(302);
    expect((await upload(request.id, a, "..\\..\\windows\\win.ini", new TextEncoder().encode("hello"))).status).toBe(302);
    expect((await upload(request.id, a, `${"长".repeat(500)}.pdf`, PDF)).status).toBe(302);
    const names = (await db.guidanceAttachment.findMany({ where: { requestId: request.id }, orderBy: { createdAt: "asc" } })).map((r) => r.originalName);
    expect(names[0]).toBe("passwd.txt");
    expect(names[1]).toBe("win.ini");
    expect([...names[2]!].length).toBeLessThanOrEqual(120);
    expect(names[2]!.endsWith(".pdf")).toBe(true);
    for (const n of names) expect(n).not.toMatch(/[\\/\u0000]/);
  });

  it("refuses an oversized file and a request over its total, cleanly", async () => {
    const { db, request, a } = await setup();
    const big = new Uint8Array(5000).fill(0x41);
    const res = await upload(request.id, a, "big.txt", big);
    expect(res.status).toBe(413);
    expect((await res.json()).fieldErrors.file).toBe("guidance.upload.tooLarge|max=4 KB");
    const three = new Uint8Array(3500).fill(0x42);
    expect((await upload(request.id, a, "one.txt", three)).status).toBe(302);
    const full = await upload(request.id, a, "two.txt", three);
    expect(full.status).toBe(400);
    expect((await full.json()).fieldErrors.file).toMatch(/^guidance\.upload\.requestFull/);
    expect(await db.guidanceAttachment.count({ where: { requestId: request.id } })).toBe(1);
  });
});
