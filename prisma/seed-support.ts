// Reference data of the support area, idempotent (fixed ids; an existing row is left as staff
// edited it): the subsidy rules the seeds state (domestic won case 2万, overseas won case 10万,
// one payment per case), two premium-subsidy forms marked as examples, and the country/forum
// guides for the forums the product recognises, written from the public sources they cite.
import { createGuide, reviewGuideVersion, saveGuideVersion, submitGuideForReview } from "~/models/country-guide.server.ts";
import { createPolicy, type PolicyInput } from "~/models/subsidy-policy.server.ts";
import type { GuideContent } from "~/support/guide-content.ts";
import type { Db } from "~/utils/db.server.ts";

/** The city whose companies the seeded won-case rules cover (staff edit it on the policy page). */
export const SEED_SUBSIDY_CITY = "深圳";

const base = {
  fixedAmount: null,
  sharePercent: null,
  capPerApplication: null,
  capPerYear: null,
  maxYears: null,
  decidedFrom: null,
  decidedTo: null,
  insuranceKinds: "",
  active: true,
} satisfies Partial<PolicyInput>;

export const SEED_POLICIES: { id: string; isExample: boolean; input: PolicyInput }[] = [
  {
    id: "won-case-domestic",
    isExample: false,
    input: {
      ...base,
      nameZh: "国内知识产权维权胜诉补助",
      nameEn: "Subsidy for a domestic IP enforcement case won",
      issuingBody: "市市场监督管理局（知识产权局）",
      kind: "won-case",
      amountRule: "fixed",
      fixedAmount: 20_000,
      registeredIn: SEED_SUBSIDY_CITY,
      caseScope: "domestic",
      wonRequired: true,
      requiredDocuments: "judgment, invoice",
    },
  },
  {
    id: "won-case-overseas",
    isExample: false,
    input: {
      ...base,
      nameZh: "涉外知识产权维权胜诉补助",
      nameEn: "Subsidy for an overseas IP enforcement case won",
      issuingBody: "市市场监督管理局（知识产权局）",
      kind: "won-case",
      amountRule: "fixed",
      fixedAmount: 100_000,
      registeredIn: SEED_SUBSIDY_CITY,
      caseScope: "overseas",
      wonRequired: true,
      requiredDocuments: "judgment, invoice",
    },
  },
  {
    id: "premium-example-share",
    isExample: true,
    input: {
      ...base,
      nameZh: "知识产权保险保费补贴（示例：保费50%，每年封顶10万元，最多3年）",
      nameEn: "IP insurance premium subsidy (example: 50% of the premium, capped at 100,000 a year, 3 years at most)",
      issuingBody: "示例：市知识产权局",
      kind: "premium",
      amountRule: "share-capped",
      sharePercent: 50,
      capPerYear: 100_000,
      maxYears: 3,
      registeredIn: SEED_SUBSIDY_CITY,
      caseScope: "any",
      wonRequired: false,
      insuranceKinds: "overseas-infringement-liability, patent-enforcement, patent-infringement-loss",
      requiredDocuments: "policy, payment-proof",
    },
  },
  {
    id: "premium-example-liability",
    isExample: true,
    input: {
      ...base,
      nameZh: "海外侵权责任险保费补贴（示例：保费80%，每单及每年封顶5万元）",
      nameEn: "Overseas infringement liability premium subsidy (example: 80% of the premium, capped at 50,000 per policy and year)",
      issuingBody: "示例：市商务局",
      kind: "premium",
      amountRule: "share-capped",
      sharePercent: 80,
      capPerApplication: 50_000,
      capPerYear: 50_000,
      registeredIn: "",
      caseScope: "any",
      wonRequired: false,
      insuranceKinds: "overseas-infringement-liability",
      requiredDocuments: "policy, payment-proof",
    },
  },
];

const b = (zh: string, en: string) => ({ zh, en });

