import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "~/utils/env.server.ts";
import { closeMail, sendMail } from "~/utils/mail.server.ts";
import { startTestSmtp, type TestSmtp } from "../support/smtp.ts";

describe("outgoing mail", () => {
  let smtp: TestSmtp;
  const saved = process.env.SMTP_URL;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    closeMail();
    await smtp.close();
    process.env.SMTP_URL = saved;
    resetEnvCache();
  });

  it("delivers a Chinese subject and both parts to a real SMTP server", async () => {
    process.env.SMTP_URL = smtp.url;
    resetEnvCache();
    const result = await sendMail({
      to: "exporter@example.test",
      subject: "风险预警：贵司被列为 337 调查被申请人",
      text: "纯文本正文",
      html: "<p>网页正文</p>",
      headers: { "List-Unsubscribe": "<https://radar.example/u/abc>" },
    });
    expect(result.sent).toBe(true);
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe("风险预警：贵司被列为 337 调查被申请人");
    expect(mail.to).toEqual(["exporter@example.test"]);
    expect(mail.text.trim()).toBe("纯文本正文");
    expect(mail.html).toContain("<p>网页正文</p>");
    expect(mail.headers.get("list-unsubscribe")).toBe("<https://radar.example/u/abc>");
  });

  it("reports a refused message as an error the caller can retry", async () => {
    process.env.SMTP_URL = smtp.url;
    resetEnvCache();
    smtp.failNext(1);
    await expect(sendMail({ to: "a@example.test", subject: "x", text: "y" })).rejects.toThrow();
  });

  it("sends nothing and says so when no SMTP server is configured", async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    const before = smtp.messages.length;
    await expect(sendMail({ to: "a@example.test", subject: "x", text: "y" })).resolves.toEqual({ sent: false, reason: "no-smtp" });
    expect(smtp.messages.length).toBe(before);
  });
});
