// Issue 12's wording classes, each on a short text in the wording published notices use.
// The corpus test (extraction-corpus.test.ts) checks whole published texts; these pin the
// rules one at a time, including the doubts a reviewer is shown.
import { describe, expect, test } from "vitest";
import { extractCaseFacts } from "./case-facts.ts";

const facts = (text: string, title = "Notice of Institution of Investigation") => extractCaseFacts({ title, text });
const names = (list: { name: string }[]) => list.map((p) => p.name);

describe("parties in real wording", () => {
  test("names sharing one place all get it and no stray fragment is a party", () => {
    const f = facts(
      "[Investigation No. 337-TA-1501] The respondents are Flawless Vape Shop Inc. and Flawless Vape Wholesale & Distribution Inc., both of Anaheim, CA (collectively, the “Flawless Vape respondents”); Affiliated Imports, LLC of Pflugerville, TX.",
    );
    expect(names(f.respondents)).toEqual(["Flawless Vape Shop Inc.", "Flawless Vape Wholesale & Distribution Inc.", "Affiliated Imports, LLC"]);
    expect(f.respondents[0].location).toBe("Anaheim, CA");
    expect(f.respondents[1].location).toBe("Anaheim, CA");
  });

  test("'all of' after the last of several complainants is every complainant's place", () => {
    const f = facts(
      "The investigation is based on a complaint filed by Tessera Technologies, Inc.; Tessera, Inc.; and Invensas Corporation, all of San Jose, CA, on May 23, 2016. Section 337.",
    );
    expect(names(f.complainants)).toEqual(["Tessera Technologies, Inc.", "Tessera, Inc.", "Invensas Corporation"]);
    expect(f.complainants.every((p) => p.location === "San Jose, CA")).toBe(true);
  });

  test("a.k.a., d/b/a and f/k/a inside an entry are aliases of that party, and the list goes on after them", () => {
    const f = facts(`Section 337. The USITC has identified the following as the respondents this investigation:

HC Robotics (a.k.a. Huicang Information Technology Co., Ltd.) of Hangzhou City, Zheijang Province, China; and

Invata, LLC (d/b/a Invata Intralogistics) of Conshohocken, PA`);
    expect(names(f.respondents)).toEqual(["HC Robotics", "Invata, LLC"]);
    expect(f.respondents[0].aliases).toEqual(["Huicang Information Technology Co., Ltd."]);
    expect(f.respondents[1].aliases).toEqual(["Invata Intralogistics"]);
  });

  test("'(formerly, …)' after a respondent in running prose is kept as its alias", () => {
    const f = facts(
      "[Investigation No. 337–TA–1209 (Enforcement)] a formal enforcement proceeding relating to the limited exclusion order and cease and desist order (collectively, ‘‘the remedial orders’’) issued against The Chamberlain Group, LLC (formerly, The Chamberlain Group, Inc.) (‘‘Chamberlain’’) on February 9, 2022.",
      "Notice of Institution of Formal Enforcement Proceeding",
    );
    expect(names(f.respondents)).toEqual(["The Chamberlain Group, LLC"]);
    expect(f.respondents[0].aliases).toEqual(["The Chamberlain Group, Inc."]);
  });

  test("'People's Republic of China' and 'Republic of Korea' are places, never respondents", () => {
    const f = facts(`Section 337. The USITC has identified the following as respondents in this investigation:

Bestway Global Holdings, Inc., of Shanghai, Peoples Republic of China;
Bestway (Nantong) Recreation Corp. of Nantong, Jiangsu, Peoples Republic of China; and
Samsung Electronics Co. Ltd. of Gyeonggi, Republic of Korea.`);
    expect(names(f.respondents)).toEqual(["Bestway Global Holdings, Inc.", "Bestway (Nantong) Recreation Corp.", "Samsung Electronics Co. Ltd."]);
  });

  test("a country ending in 'and' is not cut, and a company form inside a name keeps the whole name", () => {
    const f = facts(`Section 337. The USITC has identified the following respondents in this investigation:
• Bingrong Co., Ltd Shenzhen Shi, China
• Krosno Glass S.A., Krosno, Poland`);
    expect(names(f.respondents)).toEqual(["Bingrong Co., Ltd Shenzhen Shi", "Krosno Glass S.A."]);
    expect(f.respondents.map((p) => p.location)).toEqual(["China", "Krosno, Poland"]);
  });

  test("respondents named in prose: a limited exclusion order against a defaulted respondent, and respondents named before 'were named as respondents'", () => {
    const leo = facts(
      "The Commission has determined to issue a limited exclusion order against defaulted respondent Ningbo Linhua Plastic Co., Ltd. (``Ningbo''), the last remaining respondent.",
      "Notice of a Commission Determination To Issue a Limited Exclusion Order Against the Defaulting Respondent",
    );
    expect(names(leo.respondents)).toEqual(["Ningbo Linhua Plastic Co., Ltd."]);
    expect(leo.stage).toBe("exclusion-order");
    const named = facts(
      "[Inv. No. 337-TA-418] The Commission instituted this investigation based on a complaint filed by Bell Laboratories, Inc. (Bell), of Madison, Wisconsin. Aegis Research Ltd. of the United Kingdom and Aegis Research Ltd., U.S. of Delaware (collectively, Aegis) were named as respondents.",
    );
    expect(names(named.respondents)).toEqual(["Aegis Research Ltd.", "Aegis Research Ltd., U.S."]);
    expect(names(named.complainants)).toEqual(["Bell Laboratories, Inc."]);
  });

  test("complainants: a hard line break inside a name, a lower-case start, and a defined short form that is not another party", () => {
    const wrapped = facts(`[Investigation No. 337-TA-1081]
SUMMARY: Notice is hereby given that a complaint was filed with the
U.S. International Trade Commission on September 21, 2017, under
section 337 of the Tariff Act of 1930, as amended, on behalf of Philips
Lighting North America Corp. of Somerset, New Jersey and Philips
Lighting Holding B.V. of the Netherlands. Supplements to the complaint were filed.`);
    expect(names(wrapped.complainants)).toEqual(["Philips Lighting North America Corp.", "Philips Lighting Holding B.V."]);
    const lower = facts("Section 337. The complaint was filed by eos GmbH of Krailling, Germany, on May 1, 2024.");
    expect(names(lower.complainants)).toEqual(["eos GmbH"]);
    const label = facts(
      "[Investigation No. 337-TA-1381] granting a motion filed by complainants R.J. Reynolds Tobacco Company and R.J. Reynolds Vapor Company (``RJR'') to terminate the investigation. The Commission instituted this investigation based on a complaint filed on behalf of RJR. 88 FR 88111-12.",
    );
    expect(names(label.complainants)).toEqual(["R.J. Reynolds Tobacco Company", "R.J. Reynolds Vapor Company"]);
  });

  test("Chinese lists keep brackets inside names and drop English renderings and asides", () => {
    const f = facts(
      "美国ITC投票决定启动337调查。本案申请方申请将以下企业列为指定应诉方:美国ACON Laboratories, Inc., San Diego, CA、中国浙江 ACON Biotech (Hangzhou) Co., Ltd., Hangzhou Zhejiang, China、金华市正威电器有限公司(Jinhua Kingwe (JK) Electrical Co., Ltd)。",
      "美国对涉华特定血液胆固醇测试条启动337调查",
    );
    expect(names(f.respondents)).toEqual(["ACON Laboratories, Inc.", "ACON Biotech (Hangzhou) Co., Ltd.", "金华市正威电器有限公司"]);
  });

  test("a Chinese applicant named after 该案申请人 is the complainant, and a generic name keeps its country", () => {
    expect(names(facts("337调查。该案申请人美国Tela Innovations 公司请求ITC发布有限排除令和禁止令。", "美国对集成电路发起337调查").complainants)).toEqual([
      "Tela Innovations 公司",
    ]);
    expect(names(facts("337调查。本案的申请人美国钢铁公司对中国钢铁企业的指控共有三项。", "美国钢铁公司337调查").complainants)).toEqual(["美国钢铁公司"]);
  });
});