export const SEED_GUIDES: { slug: string; jurisdiction: string; forums: string[]; deadlineRuleIds: string[]; content: GuideContent }[] = [
  {
    slug: "us-itc-337",
    jurisdiction: "US",
    forums: ["us-itc-337"],
    deadlineRuleIds: ["itc337-answer", "itc337-answer-temp-relief"],
    content: {
      title: b("美国国际贸易委员会337调查应对指南", "US ITC Section 337 investigations"),
      summary: b(
        "337调查依据美国《1930年关税法》第337节（19 U.S.C. §1337），由美国国际贸易委员会（USITC）审理进口产品侵犯美国知识产权的案件，主要救济是排除令和禁止令，涉案产品可能被整体挡在美国市场之外。",
        "Section 337 of the Tariff Act of 1930 (19 U.S.C. §1337) lets the US International Trade Commission hear claims that imported goods infringe US IP rights. The main remedies are exclusion orders and cease-and-desist orders, which can keep the products out of the US market altogether.",
      ),
      steps: [
        b(
          "申请人向USITC提交起诉书；委员会通常在收到起诉书后30日内决定是否立案（19 CFR 210.10）。",
          "The complainant files a complaint with the USITC; the Commission normally decides within 30 days of receipt whether to institute (19 CFR 210.10).",
        ),
        b(
          "立案公告刊登在《联邦公报》，起诉书和立案通知送达各被申请人；送达日起算答辩期限。",
          "The notice of investigation is published in the Federal Register and served with the complaint on each respondent; service starts the response period.",
        ),
        b(
          "被申请人须在送达后20日内提交书面答辩（19 CFR 210.13）；有临时救济动议时期限更短（见下方期限规则）。",
          "Respondents must file a written response within 20 days after service (19 CFR 210.13); a motion for temporary relief shortens this (see the deadline rules below).",
        ),
        b(
          "行政法官（ALJ）在立案后45日内确定调查目标日期（19 CFR 210.51），随后进入证据开示、权利要求解释和听证。",
          "The administrative law judge sets a target date within 45 days after institution (19 CFR 210.51); discovery, claim construction and the evidentiary hearing follow.",
        ),
        b(
          "行政法官作出最终初裁（19 CFR 210.42），当事人可申请委员会复审（19 CFR 210.43）。",
          "The judge issues a final initial determination (19 CFR 210.42); parties may petition the Commission for review (19 CFR 210.43).",
        ),
        b(
          "委员会作出终裁并可发布有限或普遍排除令、禁止令；进入60日总统审查期，期间可凭保证金进口（19 U.S.C. §1337(j)）。",
          "The Commission issues its final determination and may issue limited or general exclusion orders and cease-and-desist orders; a 60-day Presidential review period follows, during which goods may enter under bond (19 U.S.C. §1337(j)).",
        ),
      ],
      timetable: [
        b("立案：起诉后约30日", "Institution: about 30 days after the complaint"),
        b("答辩：送达后20日（有临时救济动议时10日）", "Response: 20 days after service (10 days with a temporary-relief motion)"),
        b("证据听证：通常在立案后约8–10个月", "Evidentiary hearing: commonly about 8–10 months after institution"),
        b("目标日期：通常为立案后15–18个月", "Target date: commonly 15–18 months after institution"),
      ],
      costs: [
        b(
          "完整应诉至终裁的美国律师费通常达数百万美元（参见AIPLA经济调查报告）；和解、同意令或早期退出的费用明显较低。",
          "Litigating through a final determination commonly costs several million US dollars in attorney fees (AIPLA Report of the Economic Survey); settlement, a consent order or an early exit cost far less.",
        ),
        b("多个被申请人联合应诉可分担专家和技术证据费用。", "Respondents defending jointly can share expert and technical evidence costs."),
      ],
      firstDays: [
        b(
          "记录送达日期，按期限规则计算答辩截止日，并在本平台提交应对指导申请。",
          "Record the date of service, compute the response deadline from the rules and file a guidance request here.",
        ),
        b(
          "不要置之不理：不答辩会被认定缺席，可能直接被发布排除令（19 CFR 210.16）。",
          "Do not ignore it: a respondent who does not respond can be found in default and face an exclusion order (19 CFR 210.16).",
        ),
        b(
          "尽快委托有337经验的美国律师，并启动文件保全（诉讼保全通知）。",
          "Retain US counsel experienced in 337 cases promptly and put a litigation hold on documents.",
        ),
        b(
          "核对被诉产品、专利和HTS编码，评估规避设计和无效抗辩，联系同案其他中国被申请人。",
          "Check the accused products, patents and HTS codes; assess design-arounds and invalidity; contact the other Chinese respondents.",
        ),
      ],
      typicalCases: [
        b(
          "消费电子、光伏、锂电池等行业的337调查中常有多家中国企业同时被列为被申请人，联合应诉和专家分担较为常见。",
          "In consumer-electronics, solar and battery investigations several Chinese companies are often named together; joint defence and shared experts are common.",
        ),
        b(
          "未应诉的被申请人被认定缺席后，其产品被排除令覆盖的情况屡见不鲜。",
          "Respondents who did not appear have repeatedly been found in default and covered by exclusion orders.",
        ),
      ],
      sources: [
        { title: "19 U.S.C. §1337 (Cornell LII)", url: "https://www.law.cornell.edu/uscode/text/19/1337" },
        { title: "19 CFR Part 210 — Adjudication and Enforcement (eCFR)", url: "https://www.ecfr.gov/current/title-19/chapter-II/subchapter-C/part-210" },
        { title: "USITC — Section 337 investigations", url: "https://www.usitc.gov/intellectual_property.htm" },
      ],
    },
  },
  {
    slug: "us-district-courts",
    jurisdiction: "US",
    forums: ["us-district-court"],
    deadlineRuleIds: ["us-federal-answer", "tro-max"],
    content: {
      title: b("美国联邦地区法院知识产权诉讼（含Schedule A案件）应对指南", "US federal district courts, including Schedule A cases"),
      summary: b(
        "专利、商标、版权侵权诉讼在美国联邦地区法院审理，适用《联邦民事诉讼规则》（FRCP）。Schedule A案件是权利人在一份保密附表中列出大量网店被告、先申请临时限制令冻结平台账户资金的批量诉讼，多见于伊利诺伊北区联邦法院。",
        "Patent, trademark and copyright suits are heard by the US federal district courts under the Federal Rules of Civil Procedure. In Schedule A cases a right-holder lists many online sellers in a sealed schedule and first obtains a temporary restraining order freezing their marketplace accounts; most are filed in the Northern District of Illinois.",
      ),
      steps: [
        b(
          "原告起诉；对中国被告通常经《海牙送达公约》送达，或经法院准许以电子邮件等替代方式送达（FRCP 4(f)(3)），Schedule A案件多为后者。",
          "The plaintiff files; Chinese defendants are served under the Hague Service Convention or, with the court's leave, by e-mail or other alternative means (FRCP 4(f)(3)), as is usual in Schedule A cases.",
        ),
        b(
          "被告须在送达后21日内答辩或提出FRCP 12动议（FRCP 12(a)(1)(A)(i)）；同意放弃正式送达的，境外被告期限为90日（FRCP 12(a)(1)(A)(ii)）。",
          "A defendant must answer or move under Rule 12 within 21 days after service (FRCP 12(a)(1)(A)(i)); a defendant outside the US who waived service has 90 days (FRCP 12(a)(1)(A)(ii)).",
        ),
        b(
          "单方临时限制令最长14日，有正当理由可再延长一次同等期限（FRCP 65(b)(2)）；之后法院就初步禁令举行听证。",
          "An ex parte TRO lasts at most 14 days, extendable once for good cause by a like period (FRCP 65(b)(2)); the court then hears the motion for a preliminary injunction.",
        ),
        b(
          "不应诉的被告可能被缺席判决（FRCP 55），平台冻结资金被划转给原告。",
          "A defendant who does not appear may suffer a default judgment (FRCP 55) and lose the frozen funds to the plaintiff.",
        ),
        b(
          "应诉后进入证据开示、权利要求解释（专利案）、简易判决和庭审；多数案件以和解结束。",
          "After appearance: discovery, claim construction (patents), summary judgment and trial; most cases settle.",
        ),
      ],
      timetable: [
        b("答辩：送达后21日", "Answer: 21 days after service"),
        b("临时限制令：最长14日（可延长一次）", "TRO: at most 14 days (one extension)"),
        b("初步禁令听证：通常在临时限制令到期前", "Preliminary-injunction hearing: usually before the TRO expires"),
      ],
      costs: [
        b(
          "Schedule A案件的和解金额常为数千美元至数万美元；抗辩至实体判决的律师费要高得多。",
          "Schedule A settlements are often a few thousand to tens of thousands of US dollars; defending on the merits costs much more.",
        ),
        b("冻结资金在和解或判决前无法动用，应计入现金流影响。", "Frozen funds are unavailable until settlement or judgment; count the cash-flow effect."),
      ],
      firstDays: [
        b(
          "从平台通知或邮件中找出案号和法院，在PACER或CourtListener核对起诉书和附表；记录送达日期。",
          "Find the case number and court in the marketplace notice or e-mail, check the complaint and schedule on PACER or CourtListener, and record the date of service.",
        ),
        b(
          "委托可在该地区法院执业的美国律师；不要自行联系原告律师付款。",
          "Retain US counsel admitted in that district; do not pay the plaintiff's lawyers on your own.",
        ),
        b(
          "收集自有商标、设计、采购来源和销售数据，评估管辖、合并被告是否适当等抗辩。",
          "Collect your own marks, designs, sourcing and sales data; assess defences such as jurisdiction and improper joinder.",
        ),
      ],
      typicalCases: [
        b(
          "跨境电商卖家因外观专利或商标在伊利诺伊北区被列入Schedule A，亚马逊等平台账户资金被冻结，多数通过和解解冻。",
          "Cross-border sellers listed in a Schedule A in the Northern District of Illinois for a design patent or trademark have had Amazon and other accounts frozen; most released the funds by settlement.",
        ),
      ],
      sources: [
        { title: "Federal Rules of Civil Procedure, Rule 12 (Cornell LII)", url: "https://www.law.cornell.edu/rules/frcp/rule_12" },
        { title: "Federal Rules of Civil Procedure, Rule 65 (Cornell LII)", url: "https://www.law.cornell.edu/rules/frcp/rule_65" },
        { title: "Federal Rules of Civil Procedure, Rule 4 (Cornell LII)", url: "https://www.law.cornell.edu/rules/frcp/rule_4" },
        { title: "US District Court for the Northern District of Illinois", url: "https://www.ilnd.uscourts.gov/" },
      ],
    },
  },
  {
    slug: "eu-customs",
    jurisdiction: "EU",
    forums: ["eu-customs"],
    deadlineRuleIds: ["eu-customs-detention"],
    content: {
      title: b("欧盟海关知识产权扣留应对指南", "EU customs detentions of goods suspected of infringing IP"),
      summary: b(
        "依据欧盟第608/2013号条例，权利人可向海关申请保护；海关对涉嫌侵权货物中止放行或扣留，并通知货物申报人或持有人。期限以工作日计算，沉默可能被视为同意销毁。",
        "Under Regulation (EU) No 608/2013 right-holders apply to customs for action; customs suspend the release of, or detain, goods suspected of infringing and notify the declarant or holder of the goods. Periods run in working days, and silence can count as agreement to destruction.",
      ),
      steps: [
        b(
          "权利人向成员国海关提交海关保护申请（条例第5–6条）。",
          "The right-holder files an application for action with a member state's customs (Articles 5–6).",
        ),
        b(
          "海关中止放行或扣留涉嫌侵权货物，并在一个工作日内通知申报人或持有人（第17、18条）。",
          "Customs suspend release or detain the goods and notify the declarant or holder within one working day (Articles 17 and 18).",
        ),
        b(
          "收到通知后10个工作日内（易腐货物3个工作日），申报人或持有人可书面同意销毁或提出异议；逾期未表态的，海关可视为同意销毁（第23条第1款）。",
          "Within 10 working days of notification (3 for perishable goods) the declarant or holder may agree in writing to destruction or oppose it; without either, customs may deem it agreed (Article 23(1)).",
        ),
        b(
          "提出异议的，权利人须在10个工作日内（可延长不超过10个工作日）提起确认侵权的诉讼，否则货物放行（第23条第3–5款）。",
          "If destruction is opposed, the right-holder must start infringement proceedings within 10 working days (extendable by at most 10), or the goods are released (Article 23(3)–(5)).",
        ),
        b("小件包裹适用简化销毁程序（第26条）。", "Small consignments follow a simplified destruction procedure (Article 26)."),
      ],
      timetable: [
        b("海关通知：扣留后一个工作日内", "Customs notice: within one working day of the detention"),
        b("同意或异议：通知后10个工作日（易腐货物3个工作日）", "Agree or oppose: 10 working days after notification (3 for perishables)"),
        b("权利人起诉：10个工作日，可延长10个工作日", "Right-holder's proceedings: 10 working days, extendable by 10"),
      ],
      costs: [
        b(
          "销毁、仓储费用原则上由权利人承担，但可向侵权人追偿（第29条）；异议后的成员国诉讼需当地律师。",
          "Destruction and storage costs are borne by the right-holder in the first place, who may recover them from the infringer (Article 29); proceedings after an opposition need local counsel.",
        ),
      ],
      firstDays: [
        b(
          "立即确认海关通知的日期：期限从通知起按工作日计算，逾期不回复可能被视为同意销毁。",
          "Establish the date of the customs notice at once: the period runs in working days from it, and no answer can count as agreement to destruction.",
        ),
        b(
          "要求查看样品或照片（第19条），收集采购合同、授权文件和不侵权依据。",
          "Ask to inspect samples or images (Article 19); collect purchase contracts, licences and the grounds for non-infringement.",
        ),
        b(
          "委托货物所在成员国的律师，决定同意销毁、和解或提出异议。",
          "Instruct counsel in the member state where the goods are held and decide whether to agree, settle or oppose.",
        ),
      ],
      typicalCases: [
        b(
          "锂电池、玩具等货物在汉堡、鹿特丹等港口因涉嫌侵犯外观设计或商标被扣留，企业在10个工作日内提出异议并提供授权证明后获放行。",
          "Battery and toy shipments detained in Hamburg or Rotterdam over suspected design or trademark infringement were released after the company opposed within 10 working days and proved its licence.",
        ),
      ],
      sources: [
        { title: "Regulation (EU) No 608/2013 (EUR-Lex)", url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32013R0608" },
        { title: "Regulation 608/2013, Article 23 (IPPT)", url: "https://www.ippt.eu/legal-texts/customs-enforcement-regulation/article-23" },
        {
          title: "European Commission — Customs enforcement of IPR",
          url: "https://taxation-customs.ec.europa.eu/customs-4/prohibitions-and-restrictions/intellectual-property-rights_en",
        },
      ],
    },
  },
];

/** Writes what is missing; rows staff already have are left alone. */
export async function ensureSupportReferenceData(db: Db) {
  for (const p of SEED_POLICIES) {
    if (await db.subsidyPolicy.findUnique({ where: { id: p.id }, select: { id: true } })) continue;
    await createPolicy(db, p.input, null, { id: p.id, isExample: p.isExample });
  }
  for (const g of SEED_GUIDES) {
    if (await db.countryGuide.findUnique({ where: { slug: g.slug }, select: { id: true } })) continue;
    const guide = await createGuide(db, { slug: g.slug, jurisdiction: g.jurisdiction, forums: g.forums }, null);
    const v = await saveGuideVersion(db, {
      guideId: guide.id,
      content: g.content,
      deadlineRuleIds: g.deadlineRuleIds,
      changeNote: "初版（据公开来源编写）",
      actorId: null,
    });
    await submitGuideForReview(db, v.id, null);
    await reviewGuideVersion(db, { versionId: v.id, decision: "publish", note: "seed", actorId: null, system: true });
  }
}

/** Demo: the reference data, an insurance policy about to expire, and an observation member. */
export async function seedSupportDemo(db: Db, exporters: { companyId: string; exporterId: string }[]) {
  await ensureSupportReferenceData(db);
  const [solar, battery] = exporters;
  if (!solar || !battery) return;
  const day = 86_400_000;
  await db.insurancePolicy.create({
    data: {
      companyId: battery.companyId,
      kind: "overseas-infringement-liability",
      insurer: "示例财产保险股份有限公司",
      policyNumber: "DEMO-2026-0001",
      cover: 5_000_000,
      premium: 60_000,
      startsOn: new Date(Date.now() - 340 * day),
      endsOn: new Date(Date.now() + 25 * day),
      territories: JSON.stringify(["US", "EU"]),
      createdById: battery.exporterId,
    },
  });
  await db.observationMember.create({
    data: {
      companyId: solar.companyId,
      memberKind: "enterprise",
      contactName: "示例联络人",
      contactEmail: "exporter.solar@demo.radar",
      termFrom: new Date(Date.now() - 30 * day),
      termTo: new Date(Date.now() + 700 * day),
    },
  });
  await db.company.update({ where: { id: solar.companyId }, data: { observationEnterprise: true } });
}
