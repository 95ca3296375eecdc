// US dollars per unit of each currency, yearly averages. Filled in by the money work
// (issue "Loading articles at scale"); until then only USD amounts convert.
export const USD_PER_UNIT: Record<string, Record<number, number>> = {};
