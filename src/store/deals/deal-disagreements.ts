// What each source says of a batch of deals, read for the disagreements among them
// (src/domain/disagreements.ts decides which fields disagree).
import { type DealStatement, type Disagreement, disagreements } from "../../domain/disagreements.js";
import { keyedLoader, LIST_MAX, type Reader, readQuery, row } from "../common/index.js";
import { num, str, toMoney } from "../common/index.js";

const STATEMENTS = readQuery(`// investment.statementsByIds
UNWIND $ids AS id
MATCH (:Investment {id: id})-[s:SOURCED_FROM]->(a:Article)
WITH id, a, s ORDER BY a.publishedOn DESC, a.id
// The newest LIST_MAX sources: as many as Investment.sources can show.
RETURN id, collect({
  articleId: a.id, kind: s.kind, status: s.status, stage: s.stage,
  amountValue: s.amountValue, amountCurrency: s.amountCurrency,
  valuationValue: s.valuationValue, valuationCurrency: s.valuationCurrency,
  stakePercent: s.stakePercent, announcedOn: s.announcedOn, investorIds: s.investorIds
})[..${LIST_MAX}] AS items`);

function toStatement(value: unknown): DealStatement {
  const r = row(value);
  return {
    articleId: String(r.articleId),
    kind: str(r.kind),
    status: str(r.status),
    stage: str(r.stage),
    // Read as every figure is (toMoney: a value the loader would refuse counts as none).
    amount: toMoney(r.amountValue, r.amountCurrency, null),
    valuation: toMoney(r.valuationValue, r.valuationCurrency, null),
    stakePercent: num(r.stakePercent),
    announcedOn: str(r.announcedOn),
    investorIds: Array.isArray(r.investorIds) ? r.investorIds.map(String) : [],
  };
}

/** A request's loader of the disagreements among each deal's sources, one query per batch of deals. */
export function disagreementsLoader(reader: Reader) {
  return keyedLoader(async (ids) => {
    const rows = await reader.read(STATEMENTS, { ids });
    return new Map(rows.map((r) => [String(r.id), disagreements((r.items as unknown[]).map(toStatement))]));
  }, (): Disagreement[] => []);
}
