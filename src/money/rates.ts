// Yearly average exchange rates, as US dollars per one unit of each currency.
//
// Source: Board of Governors of the Federal Reserve System, statistical release G.5A
// "Foreign Exchange Rates (Annual)" (https://www.federalreserve.gov/releases/g5a/), the same
// figures FRED serves as the annual series named `fred` below (AEXUSEU, AEXJPUS, ...). Each
// figure is the average over the year of the daily noon buying rates in New York City for cable
// transfers, certified for customs purposes by the Federal Reserve Bank of New York.
//
// Convention: G.5A quotes EUR, GBP, AUD and NZD as US dollars per unit (marked "usd-per-unit"
// below) and every other currency as units per US dollar ("units-per-usd"). The table below keeps
// each figure exactly as the Fed publishes it (4 decimals), so a row can be checked against the
// release line by line; USD_PER_UNIT then inverts the units-per-usd quotes (1 / quote, rounded to
// 6 significant digits) and passes the usd-per-unit ones through unchanged.
//
// Accuracy: the 2015 and 2017-2023 figures were checked against the Fed's own G.5A release pages;
// 2016, 2024 and 2025 come from the FRED copies of the same series (the Fed revises a year
// slightly after its first annual release; these are the revised figures). No figure is an
// estimate or interpolated: a currency or year the Fed has not published is simply absent, and
// toUsd() then answers null.
//
// Coverage: 2015 through 2025 (RATES_YEARS), every year for every currency listed: every G.5A
// currency except the Sri Lankan rupee (LKR, left out as unused here) and the Venezuelan bolivar
// (several redenominations, no usable annual average). The Israeli shekel (ILS) and any currency
// not in G.5A are not covered: amounts in them get `usd: null`.
//
// 2026 and later: the 2026 annual average is not published yet (G.5A comes out in early January
// for the year just ended), so amounts dated 2026 or later get `usd: null` until the table is
// updated. To update: once the Fed publishes G.5A for year Y, append Y's figure to every row of
// G5A_ANNUAL exactly as printed in the release (units per dollar or dollars per unit, as that row
// says), re-check the previous year's figures against the release (they are sometimes revised),
// and set LAST to Y. The load-time check below refuses a row whose length does not match.

/** How G.5A quotes a currency: dollars per unit (EUR, GBP, AUD, NZD) or units per dollar (the rest). */
type Quote = "usd-per-unit" | "units-per-usd";

interface PublishedSeries {
  /** FRED's id for the G.5A annual series. */
  readonly fred: string;
  readonly quote: Quote;
  /** One figure per year, FIRST..LAST in order, exactly as published. */
  readonly values: readonly number[];
}

const FIRST = 2015;
const LAST = 2025;

export const RATES_SOURCE =
  "Federal Reserve Board, G.5A Foreign Exchange Rates (Annual): yearly averages of daily noon buying rates in New York (FRED series AEX*)";

export const RATES_YEARS: { readonly first: number; readonly last: number } = Object.freeze({ first: FIRST, last: LAST });

