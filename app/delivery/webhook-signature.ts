// Webhook signatures: HMAC-SHA256 over "<unix seconds>.<body>", sent as
// `X-Radar-Signature: t=<seconds>,v1=<hex>`. The timestamp inside the signed text lets a
// receiver refuse replays of an old delivery.
import crypto from "node:crypto";

export const SIGNATURE_HEADER = "X-Radar-Signature";

export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  const mac = crypto.createHmac("sha256", secret).update(`${timestampSeconds}.${body}`).digest("hex");
  return `t=${timestampSeconds},v1=${mac}`;
}

/** What a receiver does (documented for companies; used by the tests' receiver). */
export function verifyWebhook(secret: string, body: string, header: string | null, nowSeconds: number, toleranceSeconds = 300): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(signWebhook(secret, body, t).split("v1=")[1], "hex");
  const given = Buffer.from(parts.v1, "hex");
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/** Minutes to wait before attempt n+1 after n failed attempts: 1, 2, 4 … capped at 6 hours. */
export function webhookBackoffMs(failedAttempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, failedAttempts - 1), 6 * 3600_000);
}
