// Deals from sentence patterns, in English and French: "X invests/acquires/buys Y",
// "X investit dans / rachète / s'offre Y", "Y raises/lève ... led by / mené par X",
// "Y was acquired by / a été racheté par X", "le rachat de Y par X", "X sold Y to Z".
// Each proposal keeps its sentence as evidence and a confidence with its reasons.
// The verbs and cues are in deal-patterns.ts; the figures, date, status and final
// confidence in deal-figures.ts; a proposal's shape in deal-types.ts; every confidence
// step is named in confidence.ts.
import { between, canBe, coordinatedFrom, dedupe, objectAfter, type SentenceFacts, settle, subjectBefore, type Trigger, triggers } from "./clauses.js";
import { DEAL } from "./confidence.js";
import { finish } from "./deal-figures.js";
import { CUES, type Cues, GENERIC_INVESTORS, GERUND_PRONOUN, INTO_THE_COMPANY, INVESTOR_TALK, MAKER_OF, PRONOUN_OBJECT, type Verb, VERBS } from "./deal-patterns.js";
import type { DealContext, DealKind, DealProposal } from "./deal-types.js";
import type { EntityMention, FoundEntity } from "./entity-types.js";
import { HONORIFICS } from "./lexicon.js";
import type { Lang } from "./text.js";

/**
 * The deals stated in one sentence, reading the sentences that follow (`following`, the
 * next three) when they name a round's investors (the next two) or give the deal's
 * figures (the two after its evidence). `previous` is
 * the sentence before, for "The company/Le groupe..." subjects.
 */
export function dealsInSentence(s: SentenceFacts, following: SentenceFacts[], previous: SentenceFacts | undefined, ctx: DealContext): DealProposal[] {
  if (s.sentence.heading) return [];
  const cues = CUES[ctx.lang];
  const found: Array<{ verb: Verb; id: string; t: Trigger; needsMoney: boolean }> = [];
  for (const p of VERBS[ctx.lang]) {
    for (const t of triggers(s, p.re)) {
      if (found.some((f) => t.start < f.t.end && f.t.start < t.end)) continue;
      found.push({ verb: p.verb, id: p.id, t, needsMoney: p.needsMoney ?? false });
    }
  }
  found.sort((a, b) => a.t.start - b.t.start);

  const proposals: DealProposal[] = [];
  for (const { verb, id, t, needsMoney } of found) {
    if (needsMoney && !s.money.some((m) => verb !== "raise" || m.start >= t.end)) continue;
    // "X, which raised a Series A in 2021, has now raised $40 million": the amount is the later verb's.
    const nextMoney = s.money.find((m) => m.start >= t.end);
    if (verb === "raise" && nextMoney && found.some((f) => (f.verb === "raise" || f.verb === "raiseNoun") && f.t.start > t.end && f.t.end <= nextMoney.start)) continue;
    for (const p of readDeal(verb, id, t, s, following, previous, ctx)) {
      const same = proposals.find((q) => q.target === p.target && (sameSet(q.investors, p.investors) || !p.investors.length || !q.investors.length));
      if (same) mergeInto(same, p);
      else proposals.push(p);
    }
  }
  for (const p of proposals) finish(p, s, following.filter((f) => f.sentence.start >= p.evidence.end).slice(0, 2), ctx, cues, following.filter((f) => f.sentence.end <= p.evidence.end));
  const round = proposals.findLast((p) => p.kind === "FUNDING_ROUND");
  if (round) ctx.lastRoundTarget = round.target;
  if (proposals.length) ctx.lastTarget = proposals[proposals.length - 1]!.target;
  return proposals;
}

/** Where a deal verb stands: its sentence, the sentences around it and the article's context. */
interface VerbSite {
  verb: Verb;
  t: Trigger;
  s: SentenceFacts;
  following: SentenceFacts[];
  previous: SentenceFacts | undefined;
  ctx: DealContext;
  cues: Cues;
}

/** What a verb's reading has found so far: who pays or invests, in whom, and how sure. */
interface Reading {
  investors: EntityMention[];
  leads: EntityMention[];
  target?: EntityMention;
  evidenceEnd: number;
  confidence: number;
  reasons: string[];
  /** The rules that found the investors, after the verb's ("investors.en.led-by"). */
  rules: string[];
  /** Companies bought together with the target ("purchases of Mipsology and Nod.ai"): a deal each. */
  alsoTargets: EntityMention[];
}

/** Reads the sides of a deal around its verb into `r`; false when the verb states no deal here. */
type Reader = (at: VerbSite, r: Reading) => boolean;

