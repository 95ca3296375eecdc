// Deals from sentence patterns, in English and French: "X invests/acquires/buys Y",
// "X investit dans / rachète / s'offre Y", "Y raises/lève ... led by / mené par X",
// "Y was acquired by / a été racheté par X", "le rachat de Y par X", "X sold Y to Z".
// Each proposal keeps its sentence as evidence and a confidence with its reasons.
import type { InvestmentKindName } from "../domain/vocabulary.js";
import type { MoneyMention, PercentMention } from "./amounts.js";
import { between, canBe, clamp, coordinatedFrom, dateNear, dedupe, objectAfter, type SentenceFacts, settle, subjectBefore, type Trigger, triggers } from "./clauses.js";
import type { Precision } from "./dates.js";
import type { EntityMention, FoundEntity } from "./entities.js";
import type { Lang, Span } from "./text.js";

export type DealKind = InvestmentKindName;
export type DealStatus = "ANNOUNCED" | "COMPLETED" | "TERMINATED" | "RUMORED";

export interface ProposedMoney {
  value: number;
  currency: string;
  /** The words it was read from. */
  text: string;
  /** The text gives no currency; this one was assumed. */
  assumed?: boolean;
}

export interface ProposedDate {
  date: string;
  precision: Precision;
  /** The words it was read from, or undefined when it is the publication date. */
  text?: string;
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
  /** The sentence(s) stating it. */
  evidence: Span;
  /** Where its verb is: the date nearest to it is the deal's. */
  anchor: number;
  confidence: number;
  reasons: string[];
  /** What the reviewer should check. */
  notes: string[];
}

type Verb = "invest" | "pay" | "acquire" | "stake" | "raise" | "raiseNoun" | "passive" | "participle" | "nominal" | "license" | "sell";

interface VerbPattern {
  verb: Verb;
  re: RegExp;
  /** The verb says little alone ("put", "met"): it needs an amount in the sentence. */
  needsMoney?: boolean;
}

const W = String.raw`(?![\p{L}])`;
const B = String.raw`(?<![\p{L}'-])`; // not inside a word, nor "SoftBank-backed"
// A verb right after a determiner is a noun: "the purchase would...", "un achat".
const NOT_NOUN = String.raw`(?<!(?<![\p{L}])(?:the|a|an|this|that|its|their|his|her|our|le|la|les|un|une|ce|cette|son|sa|ses|leur|leurs)\s)`;
const v = (verb: Verb, source: string, needsMoney = false): VerbPattern => ({
  verb,
  // "a license fee plus an acqui-hire" names the deal as well as the verb does.
  re: new RegExp(`${verb === "participle" ? "" : B}${verb === "nominal" || verb === "passive" || verb === "participle" || verb === "raiseNoun" || verb === "license" ? "" : NOT_NOUN}(?:${source})${W}`, "iu"),
  needsMoney,
});

