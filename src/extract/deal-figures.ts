// What a deal's sentence says besides who and whom: the amount, valuation and stake, the
// date, the status, the kind those figures settle, and the deal's final confidence.
import type { MoneyMention, PercentMention } from "./amounts.js";
import { between, dateNear, type SentenceFacts } from "./clauses.js";
import { clamp, DEAL, ENTITY } from "./confidence.js";
import { type DateMention, proposedDate, publicationMonth } from "./dates.js";
import { type RoundStageName, STAGED_KIND } from "../domain/vocabulary.js";
import { CONVERSION, type Cues, FIRST_ANNOUNCED, PRE_MONEY, STAGE_PATTERNS } from "./deal-patterns.js";
import type { DealContext, DealProposal, ProposedMoney } from "./deal-types.js";
import type { EntityMention } from "./entity-types.js";

/**
 * Amounts, stake, date, status and kind from the sentence (and the two after the evidence,
 * `after`; the stage also from the evidence's later sentences, `within`: "... The Series F
 * round was led by X"); the final confidence.
 */
export function finish(p: DealProposal, s: SentenceFacts, after: SentenceFacts[], ctx: DealContext, cues: Cues, within: SentenceFacts[] = []): void {
  readMoney(p, s, ctx, cues);
  readDate(p, s, ctx);
  const [next, second] = after;
  if (next && continuesDeal(p, next, cues)) readNextSentence(p, next, ctx, cues);
  // "... Ses actionnaires historiques ont remis au pot. Le tour de table valorise la société 2 milliards": one sentence further, for the valuation.
  else if (next && second && !p.valuation && !next.mentions.some((m) => otherCompany(p, m)) && valuationAbout(p, second, cues)) readNextSentence(p, second, ctx, cues);
  // Buying a whole company at a valuation is paying that much.
  if (!p.amount && p.valuation && p.kind === "ACQUISITION") {
    p.amount = { ...p.valuation };
    p.notes.push("amount taken from the valuation of a whole company bought");
  }
  if (p.amount) p.confidence += DEAL.withAmount;
  else p.notes.push("no amount in the sentence");
  if (!p.announcedOn && !cues.earlier.test(s.sentence.flat)) p.announcedOn = publicationMonth(ctx.published);
  if (!p.announcedOn) p.notes.push("an earlier deal with no date: add announcedOn if known");
  settleKind(p, s, cues);
  if (p.kind === STAGED_KIND) for (const x of [s, ...within]) if (!p.stage) readStage(p, x);
  readStatus(p, s.sentence.flat, cues);
  score(p);
}

/**
 * A funding round's stage, when the sentence names one ("a $1 billion Series F", "sa série
 * B"): the one nearest the deal's verb ("X, which raised a Series A in 2021, has now raised
 * $40 million in a Series B"); at equal distance, the more specific pattern.
 */
function readStage(p: DealProposal, s: SentenceFacts): void {
  let best: { value: RoundStageName; text: string; distance: number } | undefined;
  const covered: Array<[number, number]> = [];
  for (const [stage, pattern] of STAGE_PATTERNS) {
    for (const m of s.sentence.flat.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const start = s.sentence.start + m.index;
      const end = start + m[0].length;
      // "pre-seed" holds "seed": a match inside a more specific one does not count.
      if (covered.some(([a, b]) => start < b && a < end)) continue;
      covered.push([start, end]);
      const distance = start >= p.anchor ? start - p.anchor : p.anchor - end;
      if (best && best.distance <= distance) continue;
      best = { value: stage === "SERIES" ? (`SERIES_${m[1]!.toUpperCase()}` as RoundStageName) : stage, text: m[0], distance };
    }
  }
  if (best) p.stage = { value: best.value, text: best.text };
}

/** The sentence's amounts that are a deal's: not revenue ("revenue of $2B"), not a price per share, not a conversion of another. */
function usableMoney(x: SentenceFacts, cues: Cues): MoneyMention[] {
  return x.money.filter((m, i) => {
    const before = between(x, x.sentence.start, m.start).slice(-60);
    // "$335 million (près de 300 millions d'euros)": the same sum in another currency; "$157 a share, or about $28 billion" is not.
    const prev = x.money[i - 1];
    const conversion = prev !== undefined && prev.currency !== m.currency && CONVERSION.test(before);
    return !cues.notAmount.test(before) && !conversion && !cues.perShare.test(between(x, m.end, x.sentence.end));
  });
}