/** One reading per shape of sentence: active, passive, "X sold Y to Z", "the acquisition of Y by X", a round. */
const READERS: Record<Verb, Reader> = {
  passive: readPassive,
  participle: readParticiple,
  sell: readSale,
  nominal: readNominal,
  investNoun: readNominal,
  raise: readRound,
  raiseNoun: readRound,
  roundOf: readRoundOf,
  invest: readActive,
  pay: readActive,
  acquire: readActive,
  stake: readActive,
  license: readActive,
};

/** The deal a verb states: its sides read by the verb's reader, then settled as a proposal. */
function readDeal(verb: Verb, id: string, t: Trigger, s: SentenceFacts, following: SentenceFacts[], previous: SentenceFacts | undefined, ctx: DealContext): DealProposal[] {
  const at: VerbSite = { verb, t, s, following, previous, ctx, cues: CUES[ctx.lang] };
  const r: Reading = { investors: [], leads: [], target: undefined, evidenceEnd: s.sentence.end, confidence: DEAL.base, reasons: [`"${t.text.trim()}"`], rules: [], alsoTargets: [] };
  if (!READERS[verb](at, r)) return [];
  const target = r.target;
  if (!target || !canBe(target.entity, "Company")) return [];
  settle(target.entity, "Company");
  const investors = dedupe(r.investors).filter((m) => m.entity !== target.entity);
  const leads = dedupe(r.leads).filter((m) => investors.includes(m));
  const rest = investors.length ? between(s, investors[investors.length - 1]!.end, t.start) + between(s, t.end, s.sentence.end) : "";
  const p: DealProposal = {
    kind: KIND_OF_VERB[verb],
    investors: investors.map((m) => m.entity),
    leads: leads.map((m) => m.entity),
    otherInvestors: at.cues.others.test(rest) || ((verb === "raise" || verb === "raiseNoun") && at.cues.others.test(between(s, t.end, s.sentence.end))),
    target: target.entity,
    evidence: { start: s.sentence.start, end: r.evidenceEnd, text: "" },
    anchor: t.start,
    rule: [id, ...new Set(r.rules)].join("+"),
    confidence: r.confidence,
    reasons: r.reasons,
    notes: [],
  };
  // "AMD's purchases of Mipsology and Nod.ai", "acquired X and Y": one deal per company, when no amount is to share.
  const others = KIND_OF_VERB[verb] === "ACQUISITION" && !s.money.length ? coordinatedFrom(s, target).filter((m) => m !== target && canBe(m.entity, "Company") && !investors.includes(m)) : [];
  return [
    p,
    ...others.map((m) => ({ ...p, target: m.entity, investors: [...p.investors], leads: [...p.leads], evidence: { ...p.evidence }, rule: `${p.rule}+targets.${ctx.lang}.listed`, reasons: [...p.reasons, `listed with ${target.entity.name}`], notes: [] })),
  ];
}

/** The kind a verb suggests; the sentence's figures may change it (deal-figures.ts). */
const KIND_OF_VERB: Record<Verb, DealKind> = {
  license: "LICENSE_AND_HIRE",
  raise: "FUNDING_ROUND",
  raiseNoun: "FUNDING_ROUND",
  roundOf: "FUNDING_ROUND",
  invest: "FUNDING_ROUND",
  stake: "EQUITY_STAKE",
  acquire: "ACQUISITION",
  pay: "ACQUISITION",
  passive: "ACQUISITION",
  participle: "ACQUISITION",
  nominal: "ACQUISITION",
  investNoun: "FUNDING_ROUND",
  sell: "ACQUISITION",
};

// "..., when it closed a round", "lorsqu'elle avait levé": a pronoun subject just before the verb, opening a clause.
const CLAUSE_PRONOUN = /(?:^|[,;:]\s*|(?<![\p{L}])(?:when|after|as|since|once|before|while|where|and|lorsqu'|quand|après\s+qu'|depuis\s+qu'|alors\s+qu'|et|où)\s*)(?:it|il|elle)\s+(?:has\s+|had\s+|have\s+|then\s+|alors\s+|d[ée]j[àa]\s+)?$/iu;

/**
 * The verb's subject; else "il", "the company" standing for the previous sentence's
 * company or the article's; for a round (type Company), any description opening the
 * sentence too ("Le spécialiste de la robotique d'entrepôt ... a levé", rule subject.<lang>.described).
 */
