// A case's parties as staff see and matching uses them: the parties every notice of the case
// named (merged by name, the first stated location kept), with staff corrections applied in
// order on top. Corrections are stored apart from what extraction produced, so a re-ingest
// that merges the notices again never undoes them. Pure.

export type PartyRole = "respondent" | "complainant";
export type CaseParty = { name: string; location: string | null; corrected?: boolean };
export type CaseParties = { respondents: CaseParty[]; complainants: CaseParty[] };

export type PartyCorrection = {
  role: string;
  /** add | remove | fix */
  action: string;
  /** the name as extracted (remove, fix) */
  previousName: string | null;
  /** the corrected or added name (add, fix) */
  name: string | null;
  location: string | null;
};

const key = (name: string) => name.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** Respondents as stored on items and cases: a JSON array of {name, location}; anything else is no party. */
export function readParties(json: string | null | undefined): CaseParty[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((v: unknown): CaseParty[] => {
      // Complainants are stored as plain names.
      if (typeof v === "string") return v.trim() ? [{ name: v, location: null }] : [];
      const p = v as { name?: unknown; location?: unknown } | null;
      return p && typeof p.name === "string" && p.name.trim() ? [{ name: p.name, location: typeof p.location === "string" ? p.location : null }] : [];
    });
  } catch {
    return [];
  }
}

/** Parties of several notices by name (case- and width-insensitive); the first stated location is kept. */
export function mergeParties(...lists: CaseParty[][]): CaseParty[] {
  const out: CaseParty[] = [];
  const at = new Map<string, number>();
  for (const list of lists) {
    for (const p of list) {
      const k = key(p.name);
      const i = at.get(k);
      if (i === undefined) {
        at.set(k, out.length);
        out.push({ name: p.name, location: p.location });
      } else if (!out[i].location && p.location) {
        out[i] = { ...out[i], location: p.location };
      }
    }
  }
  return out;
}

/** Whether a correction can apply: remove and fix name a party the list has. */
export function correctionApplies(list: readonly CaseParty[], c: PartyCorrection): boolean {
  if (c.action === "add") return Boolean(c.name?.trim());
  const k = c.previousName ? key(c.previousName) : "";
  return list.some((p) => key(p.name) === k) && (c.action === "remove" || Boolean(c.name?.trim()));
}

function applyOne(list: CaseParty[], c: PartyCorrection): CaseParty[] {
  if (c.action === "add") {
    if (!c.name?.trim()) return list;
    const k = key(c.name);
    const rest = list.filter((p) => key(p.name) !== k);
    return [...rest, { name: c.name.trim(), location: c.location?.trim() || null, corrected: true }];
  }
  const k = c.previousName ? key(c.previousName) : "";
  if (c.action === "remove") return list.filter((p) => key(p.name) !== k);
  if (c.action === "fix" && c.name?.trim()) {
    return list.map((p) => (key(p.name) === k ? { name: c.name!.trim(), location: c.location?.trim() || p.location, corrected: true } : p));
  }
  return list;
}

/** The parties with every correction applied, oldest first. */
export function applyCorrections(parties: CaseParties, corrections: readonly PartyCorrection[]): CaseParties {
  let { respondents, complainants } = parties;
  for (const c of corrections) {
    if (c.role === "respondent") respondents = applyOne(respondents, c);
    else if (c.role === "complainant") complainants = applyOne(complainants, c);
  }
  return { respondents, complainants };
}
