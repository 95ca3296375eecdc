// The deal list's totalCount (investments(where: {kind, minUsd, announcedFrom})) counted
// from one index: kind, then amount, then date, so the count reads index entries only,
// no node. 1M generated deals: 550-1,100 ms per count before, 52-168 ms after
// (docs/benchmarks.md). The rows of a page sorted by amount keep the amount index, in
// order (src/store/deals/deals.store.ts).
CREATE INDEX investment_kind_amount_announced IF NOT EXISTS FOR (n:Investment) ON (n.kind, n.amountUsd, n.announcedOn);
