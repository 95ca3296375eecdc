// Where an evidence passage stands in an article's body, any run of white space in one
// matching any run in the other: the one rule the drafts API (highlighting, checks) and
// the inbox view (a reviewer's typed or selected evidence) place passages by.

export interface Passage {
  start: number;
  end: number;
}

/** The first place `body` holds `evidence`, white space aside; null when it does not (or `evidence` is blank). */
export function passageOf(body: string, evidence: string): Passage | null {
  const words = evidence.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const m = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "u").exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
