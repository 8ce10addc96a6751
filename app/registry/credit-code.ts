// Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a
// 31-character alphabet (no I, O, Z, S, V); the last is a check character computed from the
// first 17 with fixed weights modulo 31.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export type CreditCodeProblem = "format" | "checkChar";

/** null when valid; the code is expected upper-cased and trimmed. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return "format";
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : "checkChar";
}
