// Tables as CSV (UTF-8 with BOM, so Excel opens Chinese correctly) and XLSX (exceljs: a
// maintained, widely used writer that sets column widths and types without a template).

type Cell = string | number | null;

export function toCsv(rows: Cell[][]): string {
  const cell = (v: Cell) => {
    if (v == null) return "";
    const s = String(v);
    // a leading = + - @ would be a formula in a spreadsheet (CSV injection)
    const safe = /^[=+\-@\t\r]/.test(s) && typeof v === "string" ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return "\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

export async function toXlsx(sheets: { name: string; rows: Cell[][] }[]): Promise<Buffer> {
  // loaded on first use (large; the web server should not pay for it at start-up)
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "Overseas IP Radar";
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    for (const r of s.rows) ws.addRow(r.map((v) => (v == null ? null : v)));
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((col, i) => {
      col.width = i === 0 ? 28 : i === (s.rows[0]?.length ?? 0) - 1 ? 60 : 14;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