/** G.5A annual averages as published; columns are the years 2015, 2016, ..., 2025. */
export const G5A_ANNUAL: Readonly<Record<string, PublishedSeries>> = Object.freeze({
  //                                              2015       2016       2017       2018       2019       2020       2021       2022       2023       2024       2025
  EUR: { fred: "AEXUSEU", quote: "usd-per-unit", values: [1.1096,    1.1072,    1.1301,    1.1817,    1.1194,    1.141,     1.183,     1.0534,    1.0817,    1.082,     1.1306] },
  GBP: { fred: "AEXUSUK", quote: "usd-per-unit", values: [1.5284,    1.3555,    1.289,     1.3363,    1.2768,    1.2829,    1.3764,    1.2371,    1.244,     1.2781,    1.3192] },
  AUD: { fred: "AEXUSAL", quote: "usd-per-unit", values: [0.7522,    0.7445,    0.7671,    0.7481,    0.6952,    0.6899,    0.7515,    0.6951,    0.6644,    0.6597,    0.645] },
  NZD: { fred: "AEXUSNZ", quote: "usd-per-unit", values: [0.7001,    0.6976,    0.7111,    0.6929,    0.6591,    0.6498,    0.7074,    0.6361,    0.6143,    0.605,     0.5822] },
  JPY: { fred: "AEXJPUS", quote: "units-per-usd", values: [121.0491, 108.6569,  112.0986,  110.3974,  109.0188,  106.7754,  109.8429,  131.4589,  140.5001,  151.4551,  149.5686] },
  CNY: { fred: "AEXCHUS", quote: "units-per-usd", values: [6.2827,   6.64,      6.7569,    6.609,     6.9081,    6.9042,    6.4508,    6.729,     7.0809,    7.1957,    7.1875] },
  CHF: { fred: "AEXSZUS", quote: "units-per-usd", values: [0.9628,   0.9848,    0.9842,    0.9784,    0.9937,    0.9389,    0.9144,    0.955,     0.8984,    0.8808,    0.8305] },
  CAD: { fred: "AEXCAUS", quote: "units-per-usd", values: [1.2791,   1.3243,    1.2984,    1.2957,    1.3269,    1.3422,    1.2533,    1.3014,    1.3494,    1.3699,    1.3973] },
  INR: { fred: "AEXINUS", quote: "units-per-usd", values: [64.1073,  67.1572,   65.0659,   68.3734,   70.3777,   74.1429,   73.9351,   78.5792,   82.5708,   83.6566,   87.1468] },
  KRW: { fred: "AEXKOUS", quote: "units-per-usd", values: [1130.9603, 1159.3422, 1129.0435, 1099.2926, 1165.8016, 1180.5554, 1144.8911, 1291.7796, 1306.7637, 1363.4381, 1421.3963] },
  SEK: { fred: "AEXSDUS", quote: "units-per-usd", values: [8.435,    8.5541,    8.543,     8.6945,    9.4604,    9.2167,    8.5812,    10.1177,   10.6089,   10.5744,   9.806] },
  NOK: { fred: "AEXNOUS", quote: "units-per-usd", values: [8.0681,   8.3936,    8.2679,    8.1318,    8.8001,    9.4283,    8.5955,    9.6138,    10.5659,   10.7574,   10.3852] },
  DKK: { fred: "AEXDNUS", quote: "units-per-usd", values: [6.7263,   6.7276,    6.5957,    6.3131,    6.6703,    6.543,     6.2897,    7.0786,    6.89,      6.8955,    6.6137] },
  HKD: { fred: "AEXHKUS", quote: "units-per-usd", values: [7.7524,   7.762,     7.7926,    7.8376,    7.8351,    7.7559,    7.7727,    7.8306,    7.8292,    7.803,     7.7956] },
  SGD: { fred: "AEXSIUS", quote: "units-per-usd", values: [1.3746,   1.38,      1.3802,    1.3486,    1.3641,    1.38,      1.3438,    1.3787,    1.3428,    1.3363,    1.3065] },
  TWD: { fred: "AEXTAUS", quote: "units-per-usd", values: [31.7443,  32.2264,   30.4016,   30.1294,   30.9049,   29.4568,   27.9366,   29.7963,   31.1525,   32.1064,   31.1663] },
  MYR: { fred: "AEXMAUS", quote: "units-per-usd", values: [3.9041,   4.1372,    4.2982,    4.0307,    4.1416,    4.2029,    4.1439,    4.3982,    4.5577,    4.5747,    4.2809] },
  THB: { fred: "AEXTHUS", quote: "units-per-usd", values: [34.2415,  35.2635,   33.9134,   32.3035,   31.0419,   31.307,    32.0052,   35.05,     34.7841,   35.2845,   32.8619] },
  BRL: { fred: "AEXBZUS", quote: "units-per-usd", values: [3.336,    3.4839,    3.191,     3.6513,    3.944,     5.1587,    5.3958,    5.1605,    4.9946,    5.3872,    5.5891] },
  MXN: { fred: "AEXMXUS", quote: "units-per-usd", values: [15.8735,  18.6674,   18.8841,   19.2179,   19.2469,   21.5462,   20.2844,   20.1208,   17.7334,   18.3062,   19.2052] },
  ZAR: { fred: "AEXSFUS", quote: "units-per-usd", values: [12.7645,  14.6821,   13.2943,   13.2255,   14.4475,   16.4932,   14.7751,   16.3598,   18.4535,   18.3346,   17.8782] },
});

function usdPerUnit(series: PublishedSeries, published: number): number {
  return series.quote === "usd-per-unit" ? published : Number((1 / published).toPrecision(6));
}

function build(): Record<string, Record<number, number>> {
  const table: Record<string, Record<number, number>> = {};
  for (const [code, series] of Object.entries(G5A_ANNUAL)) {
    if (series.values.length !== LAST - FIRST + 1) {
      throw new Error(`rates.ts: ${code} has ${series.values.length} yearly figures, expected ${LAST - FIRST + 1} (${FIRST}..${LAST})`);
    }
    const byYear: Record<number, number> = {};
    series.values.forEach((published, i) => {
      if (!(Number.isFinite(published) && published > 0)) throw new Error(`rates.ts: ${code} ${FIRST + i} is not a positive rate`);
      byYear[FIRST + i] = usdPerUnit(series, published);
    });
    table[code] = Object.freeze(byYear);
  }
  return Object.freeze(table);
}

/** US dollars per one unit of the currency, yearly average of the year (G.5A); absent = not published. */
export const USD_PER_UNIT: Record<string, Record<number, number>> = build();