function subjectOrAnaphora({ t, s, previous, ctx, cues }: VerbSite, r: Reading, type?: "Company"): EntityMention[] {
  const subject = subjectBefore(s, t.start, type);
  if (subject.length) return subject;
  const lead = between(s, s.sentence.start, t.start);
  const pronoun = cues.pronounSubject.exec(lead) ?? CLAUSE_PRONOUN.exec(lead);
  const described = !pronoun && type === "Company" ? cues.describedSubject.exec(lead) : null;
  const words = pronoun ?? described;
  if (!words) return [];
  const fallback = (type === "Company" ? ctx.lastRoundTarget : undefined) ?? ctx.firstCompany;
  // The company named before: not one this sentence names first ("..., piloté par X").
  const namedBefore = fallback?.mentions[0] && fallback.mentions[0].start < s.sentence.start ? fallback.mentions[0] : undefined;
  // "Pour Thoma Bravo, l'opération ... : le fonds avait racheté Imperva": the company the sentence opens on.
  const topic = /^\s*(?:pour|for|chez)\s+$/iu.test(between(s, s.sentence.start, s.mentions[0]?.start ?? s.sentence.start)) ? s.mentions[0] : undefined;
  const antecedent = (topic && topic.end <= t.start && canBe(topic.entity, "Company") ? topic : undefined) ?? previousCompany(previous, ctx) ?? namedBefore;
  if (!antecedent) return [];
  r.reasons.push(`"${words[0].replace(/^(?:[^,:]*[,:]\s*)+/, "").trim()}" read as ${antecedent.entity.name}`);
  r.confidence += DEAL.pronounSubject;
  if (described) r.rules.push(`subject.${ctx.lang}.described`);
  return [antecedent];
}

/**
 * The company of the sentence before that "il", "the company" stands for: one named more
 * than once in the text, the article's first if it is ("Quatre semaines
 * après sa création, Mistral AI..." is about Mistral AI), else the first.
 */
function previousCompany(previous: SentenceFacts | undefined, ctx: DealContext): EntityMention | undefined {
  const companies = previous?.mentions.filter((m) => m.entity.type === "Company") ?? [];
  const named = (m: EntityMention) => m.entity.mentions.length > 1;
  return companies.find((m) => m.entity === ctx.firstCompany && named(m)) ?? companies.find(named) ?? companies[0];
}

/** "Y was acquired by X", "Y a été racheté par X". */
function readPassive({ t, s }: VerbSite, r: Reading): boolean {
  // "... comme Anaplan, racheté en 2022 par X": the name the participle follows, whatever is before it.
  const described = /^\s*,/.test(t.text) ? s.mentions.filter((m) => m.end <= t.start && /^\s*$/.test(between(s, m.end, t.start))).pop() : undefined;
  const subject = described ? [described] : subjectBefore(s, t.start);
  r.target = subject[subject.length - 1];
  const by = objectAfter(s, t.end, { maxGap: 40 });
  r.investors = by ? coordinatedFrom(s, by) : [];
  r.confidence += DEAL.passive;
  return true;
}

/** "celle d'Altran, rachetée 3,6 milliards d'euros en 2019": bought by the company the article is about. */
function readParticiple({ t, s, ctx }: VerbSite, r: Reading): boolean {
  r.target = s.mentions.filter((m) => m.end <= t.start && /^\s*$/.test(between(s, m.end, t.start))).pop();
  const buyer = ctx.firstCompany?.mentions[0];
  if (!r.target || !buyer || buyer.entity === r.target.entity) return false;
  r.investors = [buyer];
  r.reasons.push(`buyer taken to be ${buyer.entity.name}, the article's company`);
  r.confidence += DEAL.buyerAssumed;
  return true;
}

// A determiner and lowercase words only: "the virtual reality headset maker ", "la start-up lyonnaise ".
const DESCRIBED_OBJECT = /^\s*(?:the|a|an|its|his|her|their|le|la|l'|les|sa|son|ses|leur)\s*(?:[\p{Ll}][\p{L}'-]*\s+){1,6}$/u;

