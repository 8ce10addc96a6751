// The benchmark feed, shared by tests/bench/ingest.ts and tests/bench/parse.ts so both
// measure the same bytes: ITC-style notices and Chinese news (one third), unique guids.
const COMPANIES = [
  "Shenzhen Lianxin Power Technology Co., Ltd.",
  "Ningbo Sunrise Solar Co., Ltd.",
  "Dongguan Hengrun New Energy Co., Ltd.",
  "Xiamen Bright LED Lighting Co., Ltd.",
  "Shantou Happy Toys Co., Ltd.",
];
const PRODUCTS = [
  "Lithium-Ion Battery Cells",
  "Photovoltaic Modules",
  "LED Lighting Devices",
  "Robotic Vacuum Cleaners",
  "Plush Toys",
  "Power Banks",
  "Smart Thermostats",
];
const ZH = [
  "美国ITC对锂离子电池发起337调查",
  "德国展会禁令：LED照明企业遭临时禁令",
  "亚马逊Schedule A案件激增，玩具卖家资金被冻结",
  "欧盟海关扣押侵权移动电源",
  "光伏组件企业遭美国专利诉讼",
];

function escapeXml(s: string) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A realistic RSS 2.0 feed of about `mb` MiB: ITC-style notices and Chinese news, unique guids. */
export function generateFeed(mb: number): { xml: string; items: number } {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  const target = mb * 1024 * 1024;
  parts.push(
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed</title><link>https://bench.invalid/</link><description>bench</description>`,
  );
  while (size < target) {
    const product = PRODUCTS[i % PRODUCTS.length];
    const zh = i % 3 === 0;
    const title = zh ? `${ZH[i % ZH.length]}（第${i}号）` : `Certain ${product} and Products Containing the Same; Institution of Investigation ${i}`;
    const body = zh
      ? `<p>${ZH[(i + 1) % ZH.length]}。涉案企业包括${COMPANIES[i % COMPANIES.length]}。</p>`.repeat(6)
      : `<p>Notice is hereby given that a complaint was filed with the U.S. International Trade Commission under section 337 of the Tariff Act of 1930 on behalf of Ampereon Energy Systems, Inc. The complaint names as respondents: ${COMPANIES[i % COMPANIES.length]} of Shenzhen, China; ${COMPANIES[(i + 2) % COMPANIES.length]} of Ningbo, China. The products are classified under HTS 8507.60.0020. Investigation No. 337-TA-${1000 + (i % 900)}.</p>`.repeat(
          3,
        );
    const item = `<item><title>${escapeXml(title)}</title><link>https://bench.invalid/items/${i}</link><guid isPermaLink="false">bench-${i}</guid><pubDate>${new Date(Date.UTC(2026, 9, 1) + i * 60_000).toUTCString()}</pubDate><description>${escapeXml(body)}</description></item>`;
    parts.push(item);
    size += Buffer.byteLength(item);
    i++;
  }
  parts.push("</channel></rss>");
  return { xml: parts.join(""), items: i };
}
