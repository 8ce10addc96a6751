// A report as PDF: Chromium (Debian's `chromium`, where installed) prints the same HTML as the
// print page. Spawning the browser keeps playwright-core a dev dependency (decision 0NN in
// docs/decisions). Without Chromium the route answers 503 and points to the print version.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { ReportDocument } from "~/components/report-document.tsx";
import type { ReportView } from "./report-view.ts";
import { reportWords } from "./report-words.ts";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const PDF_TIMEOUT_MS = 60_000;

export function chromiumPath(): string | null {
  return CANDIDATES.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

// The document part of app/styles/reports.css (the PDF has no app shell around it).
export const PRINT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "— " counter(page) " —"; font-size: 14pt; } }
body { margin: 0; font-family: "FangSong", "仿宋", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; }
.report-head { text-align: center; border-bottom: 2px solid #c00; padding-bottom: 8pt; margin-bottom: 12pt; }
.report-head h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; font-size: 22pt; font-weight: normal; }
.report-body { font-size: 16pt; line-height: 1.6; }
.report-body h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 16pt; }
table { border-collapse: collapse; font-size: 10.5pt; width: 100%; }
th, td { border: 1px solid #666; padding: 2pt 4pt; text-align: left; vertical-align: top; }
.chart { margin: 0 0 8pt; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
.prewrap { white-space: pre-wrap; }
`;

export function reportHtml(report: ReportView): string {
  const markup = renderToStaticMarkup(createElement(ReportDocument, { report }));
  return `<!doctype html><html lang="${reportWords(report.language).htmlLang}"><head><meta charset="utf-8"><title>${report.title.replace(/[<&>]/g, "")}</title><style>${PRINT_CSS}</style></head><body>${markup}</body></html>`;
}

export async function reportToPdf(report: ReportView): Promise<Buffer | null> {
  const chromium = chromiumPath();
  if (!chromium) return null;
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "radar-pdf-"));
  try {
    const html = path.join(dir, "report.html");
    const pdf = path.join(dir, "report.pdf");
    await fs.promises.writeFile(html, reportHtml(report));
    await new Promise<void>((resolve, reject) => {
      execFile(
        chromium,
        [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--no-pdf-header-footer",
          `--user-data-dir=${path.join(dir, "profile")}`,
          `--print-to-pdf=${pdf}`,
          `file://${html}`,
        ],
        { timeout: PDF_TIMEOUT_MS },
        (error) => (error && !fs.existsSync(pdf) ? reject(error) : resolve()),
      );
    });
    return await fs.promises.readFile(pdf);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
