// The one shape of every per-request DataLoader here: a batch of parent ids, one query,
// a value per id.
import DataLoader from "dataloader";

/**
 * A DataLoader over `fetch`, which gets the distinct ids of one batch and returns what
 * it found for them in one query; ids it did not find get `missing()`.
 *
 * @example
 *   const byTarget = keyedLoader((ids) => repo.investmentsByTargets(db, ids), () => []);
 *   await byTarget.load("scale-ai"); // InvestmentRecord[]
 */
export function keyedLoader<V>(fetch: (ids: string[]) => Promise<Map<string, V>>, missing: () => V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const found = await fetch([...ids]);
    return ids.map((id) => (found.has(id) ? found.get(id)! : missing()));
  });
}

/** Rows of `{ id, items }` (one per parent id) as a map of mapped lists. */
export function groupRows<T>(rows: Array<Record<string, unknown>>, toItem: (value: unknown) => T): Map<string, T[]> {
  return new Map(rows.map((r) => [String(r.id), Array.isArray(r.items) ? r.items.map(toItem) : []]));
}