describe("stage reached, not requested", () => {
  test("a complaint requesting an exclusion order is at the complaint, in Chinese as in English", () => {
    const f = facts(
      "2024年12月31日,美国InOvate Acquisition Company of Jupiter, Florida向美国ITC提出337立案调查申请,请求美国ITC发布有限排除令、禁止令。中国福建厦门笛容特贸易有限公司为列名被告。",
      "美国企业提出337调查申请",
    );
    expect(f.stage).toBe("complaint-received");
  });

  test("rescission of an exclusion order ends the case, it is not an exclusion order", () => {
    const f = facts(
      "[Investigation No. 337-TA-1159 (Rescission)] The Commission has determined to permanently rescind the LEO and CDOs. The rescission proceeding is terminated.",
      "Commission Decision To Institute a Rescission Proceeding; Permanent Rescission of a Limited Exclusion Order and Cease and Desist Orders",
    );
    expect(f.stage).toBe("terminated");
  });

  test("a motion to terminate is not a termination, and a news release instituting a case is instituted", () => {
    expect(
      facts(
        "[Investigation No. 337-TA-1426] Respondent SainStore Technology Co., Ltd. moved to terminate the investigation as to SainStore.",
        "Staff response to motion",
      ).stage,
    ).not.toBe("terminated");
    expect(
      facts("Section 337. The complaint was filed by Acme Inc. of Austin, TX.", "USITC Institutes Section 337 Investigation of Certain Widgets").stage,
    ).toBe("instituted");
  });
});

