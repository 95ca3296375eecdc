// What the extractor proposes for a deal, and the article context its readings need.
// Shared by deals.ts (who and whom), deal-figures.ts (figures, date, status), extract.ts
// and draft.ts; a leaf, so that those can import it without a cycle.
import type { DEAL_STATUSES, InvestmentKindName, RoundStageName } from "../domain/vocabulary.js";
import type { ProposedDate } from "./dates.js";
import type { FoundEntity } from "./entity-types.js";
import type { Lang, Span } from "./text.js";

export type DealKind = InvestmentKindName;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export interface ProposedMoney {
  value: number;
  currency: string;
  /** The words it was read from. */
  text: string;
  /** The text gives no currency; this one was assumed. */
  assumed?: boolean;
}

export interface DealProposal {
  kind: DealKind;
  investors: FoundEntity[];
  leads: FoundEntity[];
  otherInvestors: boolean;
  target: FoundEntity;
  amount?: ProposedMoney;
  valuation?: ProposedMoney;
  stake?: { value: number; text: string; approximate: boolean };
  announcedOn?: ProposedDate;
  status?: DealStatus;
  /** A funding round's stage and the words that gave it ("Series F", "série B"). */
  stage?: { value: RoundStageName; text: string };
  /** The sentence(s) stating it. */
  evidence: Span;
  /** Where its verb is: the date nearest to it is the deal's. */
  anchor: number;
  /**
   * The rules that read it: the verb's pattern ("deal.en.raised", deal-patterns.ts), then
   * those that found its investors ("investors.en.took-part", deals.ts), joined by "+".
   */
  rule: string;
  confidence: number;
  reasons: string[];
  /** What the reviewer should check. */
  notes: string[];
}

export interface DealContext {
  lang: Lang;
  /** The publication date, the default announcement date. */
  published: string;
  /** Currency of bare amounts ("1 milliard"): the text's most frequent, or USD. */
  defaultCurrency: string;
  /** The article's first-named company: what "il", "le groupe" fall back to. */
  firstCompany?: FoundEntity;
  /** The target of the article's last round read so far: what "la société avait alors obtenu..." falls back to first. */
  lastRoundTarget?: FoundEntity;
  /** The target of the article's last deal read so far: what "en la rachetant" stands for first. */
  lastTarget?: FoundEntity;
}