const VERBS: Record<Lang, VerbPattern[]> = {
  en: [
    v("license", String.raw`licens(?:e|es|ed|ing)\b[^.;]{0,120}?\bhir(?:e|es|ed|ing)|hir(?:e|es|ed|ing)\b[^.;]{0,120}?\blicens(?:e|es|ed|ing)`),
    v("passive", String.raw`(?:(?:was|were|is|has\s+been|had\s+been|will\s+be|to\s+be|being|be)\s+|,\s*)(?:acquired|bought|purchased|taken\s+over|snapped\s+up)\s+by`),
    v("participle", String.raw`,\s*(?:acquired|bought|purchased)(?=\s+(?:for\s+)?(?:about\s+|nearly\s+)?[$€£\d])`),
    v("nominal", String.raw`(?:acquisition|purchase|takeover|buyout)\s+of`),
    v("raiseNoun", String.raw`(?:announc|clos|complet|finaliz|secur|unveil)\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:a|an|its|their)\s+(?:new\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:funding\s+round|round|raise|fundraise|financing)`),
    v("stake", String.raw`(?:take|takes|took|taking|taken|acquire|acquires|acquired|buy|buys|bought|buying|build|builds|built)\s+(?:a|an)\s+(?:[\w.,%$€£-]+\s+){0,4}(?:stake|interest|holding)\s+in`),
    v("sell", String.raw`s(?:ell|ells|old|elling)`),
    v("acquire", String.raw`acquir(?:e|es|ed|ing)|bu(?:y|ys|ying)|bought|purchas(?:e|es|ed|ing)|snap(?:s|ped|ping)?\s+up|tak(?:e|es|ing)\s+over|took\s+over|scoop(?:s|ed)?\s+up`),
    v("invest", String.raw`invest(?:s|ed|ing)?|back(?:s|ed|ing)|fund(?:s|ed|ing)`),
    v("invest", String.raw`put(?:s|ting)?|pour(?:s|ed|ing)?|inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|plow(?:s|ed|ing)?|commit(?:s|ted|ting)?|contribut(?:e|es|ed|ing)`, true),
    v("pay", String.raw`pa(?:ys|id|y)|spen(?:ds|t|d|ding)|shell(?:s|ed)?\s+out|fork(?:s|ed)?\s+out`, true),
    v("raise", String.raw`rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed|ing)|clos(?:e|es|ed|ing)|bag(?:s|ged)|pull(?:s|ed)?\s+in|attract(?:s|ed)|gets?|got|obtain(?:s|ed)|receiv(?:e|es|ed)`, true),
  ],
  fr: [
    v("license", String.raw`licence[^.;]{0,120}?(?:recrut|embauch|d[ée]bauch)|(?:recrut|embauch|d[ée]bauch)[^.;]{0,120}?licence`),
    v("passive", String.raw`(?:(?:a|ont|avait|avaient)\s+[ée]t[ée]|est|sont|sera|seront|va\s+[êe]tre|vient\s+d'[êe]tre|,)\s*(?:rachet[ée]e?s?|acquis(?:e|es)?|achet[ée]e?s?|repris(?:e|es)?|absorb[ée]e?)\s+par`),
    v("participle", String.raw`,\s*(?:rachet[ée]e?s?|acquise?s?|achet[ée]e?s?)(?=\s+(?:pour\s+|pr[èe]s\s+de\s+|environ\s+)?\d)`),
    v("nominal", String.raw`(?:le\s+)?rachat\s+(?:de|d'|du)|(?:l')?acquisition\s+(?:de|d'|du)|(?:la\s+)?prise\s+de\s+contr[ôo]le\s+(?:de|d'|du)`),
    v("raiseNoun", String.raw`(?:annonc|boucl|finalis|r[ée]alis|concr[ée]tis|officialis)\p{L}*(?:\s+\p{L}+){0,2}?\s+(?:une|sa|son|un)\s+(?:nouvelle\s+|nouveau\s+)?(?:lev[ée]e|tour\s+de\s+table|s[ée]rie\s+[a-h]|financement)`),
    v("stake", String.raw`(?:prend(?:re|s|ra)?|a\s+pris|pris|acqui[eè]r(?:t|ent)|rach[èe]te(?:nt)?)\s+une\s+participation|(?:entre(?:r|nt)?|est\s+entr[ée]e?|fait\s+son\s+entr[ée]e)\s+au\s+capital\s+(?:de|d'|du)|mont(?:e|ent|er)\s+au\s+capital\s+(?:de|d'|du)`),
    v("sell", String.raw`vend(?:u|ent|ra)?|a\s+vendu|c[èe]de|a\s+c[ée]d[ée]|c[ée]der`),
    v("acquire", String.raw`rach[èe]t(?:e|ent|er|era|ait)|a\s+rachet[ée]|ont\s+rachet[ée]|acqui[eè]r(?:t|ent)|acqu[ée]rir|a\s+acquis|ach[èe]t(?:e|ent|er|era)|a\s+achet[ée]|s'offr(?:e|ent|ir|ira)|s'est\s+offert|s'empar(?:e|er)|s'est\s+empar[ée]|(?:met|mettre|a\s+mis)\s+la\s+main\s+sur|prend(?:re)?\s+le\s+contr[ôo]le\s+(?:de|d'|du)|absorbe|reprend|a\s+repris`),
    v("invest", String.raw`invest(?:it|is|issent|ir|ira|iront|issait|i)|a\s+investi|ont\s+investi|avai(?:t|ent)\s+investi|soutien(?:t|nent)|financ(?:e|ent|er)`),
    v("invest", String.raw`inject(?:e|ent|er|era)|a\s+inject[ée]|ont\s+inject[ée]|avai(?:t|ent)\s+inject[ée]|inject[ée]|met(?:tent)?|mis[ée]?|apport(?:e|ent|er)|apport[ée]|plac(?:e|ent|er)|mise\s+sur`, true),
    v("pay", String.raw`d[ée]bours(?:e|ent|er|era)|a\s+d[ée]bours[ée]|d[ée]bours[ée]|pay(?:e|ent|er|era)|pai(?:e|ent)|a\s+pay[ée]|vers(?:e|ent|er)|a\s+vers[ée]|d[ée]pens(?:e|er)|a\s+d[ée]pens[ée]|sort\s+le\s+ch[ée]quier`, true),
    v("raise", String.raw`l[èe]v(?:e|ent|er|era)|a\s+lev[ée]|ont\s+lev[ée]|avai(?:t|ent)\s+(?:d[ée]j[àa]\s+)?lev[ée]|lev[ée]e\s+de\s+fonds|boucl(?:e|ent|er)|a\s+boucl[ée]|obtien(?:t|nent)|a\s+obtenu|r[ée]colt(?:e|ent)|a\s+r[ée]colt[ée]|s[ée]curis(?:e|ent)|a\s+s[ée]curis[ée]|empoch(?:e|ent)|a\s+empoch[ée]|attire|a\s+attir[ée]|re[çc]oi(?:t|vent)|a\s+re[çc]u`, true),
  ],
};

type Cues = Record<
  "lead" | "leadActive" | "participateActive" | "participants" | "others" | "valuation" | "notAmount" | "perShare" | "stakeWord" | "roundWord" | "earlier" | "rumor" | "terminated" | "completed" | "pronounSubject" | "continuation",
  RegExp
>;

// A few words between a cue and the name it introduces: "from the private equity firm X".
const FEW_WORDS = String.raw`(?:\s+(?:[\p{Ll}][\p{L}'-]*)){0,4}`;