describe("doubts for a reviewer", () => {
  test("an announced count above the respondents found is a count-shortfall with the phrase and its place", () => {
    const title = "美国对我输美净水器发起337调查";
    const text = "美国ITC决定发起337调查。深圳市家乐士净水科技有限公司、宁波市海曙碧纯净水科技有限公司等7家中国企业为列名被告。";
    const f = facts(text, title);
    const doubt = f.doubts.find((d) => d.kind === "count-shortfall");
    expect(doubt).toMatchObject({ side: "respondents", announced: 7, found: 2, phrase: "7家中国企业" });
    expect(`${title}\n${text}`.slice(doubt!.start, doubt!.end)).toBe("7家中国企业");
    const english = facts("Section 337. The USITC has identified the following 12 respondents in this investigation: Acme Co., Ltd. of Shenzhen, China.");
    expect(english.doubts.find((d) => d.kind === "count-shortfall")).toMatchObject({ announced: 12, found: 1 });
  });

  test("counts of cases or applications are not respondent counts", () => {
    const f = facts("商务部公平局称,这是今年以来外国企业在美提起的涉及中国出口产品的第12起337调查申请。", "外国企业在美提起涉华337调查申请");
    expect(f.doubts.some((d) => d.kind === "count-shortfall")).toBe(false);
  });

  test("a respondent lead-in with nothing parsed after it is an unparsed-party-phrase, not a silent empty list", () => {
    const title = "USITC Institutes Section 337 Investigation of Certain ENDS Devices";
    const text = "Inv. No(s). 337-TA-1486 The USITC has identified the following respondents in this investigation:";
    const f = facts(text, title);
    const doubt = f.doubts.find((d) => d.kind === "unparsed-party-phrase");
    expect(doubt?.phrase).toMatch(/^identified the following respondents/);
    expect(`${title}\n${text}`.slice(doubt!.start, doubt!.end)).toBe(doubt!.phrase);
    expect(f.doubts.some((d) => d.kind === "no-respondent")).toBe(false);
  });
});

