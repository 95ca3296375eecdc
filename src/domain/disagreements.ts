// Where the sources of one deal disagree (issue 13, item 4). The deal shows one figure per
// field (the latest source that gives it: sources.ts); the others stay visible here, so an
// analyst sees that "$1bn" and "$1.05bn" were both reported, and by whom.
//
// Two values disagree when they cannot both be right at the precision given: different
// amounts or currencies; dates neither of which contains the other ("2024" contains
// "2024-05": no disagreement); investor lists neither of which contains the other (a
// source naming fewer investors, "and others", is not contradicting one naming more).
// A source that leaves a field out says nothing about it.

/** What one source says of a deal (its SOURCED_FROM relationship), as the disagreements read it. */
export interface DealStatement {
  articleId: string;
  kind: string | null;
  status: string | null;
  stage: string | null;
  amount: { value: number; currency: string } | null;
  valuation: { value: number; currency: string } | null;
  stakePercent: number | null;
  announcedOn: string | null;
  investorIds: string[];
}

export const DISAGREEMENT_FIELDS = ["KIND", "STATUS", "STAGE", "AMOUNT", "VALUATION", "STAKE", "ANNOUNCED_ON", "INVESTORS"] as const;
export type DisagreementField = (typeof DISAGREEMENT_FIELDS)[number];

/** One field the sources disagree on: each value given (as text), with the articles giving it, most given first. */
export interface Disagreement {
  field: DisagreementField;
  values: Array<{ value: string; articleIds: string[] }>;
}

const money = (m: DealStatement["amount"]) => (m ? `${m.value} ${m.currency}` : null);
const contains = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
const nested = (a: string, b: string) => {
  const [x, y] = [a.split(","), b.split(",")];
  return x.every((i) => y.includes(i)) || y.every((i) => x.includes(i));
};

/** How each field reads a statement, and whether two of its values can both be right. */
const FIELDS: Record<DisagreementField, { read: (s: DealStatement) => string | null; compatible: (a: string, b: string) => boolean }> = {
  KIND: { read: (s) => s.kind, compatible: (a, b) => a === b },
  STATUS: { read: (s) => s.status, compatible: (a, b) => a === b },
  STAGE: { read: (s) => s.stage, compatible: (a, b) => a === b },
  AMOUNT: { read: (s) => money(s.amount), compatible: (a, b) => a === b },
  VALUATION: { read: (s) => money(s.valuation), compatible: (a, b) => a === b },
  STAKE: { read: (s) => (s.stakePercent === null ? null : String(s.stakePercent)), compatible: (a, b) => a === b },
  ANNOUNCED_ON: { read: (s) => s.announcedOn, compatible: contains },
  INVESTORS: { read: (s) => (s.investorIds.length ? [...s.investorIds].sort().join(",") : null), compatible: nested },
};

/**
 * The fields on which some two sources give values that cannot both be right, in
 * DISAGREEMENT_FIELDS order; none when the sources agree or leave fields out.
 *
 * @example disagreements([{ ...a, amount: { value: 1e9, currency: "USD" } }, { ...b, amount: { value: 1.05e9, currency: "USD" } }])
 *   // [{ field: "AMOUNT", values: [{ value: "1000000000 USD", articleIds: ["a"] }, { value: "1050000000 USD", articleIds: ["b"] }] }]
 */
export function disagreements(statements: readonly DealStatement[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const field of DISAGREEMENT_FIELDS) {
    const { read, compatible } = FIELDS[field];
    const byValue = new Map<string, string[]>();
    for (const s of statements) {
      const value = read(s);
      if (value !== null) byValue.set(value, [...(byValue.get(value) ?? []), s.articleId]);
    }
    const values = [...byValue.keys()];
    const clash = values.some((a, i) => values.slice(i + 1).some((b) => !compatible(a, b)));
    if (clash) {
      out.push({
        field,
        values: [...byValue].map(([value, articleIds]) => ({ value, articleIds: articleIds.sort() })).sort((x, y) => y.articleIds.length - x.articleIds.length || x.value.localeCompare(y.value)),
      });
    }
  }
  return out;
}
