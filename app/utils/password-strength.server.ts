// Password strength with zxcvbn-ts (a maintained port of Dropbox's zxcvbn): it estimates how
// many guesses an attacker needs, using common-password lists, keyboard patterns, repeats,
// sequences, dates and the user's own details. Length rules alone let "aaaaaaaaaa" through.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** zxcvbn's 0–4 scale; 3 means "safely unguessable" (about 10^8 guesses or more). */
export const MIN_PASSWORD_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
function zxcvbn() {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, useLevenshteinDistance: true });
  return checker;
}

export type PasswordProblem = "security.password.personal" | "security.password.weak";

/** The user's own details that must not make up a password: email, its parts, name. */
function personalWords(inputs: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    const value = input?.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    for (const part of value.split(/[@.\s_+-]+/)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/**
 * A catalogue key describing what is wrong with the password, or null when it is strong
 * enough. `userInputs` are the account's email and name.
 */
export function passwordProblem(password: string, userInputs: (string | null | undefined)[] = []): PasswordProblem | null {
  const words = personalWords(userInputs);
  const lower = password.toLowerCase();
  // The whole email or name inside the password is refused outright, however long the rest.
  if (words.some((w) => w.length >= 4 && lower.includes(w) && (w.includes("@") || userInputs.some((u) => u?.trim().toLowerCase() === w)))) {
    return "security.password.personal";
  }
  // zxcvbn's cost grows with length; the first 100 characters are plenty to judge.
  const result = zxcvbn().check(password.slice(0, 100), words);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const personal = result.sequence.some((m) => m.pattern === "dictionary" && m.dictionaryName === "userInputs");
  return personal ? "security.password.personal" : "security.password.weak";
}
