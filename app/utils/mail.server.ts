// Outgoing mail through nodemailer to the SMTP server named by SMTP_URL. One transport per
// process (connection pooling); without SMTP_URL nothing is sent and the caller is told, so
// a demo machine without a mail server still works and records that mail was skipped.
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "./env.server.ts";
import { createLogger } from "./logger.server.ts";

const log = createLogger("mail");

export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export type MailResult = { sent: true; messageId: string } | { sent: false; reason: "no-smtp" };

let transport: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
  // Tests point SMTP_URL at a new server per file: rebuild when the URL changes.
  if (transport?.url !== url) {
    transport?.transporter.close();
    transport = { url, transporter: nodemailer.createTransport(url) };
  }
  return transport.transporter;
}

/** Sends one message; throws when the SMTP server refuses it (callers record and retry). */
export async function sendMail(message: MailMessage): Promise<MailResult> {
  const env = getEnv();
  if (!env.SMTP_URL) {
    log.info("mail not sent: SMTP_URL is not set", { to: message.to, subject: message.subject });
    return { sent: false, reason: "no-smtp" };
  }
  const info = await transporterFor(env.SMTP_URL).sendMail({
    from: env.MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
  });
  return { sent: true, messageId: String(info.messageId) };
}

/** Closes the pooled connection (process shutdown, test teardown). */
export function closeMail() {
  transport?.transporter.close();
  transport = undefined;
}