// Issue 12, third round: wordings the third corpus round found unread (general rules; the names
// here are made up, the wording is the published one).
describe("third-round wording", () => {
  test("plaintiffs and defendants given as appositives in a case summary are each a party", () => {
    const f = facts(
      "United States District Court, Western District of Washington (2024)\nThe plaintiffs, Acme.com, Inc., Acme Services LLC, and Brandco International A.G., sued the defendants, Wang Lei, Shenzhen Qiantai Technology Co. Ltd, and Liu Fang, for selling counterfeit goods.",
      "ACME.COM v. WANG LEI",
    );
    expect(names(f.complainants)).toEqual(["Acme.com, Inc.", "Acme Services LLC", "Brandco International A.G."]);
    expect(names(f.respondents)).toEqual(["Wang Lei", "Shenzhen Qiantai Technology Co. Ltd", "Liu Fang"]);
  });

  test("a possessive, a person joined to a company and a docket citation end the names they follow", () => {
    const f = facts(
      "UNITED STATES DISTRICT COURT WESTERN DISTRICT OF WASHINGTON ORDER. This matter comes before the Court on Plaintiffs Acme.com, Inc. and Brandco, Inc.’s motion for default judgment against Defendants Zhang Wei and Shenzhen Qiantai Electronic Commerce Co., Ltd. Dkt. No. 21.",
      "Acme.com v. Zhang Wei",
    );
    expect(f.forum).toEqual({ caseType: "us-district-court", jurisdiction: "US" });
    expect(names(f.complainants)).toEqual(["Acme.com, Inc.", "Brandco, Inc."]);
    expect(names(f.respondents)).toEqual(["Zhang Wei", "Shenzhen Qiantai Electronic Commerce Co., Ltd."]);
  });

  test("a press report's body names the parties its headline shortens", () => {
    const f = facts(
      "DALLAS – A patent infringement case against Qiantai Corp. will continue after a federal judge in the Northern District of Texas denied the company’s motion to dismiss the lawsuit filed by a Texas developer. The June 2017 lawsuit filed by Seven Rivers LLC. Qiantai Corp. is accused of infringing.",
      "Patent suit against Qiantai to continue after judge denies motion to dismiss",
    );
    expect(names(f.respondents)).toEqual(["Qiantai Corp."]);
    // The sentence's full stop may stay after "LLC" (names compare without punctuation).
    expect(names(f.complainants)).toHaveLength(1);
    expect(f.complainants[0].name).toMatch(/^Seven Rivers LLC\.?$/);
  });

  test("Chinese filers after 由 and before 指控 are complainants; a description or a count around a Latin name is not part of it", () => {
    const by = facts(
      "美國國際貿易委員會(ITC)投票決定啟動「337調查」。本次「337調查」由美國知識產權管理公司Acme Innovations LLC、愛爾蘭公司Brandco Licensing Limited of Ireland以及238 West Display Ltd三家公司提出申請。",
      "美國ITC啟動337調查",
    );
    expect(names(by.complainants)).toEqual(["Acme Innovations LLC", "Brandco Licensing Limited", "238 West Display Ltd"]);
    const accuses = facts(
      "美國國際貿易委員會（USITC）10日宣布啟動337條款調查，事件起因於底特律汽車巨頭大河汽車（Big River Motors）及其旗下大河全球科技營運公司指控這些業者侵犯專利權。",
      "USITC啟動337調查",
    );
    expect(names(accuses.complainants)).toEqual(["大河汽車", "大河全球科技營運公司"]);
  });

  test("pinyin readings printed after characters do not hide the respondents' role word", () => {
    const f = facts(
      "2017年8月21日,美國(guó)國(guó)際貿(mào)易委員會(huì)(ITC)投票決定對(duì)特定道路銑刨機(jī)啟動(dòng)337調(diào)查(調(diào)查編號(hào):337-TA-1067)。美國(guó)最終將意大利Acme Bitelli SpA、瑞士Acme Americas CV和美國(guó)Acme Inc.列為指定應(yīng)訴方。",
      "美國對特定道路銑刨機啟動337調查",
    );
    expect(names(f.respondents)).toEqual(["Acme Bitelli SpA", "Acme Americas CV", "Acme Inc."]);
  });

  test("an explainer that defines its subject, or a note citing three investigations, names no party and reports no case", () => {
    expect(facts("337调查,是指美国国际贸易委员会根据美国《1930年关税法》第337节进行的调查。", "337调查").forum).toBeNull();
    expect(facts("TRO(Temporary Restraining Order,临时限制令)是美国法院签发的紧急禁令,常见于知识产权侵权诉讼中。", "铺货卖家TRO应诉").forum).toBeNull();
    const survey = facts(
      "案例:337-TA-1365案中,应诉方提前锁定专利漏洞;电子蜡烛案(337-TA-1260)不符合经济要件;视频安防案(337-TA-1281)技术要件不成立。",
      "美国ITC 337调查应对策略",
    );
    expect(survey.forum).toBeNull();
    expect(survey.caseNumber).toBeNull();
  });

  test("a 337-TA number written with a leading zero in a release header yields to the body's number", () => {
    const f = facts(
      "News Release 20-080\nInv. No(s). 337-TA-080\nThe USITC has identified the following as respondents in this investigation:\nAcme Group Limited of Quarry Bay, Hong Kong.\nBy instituting this investigation (337-TA-1208), the USITC has not yet made any decision on the merits of the case.",
      "USITC Institutes Section 337 Investigation of Certain Electronic Devices",
    );
    expect(f.caseNumber).toBe("337-TA-1208");
  });
});
