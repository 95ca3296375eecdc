// Whom generate.ts's stream reports on, and the one source of randomness that decides it:
// the companies, investors and people met so far (pools that grow as the stream goes on),
// the names they go by, and the ring of recent deals a later article may report again.
// Kept apart from the article writing so generate.ts reads as "one article, fact by fact".
import type { DealStatusName, InvestmentKindName, RoundStageName } from "../../domain/vocabulary.js";
import { rng } from "../synthetic.js";

// Prefix-free: no syllable starts another, so a concatenation reads back one way only.
const SYLLABLES = ["ka", "lo", "mi", "ra", "ven", "tor", "qua", "zen", "bri", "lux", "nor", "sol", "tek", "vio", "dra", "pix"];
const SUFFIXES = ["Labs", "AI", "Systems", "Robotics", "Networks", "Bio", "Cloud", "Data", "Capital", "Ventures"];
const FIRST = ["Ada", "Ben", "Chloé", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jun", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya"];
const COUNTRIES = ["US", "US", "US", "GB", "FR", "DE", "IL", "CA", "IN", "CN", "SG", "SE"];

/** A word spelled from `n`'s base-16 digits, one syllable each; distinct n, distinct words. */
function spell(n: number): string {
  let s = "";
  do {
    s = SYLLABLES[n % 16]! + s;
    n = Math.floor(n / 16);
  } while (n > 0);
  return s[0]!.toUpperCase() + s.slice(1);
}

export interface Company {
  /** Display name: the name the first article that names it uses. */
  name: string;
  short: string;
  former?: string;
  country: string;
  investor: boolean;
  /** Set by the first article that names it, as the ingest would: the slug of that name. */
  id?: string;
}

export interface Person {
  name: string;
  initials: string;
  id?: string;
  career: CareerStep[];
}

export interface CareerStep {
  company: Company;
  title: string;
  since: string;
  until?: string;
}

export type Investor = { company: Company } | { person: Person };

export interface PastDeal {
  target: Company;
  kind: InvestmentKindName;
  investors: Investor[];
  leads: Investor[];
  month: string;
  publishedOn: string;
  articleIndex: number;
  amount?: { value: number; currency: string };
  valuation?: { value: number; currency: string };
  stakePercent?: number;
  status?: DealStatusName;
  otherInvestors?: boolean;
  /** Varied streams only: the round's stage, which its first report may leave unsaid. */
  stage?: RoundStageName;
  stageUnsaid?: boolean;
  /** Set when the deal is remembered: its number in the stream, the truth of its reports. */
  serial?: number;
}

// Varied streams: a company's two new deals of one kind are at least this many months apart
// (real companies raise a round every 12-24 months); nearer, a re-report and a new deal
// would be two readings of one event that no source could tell apart.
const MIN_MONTHS_APART = 5;

/** A "YYYY-MM" month as a count of months, for distances between months. */
export const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

// Re-reports pick among the most recent deals: news follows news.
const RECENT = 4000;

/**
 * The stream's memory from one article to the next. Every random draw of the stream goes
 * through `r` (directly or through `pick` and `chance`), in the order the stream makes them:
 * that order is what makes a seed give the same articles.
 */
export class World {
  readonly r: () => number;
  readonly companies: Company[] = [];
  readonly targets: Company[] = [];
  readonly investors: Investor[] = [];
  readonly people: Person[] = [];
  /** A ring of the RECENT latest deals. */
  readonly recent: PastDeal[] = [];
  private recentNext = 0;
  private readonly keys = new Set<string>();
  private deals = 0;
  /** Varied streams only: each target's deals, to keep a company's new deals of one kind apart. */
  private readonly dealsOf = new Map<Company, PastDeal[]>();

  /** `varied`: the stream re-reports deals the way news does (generate.ts's header). */
  constructor(
    seed: number,
    readonly varied = false,
  ) {
    this.r = rng(seed);
    for (let i = 0; i < 12; i++) this.newCompany(true);
    for (let i = 0; i < 20; i++) this.newCompany(false);
    for (let i = 0; i < 10; i++) this.newPerson();
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }

  chance(p: number): boolean {
    return this.r() < p;
  }

  newCompany(investor: boolean): Company {
    const short = spell(this.companies.length + 16);
    const co: Company = {
      name: `${short} ${investor ? this.pick(["Capital", "Ventures", "Partners"]) : this.pick(SUFFIXES.slice(0, 8))}`,
      short,
      ...(this.chance(0.1) ? { former: `${short}works` } : {}),
      country: this.pick(COUNTRIES),
      investor,
    };
    this.companies.push(co);
    if (investor) this.investors.push({ company: co });
    else this.targets.push(co);
    return co;
  }

  newPerson(): Person {
    const surname = spell(this.people.length + 16);
    const first = this.pick(FIRST);
    const person: Person = { name: `${first} ${surname}`, initials: `${first[0]}. ${surname}`, career: [] };
    this.people.push(person);
    return person;
  }

  /** Heavy tail: u^2 puts half of all picks on the first quarter of the pool, the oldest. */
  heavyInvestor(): Investor {
    return this.investors[Math.floor(this.investors.length * this.r() ** 2)]!;
  }

  /**
   * Records a new deal under its deal key, among the recent ones; false, recording nothing,
   * when a deal already has that key (two new deals with one key would be one deal).
   */
  remember(deal: PastDeal, key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    deal.serial = this.deals++;
    if (this.varied) {
      const ofTarget = this.dealsOf.get(deal.target);
      if (ofTarget) ofTarget.push(deal);
      else this.dealsOf.set(deal.target, [deal]);
    }
    this.recent[this.recentNext] = deal;
    this.recentNext = (this.recentNext + 1) % RECENT;
    return true;
  }

  /** Whether `target` has a deal of `kind` fewer than MIN_MONTHS_APART months from `month` (varied streams only). */
  hasDealNear(target: Company, kind: InvestmentKindName, month: string): boolean {
    const at = monthNumber(month);
    return (this.dealsOf.get(target) ?? []).some((d) => d.kind === kind && Math.abs(monthNumber(d.month) - at) < MIN_MONTHS_APART);
  }
}
