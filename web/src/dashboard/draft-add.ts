// Facts a reviewer adds to a draft (what the extractor missed): a company or person, a
// deal, a role. Each is accepted from the start, with the rule "reviewer" and confidence 1
// (as the API records a key it has not seen), and may be removed again until the draft is
// saved; after that it is a fact like the others, rejected rather than removed.
import { STAGED_KIND } from "../../../src/domain/vocabulary.js";
import type { DraftDeal, DraftEntity, DraftRole, EditableDraft, EntityKind } from "./draft-model.js";

export const REVIEWER_RULE = "reviewer";

/** A key no fact of the draft has: "added-deal-1", "added-deal-2"… */
function freshKey(d: EditableDraft, what: string): string {
  const used = new Set([...d.entities, ...d.deals, ...d.roles].map((f) => f.key));
  let n = 1;
  while (used.has(`added-${what}-${n}`)) n++;
  return `added-${what}-${n}`;
}

const added = { confidence: 1, rule: REVIEWER_RULE, decision: "ACCEPTED" as const };

/** The key of the first entity of `type` not rejected (a sensible first choice for a select), else "". */
function first(d: EditableDraft, type: EntityKind, not?: string): string {
  const ok = (e: DraftEntity) => e.type === type && e.decision !== "REJECTED" && e.key !== not;
  return d.entities.find(ok)?.key ?? "";
}

export function addEntity(d: EditableDraft, type: EntityKind = "Company"): DraftEntity {
  const e: DraftEntity = { key: freshKey(d, "entity"), ...added, type, name: "", aliases: [], kind: null, matchedId: null, matchedName: null, candidates: [], mentions: [] };
  d.entities.push(e);
  return e;
}

export function addDeal(d: EditableDraft): DraftDeal {
  const deal: DraftDeal = {
    key: freshKey(d, "deal"),
    ...added,
    kind: STAGED_KIND,
    target: first(d, "Company"),
    investors: [],
    leadInvestors: [],
    otherInvestors: false,
    amount: null,
    valuation: null,
    stakePercent: null,
    stage: null,
    status: null,
    announcedOn: null,
    evidence: "",
    evidenceSpan: null,
    notes: [],
  };
  d.deals.push(deal);
  return deal;
}

export function addRole(d: EditableDraft): DraftRole {
  const role: DraftRole = { key: freshKey(d, "role"), ...added, person: first(d, "Person"), company: first(d, "Company"), title: "", since: null, until: null, evidence: "", evidenceSpan: null, notes: [] };
  d.roles.push(role);
  return role;
}

/**
 * Removes fact `key` from the draft. An entity a deal or role still needs as its target,
 * person or company is kept, and the reason returned; as an investor it is simply untied.
 */
export function removeFact(d: EditableDraft, key: string, nameOf: (key: string) => string): string | null {
  if (d.entities.some((e) => e.key === key)) {
    const name = nameOf(key) || "This entity";
    if (d.deals.some((x) => x.target === key)) return `${name} is the target of a deal: choose another target or remove that deal first.`;
    if (d.roles.some((r) => r.person === key || r.company === key)) return `${name} holds or gives a role: change or remove that role first.`;
    for (const x of d.deals) {
      x.investors = x.investors.filter((k) => k !== key);
      x.leadInvestors = x.leadInvestors.filter((k) => k !== key);
    }
    d.entities = d.entities.filter((e) => e.key !== key);
    return null;
  }
  d.deals = d.deals.filter((x) => x.key !== key);
  d.roles = d.roles.filter((r) => r.key !== key);
  return null;
}
