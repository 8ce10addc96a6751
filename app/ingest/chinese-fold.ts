// Folds Traditional Chinese characters to Simplified, one character at a time, so that
// keywords kept in Simplified (the taxonomy, exporters' names) also find text from Big5
// sources in Taiwan and Hong Kong. Character-level folding is not a translation (OpenCC's
// phrase tables do that, slower); for matching it is enough because both sides of a
// comparison are folded alike.
import HKVariantsRev from "opencc-js/dict/HKVariantsRev";
import TSCharacters from "opencc-js/dict/TSCharacters";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";

function pairs(dictionary: string): [string, string][] {
  return dictionary.split("|").map((entry) => {
    const [from, to] = entry.split(" ");
    return [from, to];
  });
}

// Only BMP → BMP mappings, so folding never changes a string's length and offsets found
// in folded text are offsets in the original. A table by character code (0: unchanged):
// this runs over every character of every item's text.
const FOLD = new Uint16Array(0x10000);
(() => {
  const variants = new Map<string, string>();
  for (const [from, to] of [...pairs(TWVariantsRev), ...pairs(HKVariantsRev)]) variants.set(from, to);
  const simplified = new Map(pairs(TSCharacters));
  const chars = new Set([...variants.keys(), ...simplified.keys()]);
  for (const c of chars) {
    const standard = variants.get(c) ?? c;
    const target = simplified.get(standard) ?? standard;
    if (c.length === 1 && target.length === 1 && target !== c) FOLD[c.charCodeAt(0)] = target.charCodeAt(0);
  }
})();

const HAS_CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;

export function foldChinese(text: string): string {
  if (!HAS_CJK_RE.test(text)) return text;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const folded = FOLD[c];
    if (folded === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(folded);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
