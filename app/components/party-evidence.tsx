// Why a party name matched a company, as the matcher recorded it (English, stored on the
// review) → the reader's words (issue 13). The names, places and score it cites stay as they
// were written, marked as data; the original sentence is kept in the title.
import type { MessageKey } from "~/i18n/messages.ts";
import type { Translate } from "~/i18n/i18n.ts";
import { useT } from "~/i18n/use-t.ts";

const PATTERNS: [RegExp, MessageKey, MessageKey?][] = [
  [/^same Chinese core name (.+)$/, "partyEvidence.sameZhCore"],
  [/^Chinese core (.+)$/, "partyEvidence.nearZhCore"],
  [/^same core name (.+?)( \(pinyin\))?$/, "partyEvidence.sameCore", "partyEvidence.sameCorePinyin"],
  [/^core (.+?)( \(pinyin\))?( \([\d.]+\))$/, "partyEvidence.nearCore", "partyEvidence.nearCorePinyin"],
  [/^same full name$/, "partyEvidence.sameFull"],
  [/^against: core names differ$/, "partyEvidence.coreDiffers"],
  [/^same city: (.+)$/, "partyEvidence.sameCity"],
  [/^against: different city \((.+)\)$/, "partyEvidence.otherCity"],
  [/^same province$/, "partyEvidence.sameProvince"],
  [/^against: different province \((.+)\)$/, "partyEvidence.otherProvince"],
  [/^same line of business: (.+)$/, "partyEvidence.sameBusiness"],
  [/^against: different line of business words$/, "partyEvidence.otherBusiness"],
];

/** The sentence in the reader's words and the data it cites ("" when none). */
export function partyEvidenceText(t: Translate, raw: string): { text: string; cited: string } {
  for (const [pattern, key, pinyinKey] of PATTERNS) {
    const m = pattern.exec(raw);
    if (!m) continue;
    const pinyin = pinyinKey && m[2] !== undefined;
    const cited = [m[1], m[3]]
      .filter((part): part is string => !!part)
      .join("")
      .replaceAll(" vs ", " / ")
      .trim();
    return { text: t(pinyin ? pinyinKey : key), cited };
  }
  return { text: t("partyEvidence.other"), cited: "" };
}

export function PartyEvidence({ raw }: { raw: string }) {
  const t = useT();
  const { text, cited } = partyEvidenceText(t, raw);
  return (
    <span title={raw} data-raw={raw}>
      {text}
      {cited ? (
        <>
          {"："}
          <span translate="no">{cited}</span>
        </>
      ) : null}
    </span>
  );
}