// After the sum: "$5 billion valuation", "the $2.2 billion the company was valued at", "les 2 milliards auxquels elle était valorisée".
const VALUED_AFTER = /^\s*(?:valuation|de\s+valorisation|post-money|pre-money|(?:that\s+|which\s+)?(?:the\s+(?:[\p{Ll}-]+\s+)?(?:company|start-?up|firm|group|business)|it)\s+(?:was|had\s+been|is)\s+(?:last\s+|previously\s+)?valued\s+at|(?:auxquels?|à\s+laquelle|auxquelles)\s+(?:la\s+(?:soci[ée]t[ée]|start-?up|jeune\s+pousse)|l'entreprise|le\s+groupe|elle|il)\s+(?:[ée]tait|avait\s+[ée]t[ée])\s+(?:alors\s+)?valoris[ée]e?)/iu;

function isValuation(x: SentenceFacts, m: MoneyMention, cues: Cues): boolean {
  return cues.valuation.test(between(x, x.sentence.start, m.start).slice(-80)) || VALUED_AFTER.test(between(x, m.end, x.sentence.end));
}

/** The amount and the valuation of the sentence; a pre-money valuation made post-money. */
function readMoney(p: DealProposal, s: SentenceFacts, ctx: DealContext, cues: Cues): void {
  const money = usableMoney(s, cues);
  const valuation = money.find((m) => isValuation(s, m, cues));
  const amount = money.find((m) => m !== valuation);
  if (amount) p.amount = proposedMoney(amount, ctx, p.notes);
  if (valuation) p.valuation = proposedMoney(valuation, ctx, p.notes);
  if (valuation && p.amount && PRE_MONEY.test(between(s, Math.max(s.sentence.start, valuation.start - 40), valuation.end + 20))) {
    // The format's valuation is post-money: pre-money plus the amount raised.
    p.valuation = { ...p.valuation!, value: p.valuation!.value + (p.amount.currency === p.valuation!.currency ? p.amount.value : 0) };
    p.notes.push(`"${valuation.text}" is pre-money: the valuation written is pre-money plus the amount`);
  }
}

/**
 * When: a date of the sentence near the verb (the publication month comes later, in
 * finish, unless the sentence looks back). A date far from the verb is about something
 * else ("founded in 2020 by ..., who sold it to ..."); a day after publication is not it.
 */
const WHEN_CLAUSE = /^\s*,\s*(?:when|as|lorsqu'|lorsque|quand|où)\s*(?:it|they|il|elle|elles|ils)?\s+(?:\p{L}+\s+){0,2}$/iu;

function readDate(p: DealProposal, s: SentenceFacts, ctx: DealContext): void {
  const near = (d: { start: number; end: number }) => Math.min(Math.abs(d.start - p.anchor), Math.abs(d.end - p.anchor)) <= 100;
  const usable = (d: DateMention) => near(d) && (d.precision !== "day" || ctx.published.length < 10 || d.date <= ctx.published);
  // "... valued at last June, when it closed a round": the clause "when ..." is about the date before its comma.
  const when = s.dates.filter((d) => d.end <= p.anchor && usable(d) && WHEN_CLAUSE.test(between(s, d.end, p.anchor))).pop();
  const date = dateNear(s, p.anchor, usable) ?? when;
  if (date) p.announcedOn = proposedDate(date);
}

/**
 * Whether the next sentence goes on about the same deal, with figures still missing: "The
 * all-cash deal was announced in January 2022.", "Le montant ... environ 700 millions de
 * dollars"; not when it names another company.
 */
function continuesDeal(p: DealProposal, next: SentenceFacts, cues: Cues): boolean {
  if (next.sentence.heading) return false;
  if ((!p.amount || !p.announcedOn || FIRST_ANNOUNCED.test(next.sentence.flat)) && cues.continuation.test(next.sentence.flat) && !next.mentions.some((m) => otherCompany(p, m))) return true;
  return !p.valuation && !!valuationAbout(p, next, cues);
}

const otherCompany = (p: DealProposal, m: EntityMention) => m.entity !== p.target && !p.investors.includes(m.entity) && m.entity.type === "Company";
// Where the clause of a valuation starts: after the last comma, colon or "that"/"que".
const CLAUSE_START = /.*(?:[,;:]|(?<![\p{L}])(?:that|que|qu'))/su;

/**
 * A valuation in the next sentence that is the deal's: "Le tour de table valorise la société
 * 2 milliards", "the round valued SSI at $5 billion", "L'éditeur ... est désormais valorisé
 * 3,7 milliards": no other company named before it in the sentence, and the sentence about
 * the deal (its words), the target (named) or a company described ("L'éditeur", "the start-up").
 */
function valuationAbout(p: DealProposal, next: SentenceFacts, cues: Cues): MoneyMention | undefined {
  const m = usableMoney(next, cues).find((x) => isValuation(next, x, cues));
  if (!m) return undefined;
  const whole = between(next, next.sentence.start, m.start);
  const clause = next.sentence.start + (CLAUSE_START.exec(whole)?.[0].length ?? 0);
  if (next.mentions.some((x) => x.start >= clause && x.start < m.start && otherCompany(p, x))) return undefined;
  const before = between(next, clause, m.start);
  const aboutIt = cues.continuation.test(before) || p.target.mentions.some((x) => x.start >= next.sentence.start && x.end <= m.start) || cues.pronounSubject.test(before) || cues.describedSubject.test(before);
  return aboutIt ? m : undefined;
}

/** The figures the sentence lacked, from the next one; the evidence then spans both. */
function readNextSentence(p: DealProposal, next: SentenceFacts, ctx: DealContext, cues: Cues): void {
  const more = usableMoney(next, cues).filter((m) => !isValuation(next, m, cues));
  const moreValuation = usableMoney(next, cues).find((m) => isValuation(next, m, cues));
  const announced = /(?<![\p{L}])(?:announc\p{L}*|annonc\p{L}*|signed|sign[ée]e?|unveiled|d[ée]voil[ée]e?|agreed|conclu\p{L}*)(?![\p{L}])/iu.test(next.sentence.flat);
  const moreDate = announced ? next.dates.find((d) => d.precision !== "day" || d.date <= ctx.published) : undefined;
  // "The deal, first announced in August 2022, ...": that date is the deal's, over the day of the news.
  if (moreDate && FIRST_ANNOUNCED.test(next.sentence.flat) && p.announcedOn && p.announcedOn.date > moreDate.date) {
    p.announcedOn = proposedDate(moreDate);
    p.evidence.end = Math.max(p.evidence.end, next.sentence.end);
    p.reasons.push("announced first as the next sentence says");
  }
  let used = false;
  if (!p.amount && more[0]) {
    p.amount = proposedMoney(more[0], ctx, p.notes);
    used = true;
  }
  if (!p.valuation && moreValuation) {
    p.valuation = proposedMoney(moreValuation, ctx, p.notes);
    used = true;
  }
  if (!p.announcedOn && moreDate) {
    p.announcedOn = proposedDate(moreDate);
    used = true;
  }
  if (used) {
    p.evidence.end = Math.max(p.evidence.end, next.sentence.end);
    p.reasons.push("figures from the next sentence");
  }
}

// A company raising money ("Y raised $N from X", "Y a levé"): a round, even with one investor
// named; not "Y received an investment from X", which may be a stake.
const RAISED = /^(?:rais(?:e|es|ed|ing)|(?:a\s+|ont\s+)?l[èe]v(?:e|ent|é|er|era))(?![\p{L}])/iu;

// Another round than this deal: "converted into shares at its next round", "lors de sa prochaine levée de fonds".
const OTHER_ROUND = /(?<![\p{L}])(?:next|previous|last|upcoming|future|earlier|prochaine?|pr[ée]c[ée]dente?|derni[èe]re?|future?)\s+(?:funding\s+round|round|financing|fundraise|lev[ée]e(?:\s+de\s+fonds)?|tour(?:\s+de\s+table)?)(?![\p{L}])/giu;

/** Kind: a share bought is a stake; one investor putting money in, outside a round, too; a licence is not a purchase. */
function settleKind(p: DealProposal, s: SentenceFacts, cues: Cues): void {
  const flat = s.sentence.flat;
  const stake = pickStake(s, p, cues);
  if (stake) {
    p.stake = { value: stake.value, text: stake.text, approximate: stake.approximate };
    if (p.kind === "ACQUISITION" || p.kind === "FUNDING_ROUND") p.kind = stake.value < 100 ? "EQUITY_STAKE" : "ACQUISITION";
    if (stake.approximate) p.notes.push(`stake from "${stake.text}": check the exact figure`);
  } else if (p.kind === "ACQUISITION" && /stake|participation|part(?:s)?\s+(?:de|du)/iu.test(flat)) {
    p.kind = "EQUITY_STAKE";
  } else if (p.kind === "FUNDING_ROUND" && p.investors.length === 1 && !p.otherInvestors && !p.leads.length && !RAISED.test(between(s, p.anchor, s.sentence.end)) && !cues.roundWord.test(flat.replace(OTHER_ROUND, " "))) {
    p.kind = "EQUITY_STAKE";
  }
  if (p.kind === "ACQUISITION" && /licen[cs]/iu.test(flat) && !p.stake) {
    p.kind = "LICENSE_AND_HIRE";
    p.notes.push("a licence deal: LICENSE_AND_HIRE when the team is hired too, else say what it is");
  }
}

function readStatus(p: DealProposal, flat: string, cues: Cues): void {
  if (cues.terminated.test(flat)) p.status = "TERMINATED";
  else if (cues.rumor.test(flat)) p.status = "RUMORED";
  else if (cues.completed.test(flat)) p.status = "COMPLETED";
}

/** The last steps of a deal's confidence (confidence.ts says why each), clamped. */
function score(p: DealProposal): void {
  if (!p.investors.length) {
    // The format needs an investor: such a proposal can only be a commented-out hint.
    p.confidence = Math.min(p.confidence, DEAL.noInvestorCap);
    p.notes.push("no investor named: add one");
  }
  const weakest = Math.min(p.target.confidence, ...p.investors.map((e) => e.confidence));
  if (weakest < ENTITY.weak) p.confidence += DEAL.weakName;
  if (p.status === "RUMORED" || p.status === "TERMINATED") p.confidence += DEAL.uncertainStatus;
  p.confidence = clamp(p.confidence);
}

function proposedMoney(m: MoneyMention, ctx: DealContext, notes: string[]): ProposedMoney {
  if (m.currency) return { value: m.value, currency: m.currency, text: m.text };
  notes.push(`"${m.text}" gives no currency: ${ctx.defaultCurrency} assumed`);
  return { value: m.value, currency: ctx.defaultCurrency, text: m.text, assumed: true };
}

// A clause with its own subject: ", and the US government ...", "; l'État ...".
const OTHER_SUBJECT = /(?:[,;]\s*(?:and|et|while|whereas|tandis\s+qu[e']|alors\s+qu[e'])|;)\s*(?:the\s+|le\s+|la\s+|les\s+|l')?(?=\p{Lu})/gu;

/**
 * The stake: a percentage next to a stake word ("une participation de 49 %", "a 49%
 * stake") beats a fraction ("la moitié de Scale AI"); a percentage about something else
 * ("4,3 % de ses talents", "a premium of 31%") is not a stake.
 */
function pickStake(s: SentenceFacts, p: DealProposal, cues: Cues): PercentMention | undefined {
  const near = (pc: PercentMention) => {
    const before = between(s, Math.max(s.sentence.start, pc.start - 40), pc.start);
    const after = between(s, pc.end, Math.min(s.sentence.end, pc.end + 40));
    const targetAfter = p.target.mentions.some((m) => m.start >= pc.end && m.start - pc.end < 25);
    return cues.stakeWord.test(before) || cues.stakeWord.test(after) || targetAfter || /^\s*(?:of|de|du|d')\s+(?:the\s+company|l'entreprise|la\s+soci[ée]t[ée]|it|its|la\s+start-?up)/iu.test(after);
  };
  // "X agreed to buy shares, and the US government converted grants into a 10% stake": another subject's clause.
  const otherClause = (pc: PercentMention) => {
    if (pc.start <= p.anchor) return false;
    const gap = between(s, p.anchor, pc.start);
    for (const c of gap.matchAll(OTHER_SUBJECT)) {
      const at = p.anchor + c.index + c[0].length;
      const who = s.mentions.find((m) => m.start >= at && m.start - at < 4);
      if (!who || (who.entity !== p.target && !p.investors.includes(who.entity))) return true;
    }
    return false;
  };
  const candidates = s.percents.filter((pc) => near(pc) && !otherClause(pc));
  return candidates.find((c) => !c.approximate) ?? candidates[0];
}
