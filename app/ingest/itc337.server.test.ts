import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { decodeFeedBytes } from "./decode.server.ts";
import { extractDeadlines, extractHtsCodes, extractItc337, extractMarks, extractPatentNumbers } from "./itc337.server.ts";
import { parseFeed } from "./parse-feed.server.ts";
import { htmlToLines } from "./text.server.ts";

async function federalRegisterNotices() {
  const bytes = readFileSync(new URL("../../tests/fixtures/feeds/federal-register-itc.xml", import.meta.url));
  const feed = await parseFeed(decodeFeedBytes(bytes).text, {
    feedUrl: "https://www.federalregister.gov/api/v1/itc.rss",
  });
  return feed.entries.map((e) => ({ title: e.title ?? "", text: htmlToLines(e.summaryHtml) }));
}

describe("extractItc337 on Federal Register notices", () => {
  test("a notice of receipt of complaint yields the docket number, stage, parties with locations and HTS codes", async () => {
    const [receipt] = await federalRegisterNotices();
    expect(extractItc337(receipt)).toEqual({
      isSection337: true,
      investigationNumber: null,
      docketNumber: "DN 3861",
      stage: "complaint-received",
      complainants: [
        { name: "Ampereon Energy Systems, Inc.", location: null },
        { name: "Ampereon Cell Labs LLC", location: null },
      ],
      respondents: [
        { name: "Shenzhen Lianxin Power Technology Co., Ltd.", location: "Shenzhen, China" },
        { name: "Dongguan Hengrun New Energy Co., Ltd.", location: "Dongguan, Guangdong, China" },
        { name: "Ningbo Cellmax Battery Co., Ltd.", location: "Ningbo, Zhejiang, China" },
        { name: "Brightvolt Trading (HK) Limited", location: "Kowloon, Hong Kong" },
        { name: "Cellmax USA Inc.", location: "Ontario, California" },
      ],
      productTitle: "Certain Lithium-Ion Battery Cells, Battery Packs, and Products Containing the Same",
      accusedProducts: null,
      htsCodes: ["8507.60.0020", "8507.60.0010"],
      patents: [],
      marks: [],
      deadlines: [],
    });
  });

  test("the notice of institution of the same case yields the 337-TA number, patents and the served parties", async () => {
    const [, institution] = await federalRegisterNotices();
    const facts = extractItc337(institution);
    expect(facts.investigationNumber).toBe("337-TA-1452");
    expect(facts.docketNumber).toBeNull();
    expect(facts.stage).toBe("instituted");
    expect(facts.productTitle).toBe("Certain Lithium-Ion Battery Cells, Battery Packs, and Products Containing the Same");
    expect(facts.accusedProducts).toBe(
      "rechargeable lithium-ion battery cells and battery packs for power tools, electric bicycles, and portable power stations",
    );
    expect(facts.patents).toEqual(["US10886512", "US11223907", "US11764301"]);
    expect(facts.complainants).toEqual([
      { name: "Ampereon Energy Systems, Inc.", location: "4100 Lakeline Boulevard, Suite 300, Austin, TX 78717" },
      { name: "Ampereon Cell Labs LLC", location: "251 Little Falls Drive, Wilmington, DE 19808" },
    ]);
    expect(facts.respondents).toEqual([
      {
        name: "Shenzhen Lianxin Power Technology Co., Ltd.",
        location: "Building 7, Xili Industrial Park, Nanshan District, Shenzhen, Guangdong 518055, China",
      },
      {
        name: "Dongguan Hengrun New Energy Co., Ltd.",
        location: "No. 18 Songshan Lake Avenue, Dongguan, Guangdong 523808, China",
      },
      {
        name: "Ningbo Cellmax Battery Co., Ltd.",
        location: "66 Mingzhou Road, Beilun District, Ningbo, Zhejiang 315800, China",
      },
      {
        name: "Brightvolt Trading (HK) Limited",
        location: "Unit 1208, 12/F, Harbour Centre, 8 Hok Cheung Street, Kowloon, Hong Kong",
      },
      { name: "Cellmax USA Inc.", location: "1900 East Francis Street, Ontario, CA 91761" },
    ]);
    // "19 CFR 210.10" and "85 FR 15798" are not HTS numbers.
    expect(facts.htsCodes).toEqual([]);
  });

  test("a Commission decision not to review an initial determination is at the initial-determination stage", async () => {
    const [, , review] = await federalRegisterNotices();
    expect(extractItc337(review)).toMatchObject({
      investigationNumber: "337-TA-1398",
      stage: "initial-determination",
      productTitle: "Certain Smart Thermostats and Components Thereof",
    });
  });

  test("an antidumping notice is not a Section 337 matter and gets no stage", async () => {
    const [, , , plywood] = await federalRegisterNotices();
    expect(extractItc337(plywood)).toMatchObject({
      isSection337: false,
      stage: null,
      investigationNumber: null,
      htsCodes: ["4412.31"],
    });
  });
});

