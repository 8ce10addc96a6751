// A report as Word (.docx) in a GB/T 9704-like layout: A4; margins top 37 mm, bottom 35 mm,
// left 28 mm, right 26 mm; title 方正小标宋简体 二号 (22 pt), body 仿宋_GB2312 三号 (16 pt), headings
// 黑体 三号; page numbers "— n —" centred in the footer (四号 宋体). Charts go in as SVG with a
// blank PNG fallback (Word 2016+, WPS and LibreOffice render the SVG).
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { translator } from "~/i18n/i18n.ts";
import type { ReportView } from "./report-view.ts";
import { reportWords } from "./report-words.ts";

const TITLE_FONT = { ascii: "Times New Roman", eastAsia: "方正小标宋简体", hAnsi: "Times New Roman" };
const BODY_FONT = { ascii: "Times New Roman", eastAsia: "仿宋_GB2312", hAnsi: "Times New Roman" };
const HEAD_FONT = { ascii: "Times New Roman", eastAsia: "黑体", hAnsi: "Times New Roman" };
const TITLE_SIZE = 44; // half-points: 22 pt, 二号
const BODY_SIZE = 32; // 16 pt, 三号
const TABLE_SIZE = 21; // 10.5 pt, 五号
const FOOTER_SIZE = 28; // 14 pt, 四号
// 1×1 transparent PNG: the fallback the format requires beside an SVG.
const BLANK_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

const body = (text: string, opts: { indent?: boolean } = {}) =>
  new Paragraph({
    spacing: { line: 560, lineRule: "exact" }, // 28 pt fixed line pitch
    indent: opts.indent === false ? undefined : { firstLine: 640 }, // two characters
    children: [new TextRun({ text, font: BODY_FONT, size: BODY_SIZE })],
  });
const heading = (text: string) =>
  new Paragraph({ spacing: { line: 560, lineRule: "exact" }, indent: { firstLine: 640 }, children: [new TextRun({ text, font: HEAD_FONT, size: BODY_SIZE })] });
const paras = (text: string) =>
  text
    .split(/\n{2,}|\r\n\r\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => body(p));

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: r.map(
            (cell) =>
              new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, font: BODY_FONT, size: TABLE_SIZE, bold: i === 0 })] })] }),
          ),
        }),
    ),
  });
}

export async function reportToDocx(report: ReportView): Promise<Buffer> {
  const t = translator(report.language);
  const w = reportWords(report.language);
  const c = report.content;
  const s = report.sections;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t("report.issuer"), font: BODY_FONT, size: BODY_SIZE })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [new TextRun({ text: report.title, font: TITLE_FONT, size: TITLE_SIZE })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: report.number ?? t("report.unnumbered"), font: BODY_FONT, size: BODY_SIZE })],
    }),
    body(t("report.periodLine", { label: c.periodLabel })),
    heading(w.heading(1, t("report.section.summary"))),
    ...paras(s.summary),
    heading(w.heading(2, t("report.figures"))),
    table([[t("stats.col.indicator"), t("stats.current"), t("stats.lastYear")], ...c.figures.map((f) => [f.label, f.current, f.lastYear])]),
    heading(w.heading(3, t("report.charts"))),
  ];
  for (const ch of c.charts) {
    children.push(body(ch.title, { indent: false }));
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: "svg",
            data: Buffer.from(ch.svg, "utf8"),
            transformation: { width: 560, height: 262 },
            fallback: { type: "png", data: BLANK_PNG },
          }),
        ],
      }),
    );
  }
  children.push(heading(w.heading(4, t("report.cases"))));
  if (c.cases.length)
    children.push(
      table([
        [t("report.col.case"), t("report.col.parties"), t("report.col.products"), t("report.col.stage"), t("report.col.deadline")],
        ...c.cases.map((k) => [
          `${k.number} ${k.title}${w.bracket(k.jurisdiction)}`,
          `${k.complainants.join(w.list)} / ${k.respondents.slice(0, 8).join(w.list)}`,
          k.products.join(w.list),
          k.stage,
          k.deadline ?? "—",
        ]),
      ]),
    );
  else children.push(body(t("report.none")));
  children.push(heading(w.heading(5, t("report.laws"))));
  children.push(...(c.laws.length ? c.laws.map((l) => body(`${l.date} ${l.jurisdiction}${w.colon}${l.title}`)) : [body(t("report.none"))]));
  children.push(heading(w.heading(6, t("report.companies"))));
  if (report.isPublic) children.push(body(t("report.companies.public", { count: c.companyTimes })));
  else children.push(...(c.companies.length ? c.companies.map((co) => body(`${co.date} ${co.name}${w.colon}${co.caseTitle}`)) : [body(t("report.none"))]));
  if (report.kind !== "risk-warning" || c.typicalCases.length) {
    children.push(heading(w.heading(7, t("report.typicalCases"))));
    if (!c.typicalCases.length) children.push(body(t("report.none")));
    for (const tc of c.typicalCases) children.push(body(tc.title), ...paras(tc.summary), ...paras(tc.outcome), ...paras(tc.lessons));
  }
  children.push(heading(t("report.section.commentary")), ...(paras(s.commentary).length ? paras(s.commentary) : [body(t("report.none"))]));
  children.push(heading(t("report.section.recommendations")), ...(paras(s.recommendations).length ? paras(s.recommendations) : [body(t("report.none"))]));
  if (!report.isPublic && s.internal) children.push(heading(t("report.section.internal")), ...paras(s.internal));

  const doc = new Document({
    title: report.title,
    creator: t("report.issuer"),
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: { eastAsia: "宋体", ascii: "宋体" }, size: FOOTER_SIZE })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