const CUES: Record<Lang, Cues> = {
  en: {
    lead: /(?:co-?)?led\s+by|spearheaded\s+by|headed\s+by/iu,
    leadActive: /^\s*(?:,[^,]*,\s*)?(?:co-?led|led|headed|spearheaded)\s+(?:the|this|its)\s+(?:round|raise|investment|financing|deal|operation)/iu,
    participants: new RegExp(`(?:led\\s+by|from|with\\s+participation\\s+(?:from|by)|participation\\s+from|including|includ(?:e|es|ed)|backed\\s+by|alongside|joined\\s+by|with|investors\\s+(?:were|are|include)|among\\s+them|such\\s+as|as\\s+did|brings\\s+in|brought\\s+in|welcomes|welcomed)${FEW_WORDS}\\s*$`, "iu"),
    participateActive: /^\s*(?:,[^,]*,\s*)?(?:also\s+)?(?:took\s+part|take\s+part|participated|participate|joined|join|invested|chipped\s+in|came\s+in)(?![\p{L}])/iu,
    others: /(?:and|with|alongside)\s+(?:several\s+|a\s+number\s+of\s+|unnamed\s+|existing\s+)?(?:other|others|more)(?:\s+(?:investors|backers|funds|firms|companies))?(?![\p{L}])|among\s+others|other\s+(?:investors|backers)/iu,
    valuation: /(?:valu(?:ing|ed|es|ation)|valued)\s+(?:(?:it|the\s+(?:company|startup|start-up|firm|business|group|video\s+game\s+company))\s+)?(?:of\s+|at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+)?$/iu,
    notAmount: /(?:revenue|revenues|sales|turnover|profit|profits|loss|losses|income|earnings|ARR|market\s+cap(?:italization)?|capex|spending\s+on|budget|debt|fine|penalty|offer\s+of|bid\s+of)(?:\s+(?:of|at|to))?\s+(?:of\s+|reached\s+|topped\s+|about\s+|roughly\s+)?$/iu,
    perShare: /^\s*(?:a|per|each)\s+share/iu,
    stakeWord: /(?<![\p{L}])(?:stake|interest|holding|shares?|equity|ownership|minority|majority|non-voting)(?![\p{L}])/iu,
    roundWord: /(?<![\p{L}])(?:round|series\s+[a-h](?![\p{L}])|seed|pre-seed|funding|financing|fundraise|fundraising|raise|tranche)(?![\p{L}])/iu,
    earlier: /(?<![\p{L}])(?:previously|earlier|had\s+(?:already\s+)?(?:invested|raised|acquired|bought|put|backed|received)|already|back\s+in|at\s+the\s+time|before\s+that|prior)(?![\p{L}])/iu,
    rumor: /(?<![\p{L}])(?:in\s+(?:advanced\s+)?talks|reportedly|is\s+said\s+to|are\s+said\s+to|according\s+to\s+(?:people|sources|a\s+person)|considering|weighing|exploring|could\s+(?:acquire|buy|invest)|rumou?r(?:ed|s)?|in\s+discussions?)(?![\p{L}])/iu,
    terminated: /(?<![\p{L}])(?:call(?:s|ed)?\s+off|abandon(?:s|ed)|scrap(?:s|ped)|terminat(?:e|es|ed)|walk(?:s|ed)?\s+away|blocked|collaps(?:e|ed)|dropp(?:ed)?\s+(?:its|the)\s+(?:bid|plan)|turned\s+down|rejected)(?![\p{L}])/iu,
    completed: /(?<![\p{L}])(?:complet(?:e|es|ed)|clos(?:e|es|ed)\s+(?:its|the)\s+(?:acquisition|deal|purchase|takeover)|finaliz(?:e|es|ed)|paid|has\s+now\s+(?:acquired|bought))(?![\p{L}])/iu,
    pronounSubject: /^\s*(?:[^,]{0,40},\s*)?(?:["']\s*)?(?:it|the\s+(?:company|group|firm|startup|start-up|giant|tech\s+giant|social\s+network|chipmaker|maker|platform|lab|investor|fund|business))(?![\p{L}])/iu,
    continuation: /(?<![\p{L}])(?:the\s+(?:deal|transaction|acquisition|purchase|takeover|round|investment|price|operation)|the\s+all-cash\s+deal|it\s+was\s+(?:first\s+)?announced)(?![\p{L}])/iu,
  },
  fr: {
    lead: /(?:co-?)?(?:men[ée]e?s?|emmen[ée]e?s?|pilot[ée]e?s?|conduite?s?|orchestr[ée]e?s?)\s+par|sous\s+la\s+houlette\s+(?:de|d'|du)|avec\s+en\s+t[êe]te/iu,
    leadActive: /^\s*(?:,[^,]*,\s*)?(?:(?:ont|a|avaient|avait)\s+)?(?:co-?)?(?:men[ée]|pilot[ée]|conduit|emmen[ée]|orchestr[ée])\s+(?:l'op[ée]ration|le\s+tour|la\s+lev[ée]e|ce\s+tour|cette\s+lev[ée]e)/iu,
    participants: new RegExp(`(?:par|aupr[èe]s\\s+(?:de|d'|du|des)|avec\\s+la\\s+participation\\s+(?:de|d'|du|des)|aux\\s+c[ôo]t[ée]s\\s+(?:de|d'|du|des)|parmi\\s+lesquels|parmi\\s+lesquelles|dont|notamment|ainsi\\s+que|avec|rejoint\\s+par|de\\s+la\\s+part\\s+(?:de|d'|du|des)|comme|fait\\s+entrer(?:\\s+à\\s+son\\s+capital)?|accueille)${FEW_WORDS}\\s*(?:de\\s+|d'|du\\s+|des\\s+)?$`, "iu"),
    participateActive: /^\s*(?:,[^,]*,\s*)?(?:(?:ont|a|avaient|avait)\s+)?(?:aussi\s+|[ée]galement\s+)?(?:particip[ée]|participent|participe|remett\p{L}*\s+au\s+pot|remis\s+au\s+pot|suivent|suivi|investi|investissent|accompagnent|accompagn[ée])(?![\p{L}])/iu,
    others: /(?:et|avec|ainsi\s+que)\s+(?:de\s+|d')?(?:plusieurs\s+|d'autres\s+|autres\s+|divers\s+)(?:investisseurs|fonds|acteurs|soci[ée]t[ée]s|partenaires)|d'autres\s+investisseurs|entre\s+autres/iu,
    valuation: /(?:valoris(?:e|ent|ant|ée|ées|é|er|ation)|valeur|estim[ée]e?|valu[ée]e?)\s+(?:de\s+|d'|du\s+)?(?:(?:la\s+(?:soci[ée]t[ée]|start-?up|jeune\s+pousse|p[ée]pite|licorne|firme|entreprise|plateforme)|l'entreprise|celle-ci|la|le|l')\s*)?(?:à\s+|de\s+)?(?:environ\s+|pr[èe]s\s+de\s+|plus\s+de\s+|quelque\s+)?$/iu,
    notAmount: /(?:chiffre\s+d'affaires|revenus?|ventes|b[ée]n[ée]fices?|pertes?|r[ée]sultat|capitalisation(?:\s+boursi[èe]re)?|budget|dette|amende|offre\s+de|d[ée]passe)(?:\s+(?:de|d'|du))?\s+(?:de\s+|d'|atteint\s+|environ\s+|d[ée]sormais\s+)?$/iu,
    perShare: /^\s*(?:par|l')\s*action/iu,
    stakeWord: /(?<![\p{L}])(?:participation|part|parts|capital|actions|minoritaire|majoritaire|droit\s+de\s+vote|actionnaire)(?![\p{L}])/iu,
    roundWord: /(?<![\p{L}])(?:tour\s+de\s+table|lev[ée]e|s[ée]rie\s+[a-h](?![\p{L}])|amor[çc]age|financement|round|tranche)(?![\p{L}])/iu,
    earlier: /(?<![\p{L}])(?:auparavant|pr[ée]c[ée]demment|d[ée]j[àa]|avai(?:t|ent)\s+(?:investi|inject[ée]|lev[ée]|rachet[ée]|mis|d[ée]bours[ée]|re[çc]u)|à\s+l'[ée]poque|plus\s+t[ôo]t)(?![\p{L}])/iu,
    rumor: /(?<![\p{L}])(?:serai(?:t|ent)\s+en\s+(?:discussions?|n[ée]gociations?|pourparlers)|en\s+(?:discussions?|n[ée]gociations?|pourparlers)|envisag(?:e|erait|eraient)|pourrai(?:t|ent)|selon\s+des\s+sources|rumeurs?|aurai(?:t|ent)\s+(?:rachet|investi|acquis|mis)|s'appr[êe]terai(?:t|ent))(?![\p{L}])/iu,
    terminated: /(?<![\p{L}])(?:renonc(?:e|é)|abandonn(?:e|é)|annul[ée]|bloqu[ée]|jett?e\s+l'[ée]ponge|capot[ée]|refus[ée])(?![\p{L}])/iu,
    completed: /(?<![\p{L}])(?:finalis[ée]|a\s+finalis[ée]|boucl[ée]\s+(?:le|son|l')\s*(?:rachat|acquisition)|a\s+d[ée]bours[ée]|a\s+pay[ée]|a\s+vers[ée]|d[ée]bours[ée])(?![\p{L}])/iu,
    pronounSubject: /^\s*(?:[^,]{0,40},\s*)?(?:["']\s*)?(?:il|elle|la\s+(?:soci[ée]t[ée]|firme|start-?up|jeune\s+pousse|p[ée]pite|licorne|maison\s+m[èe]re)|le\s+(?:groupe|g[ée]ant|g[ée]ant\s+\S+|r[ée]seau\s+social|fonds|constructeur|fabricant|laboratoire|num[ée]ro\s+un)|l'(?:entreprise|am[ée]ricain|[ée]diteur|investisseur))(?![\p{L}])/iu,
    continuation: /(?<![\p{L}])(?:le\s+montant|l'op[ée]ration|la\s+transaction|le\s+rachat|l'acquisition|le\s+prix|l'accord|la\s+lev[ée]e|le\s+tour\s+de\s+table)(?![\p{L}])/iu,
  },
};

export interface DealContext {
  lang: Lang;
  /** The publication date, the default announcement date. */
  published: string;
  /** Currency of bare amounts ("1 milliard"): the text's most frequent, or USD. */
  defaultCurrency: string;
  /** The article's first-named company: what "il", "le groupe" fall back to. */
  firstCompany?: FoundEntity;
}

/**
 * The deals stated in one sentence, reading the sentences that follow (`following`, the
 * next two) when they name a round's investors or give the deal's figures. `previous` is
 * the sentence before, for "The company/Le groupe..." subjects.
 */
export function dealsInSentence(s: SentenceFacts, following: SentenceFacts[], previous: SentenceFacts | undefined, ctx: DealContext): DealProposal[] {
  if (s.sentence.heading) return [];
  const cues = CUES[ctx.lang];
  const found: Array<{ verb: Verb; t: Trigger; needsMoney: boolean }> = [];
  for (const p of VERBS[ctx.lang]) {
    for (const t of triggers(s, p.re)) {
      if (found.some((f) => t.start < f.t.end && f.t.start < t.end)) continue;
      found.push({ verb: p.verb, t, needsMoney: p.needsMoney ?? false });
    }
  }
  found.sort((a, b) => a.t.start - b.t.start);

  const proposals: DealProposal[] = [];
  for (const { verb, t, needsMoney } of found) {
    if (needsMoney && !s.money.some((m) => verb !== "raise" || m.start >= t.end)) continue;
    const p = readDeal(verb, t, s, following, previous, ctx);
    if (!p) continue;
    const same = proposals.find((q) => q.target === p.target && (sameSet(q.investors, p.investors) || !p.investors.length || !q.investors.length));
    if (same) {
      mergeInto(same, p);
      continue;
    }
    proposals.push(p);
  }
  for (const p of proposals) finish(p, s, following[0], ctx, cues);
  return proposals;
}

const PRONOUN_OBJECT = /^\s*(?:it|them|the\s+company|the\s+start-?up|the\s+firm)(?![\p{L}])|^\s*(?:le|la|l')\s*$/iu;
// "into the company" (the one named before), not "dans la start-up lyonnaise Botdesign" (named after).
const INTO_THE_COMPANY = /^\s*(?:[^,;]{0,40}?\s)?(?:into|in|dans)\s+(?:the\s+company|the\s+start-?up|the\s+firm|it|l'entreprise|la\s+soci[ée]t[ée]|la\s+start-?up|celle-ci)(?![\p{L}])(?!(?:\s+[\p{Ll}-]+){0,2}\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}]))[\p{Lu}])/u;
const GENERIC_INVESTORS = /(?:investors|backers|shareholders|investisseurs|actionnaires)\s*,?\s*(?:who|which|qui)?\s*(?:had\s+|have\s+|avaient\s+|ont\s+)?$/iu;

const PRE_MONEY = /pre-?money|avant\s+(?:l'op[ée]ration|lev[ée]e|augmentation)|pr[ée]-money/iu;

// A sentence after a round's that goes on naming its investors.
const INVESTOR_TALK: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:investors?|backers?|round|participat\p{L}*|joined|alongside)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:investisseurs?|tour\s+de\s+table|op[ée]ration|lev[ée]e|participation|aux\s+c[ôo]t[ée]s|remett\p{L}*\s+au\s+pot|suivent|accompagn\p{L}*)(?![\p{L}])/iu,
};

function readDeal(verb: Verb, t: Trigger, s: SentenceFacts, following: SentenceFacts[], previous: SentenceFacts | undefined, ctx: DealContext): DealProposal | undefined {
  const cues = CUES[ctx.lang];
  const reasons: string[] = [`"${t.text.trim()}"`];
  let confidence = 0.6;
  let investors: EntityMention[] = [];
  let leads: EntityMention[] = [];
  let target: EntityMention | undefined;
  let evidenceEnd = s.sentence.end;

  const subjectOrAnaphora = (type?: "Company"): EntityMention[] => {
    const subject = subjectBefore(s, t.start, type);
    if (subject.length) return subject;
    const lead = between(s, s.sentence.start, t.start);
    if (cues.pronounSubject.test(lead)) {
      const antecedent = previous?.mentions.find((m) => m.entity.type === "Company") ?? ctx.firstCompany?.mentions[0];
      if (antecedent) {
        reasons.push(`"${cues.pronounSubject.exec(lead)![0].replace(/^[^,]*,\s*/, "").trim()}" read as ${antecedent.entity.name}`);
        confidence -= 0.15;
        return [antecedent];
      }
    }
    return [];
  };

  switch (verb) {
    case "passive": {
      const subject = subjectBefore(s, t.start);
      target = subject[subject.length - 1];
      const by = objectAfter(s, t.end, { maxGap: 40 });
      investors = by ? coordinatedFrom(s, by) : [];
      confidence += 0.2;
      break;
    }
    case "participle": {
      // "celle d'Altran, rachetée 3,6 milliards d'euros en 2019": bought by the company the article is about.
      target = s.mentions.filter((m) => m.end <= t.start && /^\s*$/.test(between(s, m.end, t.start))).pop();
      const buyer = ctx.firstCompany?.mentions[0];
      if (!target || !buyer || buyer.entity === target.entity) return undefined;
      investors = [buyer];
      reasons.push(`buyer taken to be ${buyer.entity.name}, the article's company`);
      confidence -= 0.05;
      break;
    }
    case "sell": {
      // "X sold Y to Z", "who had built Adallom and sold it to Microsoft", "X a vendu Y à Z".
      const to = /^(?:\s+(?:it|them|le|la|l'|les))?/iu.exec(between(s, t.end, s.sentence.end))![0];
      target = to.trim() ? s.mentions.filter((m) => m.end <= t.start && canBe(m.entity, "Company")).pop() : objectAfter(s, t.end, { type: "Company", maxGap: 30 });
      if (!target) return undefined;
      const buyerWord = /(?<![\p{L}])(?:to|à|au)\s+$/iu;
      const buyer = s.mentions.find((m) => m.start > Math.max(target!.end, t.end) && m.start - t.end < 80 && buyerWord.test(between(s, Math.max(target!.end, t.end), m.start)));
      if (!buyer) return undefined;
      investors = [buyer];
      confidence += 0.1;
      break;
    }
    case "nominal": {
      target = objectAfter(s, t.end, { maxGap: 20, type: "Company" });
      if (!target) return undefined;
      const byWord = /(?<![\p{L}])(?:by|par)\s+$/iu;
      const by = s.mentions.find((m) => m.start > target!.end && byWord.test(between(s, target!.end, m.start)) && between(s, target!.end, m.start).length < 60);
      const possessor = s.mentions.filter((m) => m.end <= t.start && /^'s?\s+(?:[\w$€£.,-]+\s+){0,3}$/iu.test(between(s, m.end, t.start))).pop();
      // "Microsoft has completed its acquisition of...", "Nvidia a finalisé le rachat de...": the subject, a short verb away.
      const subject = !by && !possessor ? subjectBefore(s, t.start).filter((m) => /^[^,;:]{0,50}$/u.test(between(s, m.end, t.start))) : [];
      const owner = by ?? possessor ?? subject[subject.length - 1];
      if (!owner) return undefined;
      investors = by || possessor ? coordinatedFrom(s, owner) : subject;
      confidence += 0.15;
      break;
    }
    case "raise":
    case "raiseNoun": {
      const subject = subjectOrAnaphora("Company");
      target = subject[subject.length - 1];
      if (!target) return undefined;
      const amountAfter = s.money.find((m) => m.start >= t.start && m.start - t.end < 80);
      if (!amountAfter) return undefined;
      const found = investorsOfRound(s, t.end, target, cues);
      investors = found.investors;
      leads = found.leads;
      // "... The round was led by X, with Y and Z." Investors named in the next sentences.
      for (const [k, after] of following.entries()) {
        if (after.sentence.heading || (investors.length && !INVESTOR_TALK[ctx.lang].test(after.sentence.flat))) break;
        if (k > 0 && !investors.length) break;
        const more = investorsOfRound(after, after.sentence.start, target, cues);
        if (!more.investors.length) break;
        investors.push(...more.investors.filter((m) => !investors.some((i) => i.entity === m.entity)));
        leads.push(...more.leads.filter((m) => !leads.some((i) => i.entity === m.entity)));
        evidenceEnd = after.sentence.end;
        if (!reasons.includes("investors named in the sentences after")) reasons.push("investors named in the sentences after");
        confidence -= 0.05;
      }
      confidence += 0.15;
      break;
    }
    default: {
      investors = subjectOrAnaphora();
      const stop = nextClauseVerb(s, t.end, ctx.lang);
      const rest = between(s, t.end, s.sentence.end);
      const earlierCompany = () => s.mentions.filter((m) => m.end <= t.start && canBe(m.entity, "Company") && !investors.includes(m)).pop();
      // "investors, who had poured $1.3 billion into the company ... in a round that included X, Y and Z".
      const generic = investors.length > 0 && GENERIC_INVESTORS.test(between(s, investors[investors.length - 1]!.end, t.start));
      if (generic && INTO_THE_COMPANY.test(rest)) {
        target = investors[investors.length - 1];
        investors = investorsOfRound(s, t.end, target!, cues).investors;
        reasons.push("investors named after the verb");
      } else if (PRONOUN_OBJECT.test(rest) && verb !== "invest") {
        // "DeepMind, before Google bought it": the company named just before.
        target = earlierCompany();
        reasons.push(`"${PRONOUN_OBJECT.exec(rest)![0].trim()}" read as ${target?.entity.name ?? "?"}`);
        confidence -= 0.1;
      } else if (INTO_THE_COMPANY.test(rest)) {
        target = earlierCompany();
        confidence -= 0.1;
      } else {
        target = objectAfter(s, t.end, { type: "Company", stop, maxGap: verb === "pay" || verb === "invest" ? 160 : 60 });
      }
      // "X, the social network Musk bought": the object is the name the clause describes.
      if (!target && (verb === "acquire" || verb === "pay") && investors.length) {
        const lead = between(s, s.sentence.start, investors[0]!.start);
        const m = /,\s*(?:the|a|an|la|le|l'|une|un)\s+[^,]{0,50}$/iu.exec(lead);
        if (m) target = s.mentions.filter((x) => x.end <= s.sentence.start + m.index && canBe(x.entity, "Company")).pop();
      }

      // "Google struck a deal with Character.AI under which it will license... and hire...": the partner named before.
      if (!target && verb === "license") target = s.mentions.filter((m) => m.end <= t.start && canBe(m.entity, "Company") && !investors.includes(m)).pop();
      if (verb === "license") confidence += 0.1;
      if (verb === "acquire" || verb === "stake") confidence += 0.15;
      if (verb === "invest" && /invest/i.test(t.text)) confidence += 0.1;
    }
  }
  if (!target || !canBe(target.entity, "Company")) return undefined;
  settle(target.entity, "Company");
  investors = dedupe(investors).filter((m) => m.entity !== target!.entity);
  leads = dedupe(leads).filter((m) => investors.includes(m));

  const kind: DealKind =
    verb === "license"
      ? "LICENSE_AND_HIRE"
      : verb === "raise" || verb === "raiseNoun" || verb === "invest"
        ? "FUNDING_ROUND"
        : verb === "stake"
          ? "EQUITY_STAKE"
          : "ACQUISITION";
  const rest = investors.length ? between(s, investors[investors.length - 1]!.end, t.start) + between(s, t.end, s.sentence.end) : "";
  return {
    kind,
    investors: investors.map((m) => m.entity),
    leads: leads.map((m) => m.entity),
    otherInvestors: cues.others.test(rest) || ((verb === "raise" || verb === "raiseNoun") && cues.others.test(between(s, t.end, s.sentence.end))),
    target: target.entity,
    evidence: { start: s.sentence.start, end: evidenceEnd, text: "" },
    anchor: t.start,
    confidence,
    reasons,
    notes: [],
  };
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

/**
 * A round's investors: names after the verb introduced by "from", "led by", "auprès de",
 * "aux côtés de"...; or, in a following sentence, "X and Y led the round". The leads are
 * those after "led by"/"mené par", or the subject of "led the round".
 */
function investorsOfRound(s: SentenceFacts, from: number, target: EntityMention, cues: Cues): { investors: EntityMention[]; leads: EntityMention[] } {
  const investors: EntityMention[] = [];
  const leads: EntityMention[] = [];
  const add = (group: EntityMention[], lead: boolean) => {
    for (const g of group) {
      if (g.entity === target.entity) continue;
      if (!investors.includes(g)) investors.push(g);
      if (lead && !leads.includes(g)) leads.push(g);
    }
  };
  const after = s.mentions.filter((m) => m.start >= from && m.entity !== target.entity);
  // "Accel, Creandum et Visionaries Club avaient mené l'opération", "X led the round".
  const first = after[0];
  if (first && from === s.sentence.start && /^\W*$/.test(between(s, s.sentence.start, first.start))) {
    const group = coordinatedFrom(s, first);
    const rest = between(s, group[group.length - 1]!.end, s.sentence.end);
    if (cues.leadActive.test(rest)) add(group, true);
    else if (cues.participateActive.test(rest)) add(group, false);
  }
  // "..., la banque belge Belfius, qui mène l'opération", "X, which led the round".
  for (const m of after) {
    const rest = between(s, m.end, s.sentence.end);
    if (/^\s*,\s*(?:qui|which|who)\s+/iu.test(rest) && cues.leadActive.test(rest.replace(/^\s*,\s*(?:qui|which|who)\s+/iu, " "))) add([m], true);
  }
  for (let i = 0; i < after.length; i++) {
    const m = after[i]!;
    if (investors.includes(m)) continue;
    const lead = between(s, from, m.start);
    const isLead = cues.lead.test(lead.slice(-40));
    if (!cues.participants.test(lead.slice(-80)) && !isLead) continue;
    const group = coordinatedFrom(s, m);
    add(group, isLead);
    i += group.length - 1;
  }
  return { investors, leads };
}

function sameSet(a: FoundEntity[], b: FoundEntity[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function mergeInto(into: DealProposal, p: DealProposal): void {
  const rank: Record<DealKind, number> = { LICENSE_AND_HIRE: 3, EQUITY_STAKE: 2, ACQUISITION: 1, FUNDING_ROUND: 0 };
  if (rank[p.kind] > rank[into.kind]) into.kind = p.kind;
  if (!into.investors.length) into.investors = p.investors;
  into.confidence = Math.max(into.confidence, p.confidence) + 0.05;
  into.reasons.push(...p.reasons.filter((r) => !into.reasons.includes(r)));
  into.otherInvestors ||= p.otherInvestors;
  for (const l of p.leads) if (!into.leads.includes(l)) into.leads.push(l);
  into.evidence.end = Math.max(into.evidence.end, p.evidence.end);
}

/** Amounts, stake, date, status and kind from the sentence; the final confidence. */
function finish(p: DealProposal, s: SentenceFacts, next: SentenceFacts | undefined, ctx: DealContext, cues: Cues): void {
  const flat = s.sentence.flat;
  const usable = (x: SentenceFacts) =>
    x.money.filter((m) => !cues.notAmount.test(between(x, x.sentence.start, m.start).slice(-60)) && !cues.perShare.test(between(x, m.end, x.sentence.end)));
  const isValuation = (x: SentenceFacts, m: MoneyMention) =>
    cues.valuation.test(between(x, x.sentence.start, m.start).slice(-80)) || /^\s*(?:valuation|de\s+valorisation|post-money|pre-money)/iu.test(between(x, m.end, x.sentence.end));
  const money = usable(s);
  const valuation = money.find((m) => isValuation(s, m));
  const amount = money.find((m) => m !== valuation);
  if (amount) p.amount = proposedMoney(amount, ctx, p.notes);
  if (valuation) p.valuation = proposedMoney(valuation, ctx, p.notes);
  if (valuation && p.amount && PRE_MONEY.test(between(s, Math.max(s.sentence.start, valuation.start - 40), valuation.end + 20))) {
    // The format's valuation is post-money: pre-money plus the amount raised.
    p.valuation = { ...p.valuation!, value: p.valuation!.value + (p.amount.currency === p.valuation!.currency ? p.amount.value : 0) };
    p.notes.push(`"${valuation.text}" is pre-money: the valuation written is pre-money plus the amount`);
  }

  // When: a date of the sentence; else the publication month, unless the sentence looks back.
  // A date far from the verb is about something else ("founded in 2020 by ..., who sold it to ...").
  const near = (d: { start: number; end: number }) => Math.min(Math.abs(d.start - p.anchor), Math.abs(d.end - p.anchor)) <= 100;
  const date = dateNear(s, p.anchor, (d) => near(d) && (d.precision !== "day" || ctx.published.length < 10 || d.date <= ctx.published));
  if (date) p.announcedOn = { date: date.date, precision: date.precision, text: date.text };

  // The next sentence may go on about the same deal: "The all-cash deal was announced in
  // January 2022.", "Le montant ... environ 700 millions de dollars".
  if (next && !next.sentence.heading && (!p.amount || !p.announcedOn) && cues.continuation.test(next.sentence.flat) && !next.mentions.some((m) => m.entity !== p.target && !p.investors.includes(m.entity) && m.entity.type === "Company")) {
    const more = usable(next).filter((m) => !isValuation(next, m));
    const moreValuation = usable(next).find((m) => isValuation(next, m));
    const announced = /(?<![\p{L}])(?:announc\p{L}*|annonc\p{L}*|signed|sign[ée]e?|unveiled|d[ée]voil[ée]e?|agreed|conclu\p{L}*)(?![\p{L}])/iu.test(next.sentence.flat);
    const moreDate = announced ? next.dates.find((d) => d.precision !== "day" || d.date <= ctx.published) : undefined;
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
      p.announcedOn = { date: moreDate.date, precision: moreDate.precision, text: moreDate.text };
      used = true;
    }
    if (used) {
      p.evidence.end = Math.max(p.evidence.end, next.sentence.end);
      p.reasons.push("figures from the next sentence");
    }
  }
  // Buying a whole company at a valuation is paying that much.
  if (!p.amount && p.valuation && p.kind === "ACQUISITION") {
    p.amount = { ...p.valuation };
    p.notes.push("amount taken from the valuation of a whole company bought");
  }
  if (p.amount) p.confidence += 0.1;
  else p.notes.push("no amount in the sentence");
  if (!p.announcedOn && !cues.earlier.test(flat)) p.announcedOn = { date: ctx.published.slice(0, 7), precision: ctx.published.length >= 7 ? "month" : "year" };
  if (!p.announcedOn) p.notes.push("an earlier deal with no date: add announcedOn if known");

  // Kind: a share bought is a stake; one investor putting money in, outside a round, too.
  const stake = pickStake(s, p, cues);
  if (stake) {
    p.stake = { value: stake.value, text: stake.text, approximate: stake.approximate };
    if (p.kind === "ACQUISITION" || p.kind === "FUNDING_ROUND") p.kind = stake.value < 100 ? "EQUITY_STAKE" : "ACQUISITION";
    if (stake.approximate) p.notes.push(`stake from "${stake.text}": check the exact figure`);
  } else if (p.kind === "ACQUISITION" && /stake|participation|part(?:s)?\s+(?:de|du)/iu.test(flat)) {
    p.kind = "EQUITY_STAKE";
  } else if (p.kind === "FUNDING_ROUND" && p.investors.length === 1 && !p.otherInvestors && !cues.roundWord.test(flat)) {
    p.kind = "EQUITY_STAKE";
  }

  if (p.kind === "ACQUISITION" && /licen[cs]/iu.test(flat) && !p.stake) {
    p.kind = "LICENSE_AND_HIRE";
    p.notes.push("a licence deal: LICENSE_AND_HIRE when the team is hired too, else say what it is");
  }
  if (cues.terminated.test(flat)) p.status = "TERMINATED";
  else if (cues.rumor.test(flat)) p.status = "RUMORED";
  else if (cues.completed.test(flat)) p.status = "COMPLETED";

  if (!p.investors.length) {
    // The format needs an investor: such a proposal can only be a commented-out hint.
    p.confidence = Math.min(p.confidence, 0.4);
    p.notes.push("no investor named: add one");
  }
  const weakest = Math.min(p.target.confidence, ...p.investors.map((e) => e.confidence));
  if (weakest < 0.5) p.confidence -= 0.1;
  if (p.status === "RUMORED" || p.status === "TERMINATED") p.confidence -= 0.1;
  p.confidence = clamp(p.confidence);
}

function proposedMoney(m: MoneyMention, ctx: DealContext, notes: string[]): ProposedMoney {
  if (m.currency) return { value: m.value, currency: m.currency, text: m.text };
  notes.push(`"${m.text}" gives no currency: ${ctx.defaultCurrency} assumed`);
  return { value: m.value, currency: ctx.defaultCurrency, text: m.text, assumed: true };
}

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
  const candidates = s.percents.filter(near);
  return candidates.find((c) => !c.approximate) ?? candidates[0];
}