describe("extractItc337 on other wording", () => {
  test("complainants stated with locations in a summary lose the locations, keep the names", () => {
    const facts = extractItc337({
      title: "Certain Robotic Vacuum Cleaners; Institution of Investigation",
      text:
        "Notice is hereby given that a complaint was filed under section 337 of the Tariff Act of 1930 on behalf of " +
        "Suction Dynamics Corp. of Bedford, Massachusetts and Black and Decker Home LLC of Towson, Maryland. " +
        "The complaint alleges violations of section 337.",
    });
    expect(facts.complainants.map((c) => c.name)).toEqual(["Suction Dynamics Corp.", "Black and Decker Home LLC"]);
    expect(facts.stage).toBe("instituted");
  });

  test("respondents without company suffixes and with 'of' in their names split at the location", () => {
    const facts = extractItc337({
      title: "Certain Wearable Monitors; Notice of Receipt of Complaint",
      text:
        "The complaint alleges violations of section 337. The complaint names as respondents: Hangzhou Institute of Sensing Technology of Hangzhou, China; " +
        "Zhang Wei of Seoul, Republic of Korea; and Nordlys AB of Malmö, Sweden. The complainant requests relief.",
    });
    expect(facts.respondents).toEqual([
      { name: "Hangzhou Institute of Sensing Technology", location: "Hangzhou, China" },
      { name: "Zhang Wei", location: "Seoul, Republic of Korea" },
      { name: "Nordlys AB", location: "Malmö, Sweden" },
    ]);
  });

  test("a Chinese news item with a 337-TA number is a 337 matter at the stage its title names", () => {
    const facts = extractItc337({
      title: "美国ITC对锂离子电池发起337调查",
      text: "调查编码：337-TA-1452。",
    });
    expect(facts).toMatchObject({ isSection337: true, investigationNumber: "337-TA-1452", stage: "instituted" });
  });

  test.each([
    ["Notice of Issuance of a General Exclusion Order and Cease and Desist Orders", "exclusion-order"],
    ["Final Determination of Violation of Section 337", "final-determination"],
    ["Notice of Commission Determination To Review in Part a Final Initial Determination", "initial-determination"],
  ])("a title %j is at stage %s", (suffix, stage) => {
    const facts = extractItc337({ title: `Certain LED Lamps; ${suffix}`, text: "Investigation No. 337-TA-1371" });
    expect(facts.stage).toBe(stage);
  });
});

describe("patent, mark and HTS extraction", () => {
  test("patent numbers in runs, design and reissue patents come out canonical", () => {
    expect(
      extractPatentNumbers("infringement of U.S. Patent Nos. 9,876,543; 10,234,567; and 11,000,001, U.S. Patent No. D912,345 and U.S. Patent No. RE48,123."),
    ).toEqual(["US9876543", "US10234567", "US11000001", "USD912345", "USRE48123"]);
  });

  test("trademark registrations and quoted or capitalised marks are found, patent short names are not", () => {
    expect(
      extractMarks(
        "infringement of U.S. Trademark Registration Nos. 5,123,456 and 5,234,567, including the BRIGHTVOLT mark and the mark “VOLTA”, " +
          "but not “the '512 patent”.",
      ),
    ).toEqual(["U.S. Reg. No. 5,123,456", "U.S. Reg. No. 5,234,567", "VOLTA", "BRIGHTVOLT"]);
  });

  test("HTS codes are read only near words that announce them, and 8507.60.00.20 is 8507.60.0020", () => {
    expect(extractHtsCodes("Under HTSUS subheadings 8507.60.00.20 and 8504.40.")).toEqual(["8507.60.0020", "8504.40"]);
    expect(extractHtsCodes("The bond was set at 1234.56 dollars per unit under 19 CFR 210.50.")).toEqual([]);
  });
});

describe("extractDeadlines", () => {
  test("the public-interest comment period of a receipt notice is read as a number of days after publication", () => {
    // Federal Register receipt notice wording (Docket No. 3128, 81 FR 35381).
    const text =
      "Written submissions must be filed no later than by close of business, eight calendar days after the date of publication of this notice in the Federal Register.";
    expect(extractDeadlines(text)).toEqual([
      {
        kind: "public-interest-comments",
        date: null,
        days: 8,
        text: "submissions must be filed no later than by close of business, eight calendar days after the date of publication",
      },
    ]);
  });

  test("a stated target date and a response period after service are read with their dates and days", () => {
    const text =
      "The target date for completion of the investigation is March 17, 2027. Responses to the complaint and the notice of investigation must be submitted by the named respondents within 20 days after the date of service by the Commission.";
    expect(extractDeadlines(text).map((d) => [d.kind, d.date, d.days])).toEqual([
      ["target-date", "2027-03-17", null],
      ["response-to-complaint", null, 20],
    ]);
  });

  test("the procedural explanation of a news release states no deadline", () => {
    const text = "Within 45 days after institution of the investigation, the USITC will set a target date for completing the investigation.";
    expect(extractDeadlines(text)).toEqual([]);
  });
});