/** "X sold Y to Z", "who had built Adallom and sold it to Microsoft", "X a vendu Y à Z". */
function readSale({ t, s }: VerbSite, r: Reading): boolean {
  // The sold company as a pronoun: "sold it to", "qui l'a vendue à" (in French, before the verb; "vendu la start-up X" is an article).
  const to = /^(?:\s+(?:it|them)(?![\p{L}]))?/iu.exec(between(s, t.end, s.sentence.end))![0] || (/(?<![\p{L}])(?:l'|la\s+|le\s+|les\s+)(?:a\s+|ont\s+|avait\s+|avaient\s+)?$/iu.exec(between(s, s.sentence.start, t.start))?.[0] ?? "");
  // "sold the virtual reality headset maker Oculus to Facebook": a longer description before the name.
  const described = () => s.mentions.find((m) => m.start >= t.end && canBe(m.entity, "Company") && DESCRIBED_OBJECT.test(between(s, t.end, m.start)));
  const target = to.trim() ? s.mentions.filter((m) => m.end <= t.start && canBe(m.entity, "Company")).pop() : (objectAfter(s, t.end, { type: "Company", maxGap: 30 }) ?? described());
  r.target = target;
  if (!target) return false;
  const buyerWord = /(?<![\p{L}])(?:to|à|au)\s+$/iu;
  const buyer = s.mentions.find((m) => m.start > Math.max(target.end, t.end) && m.start - t.end < 80 && buyerWord.test(between(s, Math.max(target.end, t.end), m.start)));
  if (!buyer) return false;
  r.investors = [buyer];
  r.confidence += DEAL.sold;
  return true;
}

// "a annoncé mardi l'acquisition de", "has completed its purchase of": the subject announces its own deal.
const ANNOUNCES_NOUN = /(?<![\p{L}])(?:a\s+|avait\s+|has\s+|had\s+)?(?:annonc\p{L}*|finalis\p{L}*|boucl\p{L}*|officialis\p{L}*|confirm\p{L}*|conclu\p{L}*|announc\p{L}*|complet\p{L}*|finaliz\p{L}*|clos(?:es|ed)|sealed)(?:\s+\p{Ll}+){0,2}\s+(?:l'|le\s+|la\s+|son\s+|sa\s+|its\s+|the\s+|a\s+|an\s+)?(?:[\w$€£.,-]+\s+){0,3}$/iu;

/** "the acquisition of Y by X", "X's purchase of Y", "Microsoft has completed its acquisition of Y". */
function readNominal(at: VerbSite, r: Reading): boolean {
  const { t, s } = at;
  let target = objectAfter(s, t.end, { maxGap: 40, type: "Company" });
  // "Amazon and iRobot ... Amazon's purchase of the maker of Roomba": the other company named before.
  if (target && MAKER_OF.test(between(s, t.end, target.start))) {
    const named = s.mentions.filter((m) => m.end <= t.start && canBe(m.entity, "Company"));
    const owner = s.mentions.filter((m) => m.end <= t.start && /^'s?\s+(?:[\w$€£.,-]+\s+){0,3}$/iu.test(between(s, m.end, t.start))).pop();
    target = named.find((m) => m.entity !== owner?.entity);
    if (target) r.reasons.push(`"${MAKER_OF.exec(between(s, t.end, s.mentions.find((m) => m.start >= t.end)!.start))![0].trim()}" read as ${target.entity.name}`);
  } else if (target && between(s, t.end, target.start).length > 20) target = undefined;
  r.target = target;
  if (!target) return false;
  const byWord = /(?<![\p{L}])(?:by|par)\s+$/iu;
  const by = s.mentions.find((m) => m.start > target.end && byWord.test(between(s, target.end, m.start)) && between(s, target.end, m.start).length < 60);
  const possessor = s.mentions.filter((m) => m.end <= t.start && /^'s?\s+(?:[\w$€£.,-]+\s+){0,3}$/iu.test(between(s, m.end, t.start))).pop();
  // "Microsoft has completed its acquisition of...", "Nvidia a finalisé le rachat de...": the subject, a short verb away.
  const subject = !by && !possessor ? subjectBefore(s, t.start).filter((m) => /^[^,;:]{0,50}$/u.test(between(s, m.end, t.start))) : [];
  // "Le géant de Mountain View a annoncé l'acquisition de Y": the company the description stands for.
  const lead = between(s, s.sentence.start, t.start);
  const described = !by && !possessor && !subject.length && /^[^,;:]{0,80}$/u.test(lead) && ANNOUNCES_NOUN.test(lead) ? subjectOrAnaphora(at, r, "Company") : [];
  const owner = by ?? possessor ?? subject[subject.length - 1] ?? described[0];
  if (!owner || owner.entity === target.entity) return false;
  r.investors = by || possessor ? coordinatedFrom(s, owner) : subject.length ? subject : described;
  r.confidence += DEAL.nominal;
  return true;
}

// A name after a bare "with", or "créée par": in a sentence not about investors, a founder or a partner, not a backer.
const ONLY_WITH = /(?<![\p{L}])(?:together\s+with|with|avec|aux\s+c[ôo]t[ée]s\s+(?:de|d'|du|des)|(?:co-?)?(?:fond[ée]e?|cr[ée][ée]e?|founded|started)(?:\s+(?:en|in)\s+\d{4})?\s+(?:par|by))(?:\s+[\p{Ll}][\p{L}'-]*){0,4}\s*$/iu;

/** "Y raises $N (led by X, from A and B)", the investors perhaps in the next sentences. */
function readRound(at: VerbSite, r: Reading): boolean {
  const { t, s, following, ctx, cues } = at;
  const subject = subjectOrAnaphora(at, r, "Company");
  const target = subject[subject.length - 1];
  r.target = target;
  if (!target) return false;
  const amountAfter = s.money.find((m) => m.start >= t.start && m.start - t.end < 80);
  if (!amountAfter) return false;
  const found = investorsOfRound(s, t.end, target, cues, ctx.lang);
  r.investors = found.investors;
  r.leads = found.leads;
  r.rules.push(...found.rules);
  // "... The round was led by X, with Y and Z." Investors named in the next sentences.
  for (const [k, after] of following.slice(0, 2).entries()) {
    if (after.sentence.heading) break;
    // Once investors are read, or past the next sentence, only a sentence about investors goes on naming them.
    if ((r.investors.length || k > 0) && !INVESTOR_TALK[ctx.lang].test(after.sentence.flat)) break;
    const found = investorsOfRound(after, after.sentence.start, target, cues, ctx.lang);
    // A sentence not about investors names them only as a sentence's subject or after "led by", not after "with"
    // ("The company was founded by X together with Y and Z" names founders).
    const first = found.investors[0];
    const onlyWith = first !== undefined && found.rules.every((x) => x.endsWith(".with-participation-from")) && ONLY_WITH.test(between(after, after.sentence.start, first.start).slice(-60));
    const more = onlyWith && !INVESTOR_TALK[ctx.lang].test(after.sentence.flat) ? { investors: [], leads: [], rules: [] } : found;
    // None here: the one after may still name them ("... The money will pay for chips. Nvidia and AMD also took part.").
    if (!more.investors.length) {
      if (r.investors.length) break;
      continue;
    }
    r.investors.push(...more.investors.filter((m) => !r.investors.some((i) => i.entity === m.entity)));
    r.leads.push(...more.leads.filter((m) => !r.leads.some((i) => i.entity === m.entity)));
    r.rules.push(...more.rules);
    r.evidenceEnd = after.sentence.end;
    if (!r.reasons.includes("investors named in the sentences after")) r.reasons.push("investors named in the sentences after");
    r.confidence += DEAL.investorsLater;
  }
  r.confidence += DEAL.round;
  return true;
}

// Who leads a company's round named as a noun: "X leads/led Nova's ...", "X mène le tour de table de Nova".
const LEADS_BEFORE = /^\s*(?:(?:has|have)\s+)?(?:co-?)?(?:leads?|led|is\s+leading|are\s+leading|headed|heads|spearheaded|spearheads|(?:a|ont)\s+(?:co-?)?(?:men[ée]|pilot[ée]|emmen[ée])|m[èe]ne(?:nt)?|co-?m[èe]ne(?:nt)?|pilote(?:nt)?|emm[èe]ne(?:nt)?|conduit)\s*$/iu;
// "... was led by X", "... a été mené par X".
const LED_AFTER = /^\s*(?:,[^,]*,\s*)?(?:was|is|has\s+been|were|(?:a|avait)\s+[ée]t[ée]|est|sera)\s+(?:jointly\s+|conjointement\s+)?(?:co-?)?(?:led|headed|spearheaded|men[ée]e?|pilot[ée]e?|emmen[ée]e?|conduite?|orchestr[ée]e?)(?:\s+conjointement)?\s+(?:by|par)(?![\p{L}])/iu;

/**
 * A company's round named as a noun, with who leads it: "X led Nova's $50 million Series
 * B", "Nova's Series B was led by X", "X mène le tour de table de 20 millions d'euros de
 * Nova", "Le tour de table de Nova a été mené par X".
 */
function readRoundOf(at: VerbSite, r: Reading): boolean {
  const { t, s, ctx, cues } = at;
  const english = ctx.lang === "en";
  // EN: the name the "'s" is on; FR: the name right after "de".
  const target = english
    ? s.mentions.filter((m) => m.end <= t.start && /^\s*$/.test(between(s, m.end, t.start))).pop()
    : s.mentions.find((m) => m.start >= t.end && /^\s*$/.test(between(s, t.end, m.start)));
  if (!target || !canBe(target.entity, "Company")) return false;
  r.target = target;
  const roundStart = english ? target.start : t.start;
  const after = english ? t.end : target.end;
  if (LED_AFTER.test(between(s, after, s.sentence.end))) {
    const found = investorsOfRound(s, after, target, cues, ctx.lang);
    r.investors = found.investors;
    r.leads = found.leads;
    r.rules.push(...found.rules);
  } else {
    const subject = subjectBefore(s, roundStart).filter((m) => m.entity !== target.entity);
    const last = subject[subject.length - 1];
    if (!last || !LEADS_BEFORE.test(between(s, last.end, roundStart).replace(/^\s*,[^,]*,/, ""))) return false;
    r.investors = subject;
    r.leads = [...subject];
    r.rules.push(`investors.${ctx.lang}.leads-company-round`);
    // "..., with participation from Y", "..., aux côtés de Y".
    const more = investorsOfRound(s, after, target, cues, ctx.lang);
    r.investors.push(...more.investors.filter((m) => !r.investors.includes(m)));
    r.leads.push(...more.leads.filter((m) => !r.leads.includes(m)));
    r.rules.push(...more.rules);
  }
  if (!r.investors.length) return false;
  r.confidence += DEAL.round;
  return true;
}

// ", qui avait sorti la société de la Bourse en 2019 " up to the verb: a relative clause on the name before.
const RELATIVE_AFTER = /^\s*,\s*(?:qui|which|who)\s[^,;]{0,100}$/iu;

/** "X invests in / acquires / takes a stake in / pays $N for Y": the subject buys or invests, the object is the target. */
function readActive(at: VerbSite, r: Reading): boolean {
  const { verb, t, s } = at;
  // "Le vendeur est le fonds X, qui ... en la rachetant": the name the relative clause is about buys.
  const relative = GERUND_PRONOUN.test(t.text.trim()) ? s.mentions.filter((m) => m.end <= t.start && RELATIVE_AFTER.test(between(s, m.end, t.start))).pop() : undefined;
  r.investors = relative ? [relative] : subjectOrAnaphora(at, r);
  r.target = activeTarget(at, r);
  // "Google struck a deal with Character.AI under which it will license... and hire...": the partner named before.
  if (!r.target && verb === "license") r.target = s.mentions.filter((m) => m.end <= t.start && canBe(m.entity, "Company") && !r.investors.includes(m)).pop();
  if (verb === "license") r.confidence += DEAL.licenseAndHire;
  if (verb === "acquire" || verb === "stake") r.confidence += DEAL.buying;
  if (verb === "invest" && /invest/i.test(t.text)) r.confidence += DEAL.investWord;
  return true;
}

/** The object of an active verb: named after it, or a pronoun for the company named before. */
function activeTarget(at: VerbSite, r: Reading): EntityMention | undefined {
  const { verb, t, s, ctx, cues } = at;
  const stop = nextClauseVerb(s, t.end, ctx.lang);
  const rest = between(s, t.end, s.sentence.end);
  const earlierCompany = () => s.mentions.filter((m) => m.end <= t.start && canBe(m.entity, "Company") && !r.investors.includes(m)).pop();
  let target: EntityMention | undefined;
  // "investors, who had poured $1.3 billion into the company ... in a round that included X, Y and Z".
  const generic = r.investors.length > 0 && GENERIC_INVESTORS.test(between(s, r.investors[r.investors.length - 1]!.end, t.start));
  if (GERUND_PRONOUN.test(t.text.trim())) {
    // "Vista, qui avait sorti la société de la Bourse en la rachetant": the last deal's target, else the company named before.
    const notInvestor = (m: EntityMention | undefined) => m !== undefined && !r.investors.some((i) => i.entity === m.entity);
    const lastTarget = ctx.lastTarget?.mentions.find((m) => m.start < s.sentence.start);
    target = [lastTarget, previousCompany(at.previous, ctx)].find(notInvestor) ?? earlierCompany();
    r.confidence += DEAL.pronounTarget;
  } else if (generic && INTO_THE_COMPANY.test(rest)) {
    target = r.investors[r.investors.length - 1];
    const found = investorsOfRound(s, t.end, target!, cues, ctx.lang);
    r.investors = found.investors;
    r.rules.push(...found.rules);
    r.reasons.push("investors named after the verb");
  } else if (PRONOUN_OBJECT.test(rest) && verb !== "invest") {
    // "DeepMind, before Google bought it": the company named just before.
    target = earlierCompany();
    r.reasons.push(`"${PRONOUN_OBJECT.exec(rest)![0].trim()}" read as ${target?.entity.name ?? "?"}`);
    r.confidence += DEAL.pronounTarget;
  } else if (INTO_THE_COMPANY.test(rest)) {
    target = earlierCompany();
    r.confidence += DEAL.pronounTarget;
  } else {
    target = objectAfter(s, t.end, { type: "Company", stop, maxGap: verb === "pay" || verb === "invest" ? 160 : 60 });
  }
  // "X, the social network Musk bought": the object is the name the clause describes.
  if (!target && (verb === "acquire" || verb === "pay") && r.investors.length) {
    const lead = between(s, s.sentence.start, r.investors[0]!.start);
    const m = /,\s*(?:the|a|an|la|le|l'|une|un)\s+[^,]{0,50}$/iu.exec(lead);
    if (m) target = s.mentions.filter((x) => x.end <= s.sentence.start + m.index && canBe(x.entity, "Company")).pop();
  }
  return target;
}

/**
 * Where another verb of the sentence starts after `from` ("quitte son poste pour
 * rejoindre Meta"), so that an object is not taken from the next clause.
 */
function nextClauseVerb(s: SentenceFacts, from: number, lang: Lang): number | undefined {
  const re = lang === "fr" ? /(?<![\p{L}])(?:rejoindre|rejoint|quitte|quitter|annonce|affirme|explique|qui\s+\p{L}+e?s?\s+(?:aussi|[ée]galement))(?![\p{L}])/iu : /(?<![\p{L}])(?:to\s+join|joins|leaves|said|says|announced|which\s+also)(?![\p{L}])/iu;
  const m = re.exec(between(s, from, s.sentence.end));
  return m ? from + m.index : undefined;
}

const LEAD_BEFORE = new WeakMap<Cues, RegExp>();
/** "led by" just before a name, a few lowercase words between: "pilotée par le gestionnaire d'actifs américain X" (case-sensitive, so that no name is skipped). */
function leadJustBefore(cues: Cues): RegExp {
  let re = LEAD_BEFORE.get(cues);
  if (!re) LEAD_BEFORE.set(cues, (re = new RegExp(`(?:${cues.lead.source})(?:\\s+[\\p{Ll}][\\p{L}'-]*){0,5}\\s*$`, "u")));
  return re;
}

/** A round's investors as read, with the ids of the rules that found them. */
interface RoundInvestors {
  investors: EntityMention[];
  leads: EntityMention[];
  rules: string[];
}

// "X co-led the round with Y", "X a co-mené l'opération avec Y": Y leads too.
const CO_LED_WITH = /co-?(?:led|men[ée]e?)\s+(?:the|this|its|l'op[ée]ration|le\s+tour(?:\s+de\s+table)?|la\s+lev[ée]e)(?:\s+(?:round|raise|investment|financing))?\s+(?:with|avec)(?:\s+[\p{Ll}][\p{L}'-]*){0,3}\s*$/u;
// "X and by Y", "X et par le fonds Y".
const AND_BY = /^\s*,?\s*(?:and|et)\s+(?:by|par)(?:\s+[\p{Ll}][\p{L}'-]*){0,4}\s*$/iu;
// Before a sentence's first name: nothing, a short phrase and a comma ("Nouveau venu, X fait son entrée"),
// or a description ("Le fonds américain ICONIQ Growth a mené...").
const GROUP_LEAD = /^\W*(?:[\p{L}'-]+(?:\s+[\p{Ll}'-]+){0,3},\s*)?(?:(?:[Tt]he|[Ll]es?|[Ll]a|[Ll]')\s*(?:[\p{Ll}-]+\s+){0,4})?$/u;
// ", the OpenAI Startup Fund, Nvidia": a determiner alone before a listed name.
const LISTED_WITH_ARTICLE = /^\s*,\s*(?:the|le|la|les|l')\s*$/iu;
// ", Prince Alwaleed Bin Talal and ...": a title of address before a listed name.
const LISTED_WITH_HONORIFIC = /^\s*(?:,|,?\s*(?:and|et|&))\s*(\p{L}+)\s+$/iu;

// ", le fonds Accel et le groupe de défense suédois Saab", ", and the pension fund X": a described name in a list,
// the description not ending on a preposition ("the parent of X" describes the name before).
const LISTED_DESCRIBED = /^\s*(?:,|,?\s*(?:and|et|&))\s*(?:the|le|la|les|l')\s*(?:[\p{Ll}][\p{L}'-]*\s+){0,4}(?!(?:of|by|for|from|in|at|to|de|du|des|d'|par|pour|à|au|aux|chez)\s)[\p{Ll}][\p{L}'-]*\s+$/u;
// ", the venture firm co-founded by Peter Thiel, and " between two listed names.
const APPOSED_THEN_AND = /^\s*,\s*(?:the|a|an|le|la|l'|un|une)\s*[^,;.()]{1,80},\s*(?:and|et)\s+(?:by\s+|par\s+)?$/iu;

/**
 * The names listed from `first` on (coordinatedFrom), read across a determiner or a title
 * in the list ("Microsoft, the OpenAI Startup Fund, Nvidia and Intel Capital", "X, Prince
 * Alwaleed Bin Talal and Y"): a name after ", the" is listed when a comma or "and" follows
 * it, not when a description does ("X, the Amazon founder").
 */
function investorGroup(s: SentenceFacts, first: EntityMention): EntityMention[] {
  const group = coordinatedFrom(s, first);
  for (;;) {
    const last = group[group.length - 1]!;
    const next = s.mentions.find((m) => m.start >= last.end);
    if (!next) return group;
    const gap = between(s, last.end, next.start);
    const titled = LISTED_WITH_HONORIFIC.exec(gap);
    const listEnds = /^\s*(?:,|and\s|et\s|&|[.;]|$)/iu.test(between(s, next.end, s.sentence.end));
    const listed =
      (!!titled && HONORIFICS.has(titled[1]!.toLowerCase())) ||
      (LISTED_WITH_ARTICLE.test(gap) && /^\s*(?:,|and\s|et\s|&)/iu.test(between(s, next.end, s.sentence.end))) ||
      (LISTED_DESCRIBED.test(gap) && listEnds);
    // "Founders Fund, the venture firm co-founded by Peter Thiel, and Sands Capital": past the description.
    const pastApposition = listed ? undefined : s.mentions.find((m) => m.start >= last.end && APPOSED_THEN_AND.test(between(s, last.end, m.start)));
    if (!listed && !pastApposition) return group;
    group.push(...coordinatedFrom(s, pastApposition ?? next).filter((m) => !group.includes(m)));
  }
}

/**
 * A round's investors: names after the verb introduced by "from", "led by", "auprès de",
 * "aux côtés de"...; or, opening a sentence, "X and Y led the round", "X, Y and Z also
 * took part", "Le fonds X a mené l'opération". The leads are those after "led by"/"mené
 * par", or the subject of "led the round". Rule ids: investors.<lang>.<rule>.
 */
function investorsOfRound(s: SentenceFacts, from: number, target: EntityMention, cues: Cues, lang: Lang): RoundInvestors {
  const out: RoundInvestors = { investors: [], leads: [], rules: [] };
  const add = (group: EntityMention[], lead: boolean, rule: string) => {
    const fresh = group.filter((g) => g.entity !== target.entity);
    if (!fresh.length) return;
    out.rules.push(`investors.${lang}.${rule}`);
    for (const g of fresh) {
      if (!out.investors.includes(g)) out.investors.push(g);
      if (lead && !out.leads.includes(g)) out.leads.push(g);
    }
  };
  const after = s.mentions.filter((m) => m.start >= from && m.entity !== target.entity);
  // "Accel, Creandum et Visionaries Club avaient mené l'opération", "X led the round", "X and Y also took part".
  const first = after[0];
  if (first && from === s.sentence.start && GROUP_LEAD.test(between(s, s.sentence.start, first.start))) {
    const group = investorGroup(s, first);
    const rest = between(s, group[group.length - 1]!.end, s.sentence.end);
    if (cues.leadActive.test(rest)) add(group, true, "group-led-round");
    else if (cues.participateActive.test(rest)) add(group, false, "group-took-part");
  }
  // "..., la banque belge Belfius, qui mène l'opération", "X, which led the round".
  for (const m of after) {
    const rest = between(s, m.end, s.sentence.end);
    if (/^\s*,\s*(?:qui|which|who)\s+/iu.test(rest) && cues.leadActive.test(rest.replace(/^\s*,\s*(?:qui|which|who)\s+/iu, " "))) add([m], true, "which-led-round");
  }
  let lastLeads: EntityMention | undefined;
  for (let i = 0; i < after.length; i++) {
    const m = after[i]!;
    if (out.investors.includes(m)) continue;
    const lead = between(s, from, m.start);
    // "led by X and by Y", "mené par X et par Y": Y leads too.
    const alsoLead = (lastLeads !== undefined && AND_BY.test(between(s, lastLeads.end, m.start))) || CO_LED_WITH.test(lead.slice(-80));
    const isLead = alsoLead || leadJustBefore(cues).test(lead.slice(-90));
    if (!cues.participants.test(lead.slice(-80)) && !isLead) continue;
    const group = investorGroup(s, m);
    add(group, isLead, isLead ? "led-by" : "with-participation-from");
    lastLeads = isLead ? group[group.length - 1] : undefined;
    i += group.length - 1;
  }
  return out;
}

function sameSet(a: FoundEntity[], b: FoundEntity[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function mergeInto(into: DealProposal, p: DealProposal): void {
  const rank: Record<DealKind, number> = { LICENSE_AND_HIRE: 3, EQUITY_STAKE: 2, ACQUISITION: 1, FUNDING_ROUND: 0 };
  if (rank[p.kind] > rank[into.kind]) into.kind = p.kind;
  if (!into.investors.length) into.investors = p.investors;
  into.confidence = Math.max(into.confidence, p.confidence) + DEAL.restated;
  into.reasons.push(...p.reasons.filter((r) => !into.reasons.includes(r)));
  if (p.rule !== into.rule) into.reasons.push(`also read by ${p.rule}`);
  into.otherInvestors ||= p.otherInvestors;
  for (const l of p.leads) if (!into.leads.includes(l)) into.leads.push(l);
  into.evidence.end = Math.max(into.evidence.end, p.evidence.end);
}
