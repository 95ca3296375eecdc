// New entity candidates: runs of capitalized words outside the names the graph knows, each
// with the cues around it that say company or person ("la start-up X", "CEO X", "X, the
// startup", "Scale AI"). entities.ts groups them into entities.
import { nameKey } from "../text/fold.js";
import {
  CALENDAR_WORDS, COMMON_WORDS, COMPANY_HEADS, COMPANY_NOUNS, FIRST_NAMES, HONORIFICS, INSTITUTION_WORDS, INVESTOR_HEADS, NAME_TAILS,
  NEVER_NAMES, NOT_NAMES, PERSON_NOUNS, PERSON_PREFIXES, PLACES, plain, SPEECH_VERBS, SPEECH_VERBS_BEFORE,
} from "./lexicon.js";
import type { Sentence, Span } from "./text.js";
import { TITLES } from "./titles.js";
import { isCapitalized, type Token, tokenize } from "./tokens.js";
import type { TaggedName } from "./nlp.js";

export interface Candidate extends Span {
  key: string;
  /** A single letter ("H"): kept only as a short form of a longer name ("H Company"). */
  short?: boolean;
  /** A short form folded into a longer name ("Wang" into "Alexandr Wang", "AWS"): it does not name the entity. */
  partial?: boolean;
  words: string[];
  sentence: number;
  sentenceInitial: boolean;
  person: number;
  company: number;
  investor: boolean;
  media: boolean;
  research: boolean;
  cues: string[];
  /** Its full name when the text leaves part of it to a name after ("Patrick" in "Patrick and John Collison"). */
  name?: string;
  /** The rules that weighed on its type: "entity.<rule>", the weight and the type it argued for. */
  rules: CueRule[];
}

export interface CueRule {
  rule: string;
  kind: "person" | "company";
  weight: number;
}

/** What the entity finder brings to the candidates beyond the text: its people lexicon and the NLP tagger's names. */
export interface CandidateHints {
  /** First names (plain forms): lexicon.ts FIRST_NAMES, the NLP libraries' and the graph's people's. */
  firstNames: ReadonlySet<string>;
  /** People and organisations the NLP tagger read, offsets in the body. */
  tagged?: TaggedName[];
}

// Plural nouns of companies, before examples of them.
const COMPANY_PLURALS = String.raw`clients|customers|acteurs|players|rivals|rivaux|concurrents|competitors|companies|entreprises|groupes|soci[ée]t[ée]s|distributeurs|retailers|industriels|g[ée]ants|giants|firms|firmes|start-?ups|startups|partenaires|partners|brands|marques|banques|banks|investisseurs\s+(?:comme|tels)|chipmakers|fabricants|[ée]diteurs|labs|laboratoires`;
// Adjectives after a company noun ("la start-up parisienne"), not a preposition ("la société avec X": X is not the company).
const ADJ = String.raw`(?:\s+(?!(?:avec|with|and|et|ou|or|de|du|des|of|par|by|pour|for|à|au|aux|in|en|dans|chez|sur|on|to|from|that|qui|que|which)(?![\p{L}]))[\p{Ll}][\p{L}-]*){0,2}`;
const CUE = {
  companyBefore: new RegExp(`(?:^|[^\\p{L}])(?:${COMPANY_NOUNS})${ADJ}\\s+$`, "iu"),
  companyAfter: new RegExp(`^\\s*,\\s*(?:the|a|an|la|une|le|l'|its|son|sa)\\s*(?:[\\p{L}-]+\\s+){0,3}(?:${COMPANY_NOUNS})(?![\\p{L}'])`, "iu"),
  titleOfBefore: new RegExp(`(?:${TITLES})\\s+(?:of|at|de|du|d'|chez)\\s*$`, "iu"),
  titleAfter: new RegExp(`^(?:'s?)?\\s+(?:${TITLES})(?:,)?\\s+[\\p{Lu}]`, "iu"),
  possessiveOwner: new RegExp(`^'s\\s+(?:(?:[\\p{Ll}-]+\\s+){0,3}(?:${COMPANY_NOUNS})(?![\\p{L}])|(?:former\\s+|new\\s+|top\\s+)?(?:${TITLES}))`, "iu"),
  possessivePerson: /^'s\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?![\p{L}])/u,
  legalAfter: /^\s*,?\s*(?:Inc|Corp|Ltd|LLC|SA|SAS|GmbH|AG|plc)(?![\p{L}])/u,
  research: /(?:[ée]tude|rapport|study|report|survey|enqu[êe]te|analyse|analysis|classement|ranking)\s+(?:de|d'|du|by|from|of)\s*(?:la\s+(?:soci[ée]t[ée]|firme)\s+|the\s+(?:firm|company)\s+)?$/iu,
  media: /(?:(?:d'apr[èe]s|selon)\s+(?:les\s+informations\s+(?:de|du|d')|le\s+(?:site|journal|quotidien|m[ée]dia)|un\s+article\s+(?:de|du|d'))|(?:first\s+)?reported\s+by|a\s+report\s+(?:by|in|from)|rapport[ée]\s+par|r[ée]v[ée]l[ée]\s+par|told|au\s+micro\s+de)\s*$/iu,
  investorBefore: /(?:fonds|fund|venture\s+(?:capital\s+)?firm|investment\s+firm|investisseur|investor|VC|capital-risqueur|soci[ée]t[ée]\s+de\s+capital-risque)(?:\s+[\p{Ll}][\p{L}-]*)?\s+$/iu,
  // In a round: "led by X", "menée par X", "backed by X", "auprès de X", "with participation from X".
  backerBefore: /(?:(?:co-?)?led\s+by|backed\s+by|men[ée]e?s?\s+par|emmen[ée]e?s?\s+par|pilot[ée]e?s?\s+par|aupr[èe]s\s+(?:de|d'|du|des)|aux\s+c[ôo]t[ée]s\s+(?:de|d'|du|des)|alongside|participation\s+(?:from|of|de|d'|du|des)|soutenue?s?\s+par)\s*$/iu,
  personTitleBefore: new RegExp(`(?:${TITLES})\\s*[,:]?\\s*$`, "iu"),
  personTitleOfBefore: new RegExp(`(?:${TITLES})\\s+(?:of|at|de|du|d'|chez)\\s+[^,;]{1,60},\\s*$`, "iu"),
  personPrefix: new RegExp(`(?:^|\\s)(?:${PERSON_PREFIXES})\\s*$`, "u"),
  personAppositive: new RegExp(
    `^\\s*,\\s*(?:the\\s+|le\\s+|la\\s+|l'|its\\s+|son\\s+|sa\\s+|their\\s+|leur\\s+|a\\s+|an\\s+|un\\s+|une\\s+|(?:un|une|one|two|three|deux|trois|l'un|l'une)\\s+(?:des|of\\s+the|of\\s+its|de\\s+ses)\\s+(?:\\p{L}+\\s+)?)?(?:[\\p{L}.:&-]+'s?\\s+)?(?:former\\s+|ancien(?:ne)?\\s+|new\\s+|nouveau\\s+|nouvelle\\s+|current\\s+|actuel(?:le)?\\s+|jeune\\s+)?(?:${TITLES})`,
    "iu",
  ),
  speechAfter: new RegExp(`^\\s*,?\\s*(?:${SPEECH_VERBS})(?![\\p{L}])`, "iu"),
  speechBefore: new RegExp(`(?:${SPEECH_VERBS_BEFORE})\\s+$`, "iu"),
  foundedBy: /(?:founded|co-founded|cofounded|cofond[ée]e?|co-fond[ée]e?|fond[ée]e?|cr[ée][ée]e?)\s+(?:in\s+\d{4}\s+|en\s+\d{4}\s+)?(?:by|par)\s+(?:[\p{Lu}][\p{L}-]+\s+[\p{Lu}][\p{L}-]+\s*(?:,|and|et)\s*)?$/iu,
  personVerbAfter: /^\s+(?:joins|joined|will\s+join|rejoint|a\s+rejoint|rejoindra|quitte|a\s+quitt[ée]|steps\s+down|stepped\s+down|resigns|resigned|is\s+named|was\s+named|est\s+nomm[ée]e?|a\s+[ée]t[ée]\s+nomm[ée]e?|devient|becomes|became|conserve|keeps|remains|reste|d[ée]missionne|(?:would\s+|will\s+)?take\s+over|takes\s+over|took\s+over|prend\s+la\s+t[êe]te|succ[èe]de)(?![\p{L}])(?!\s+(?:the|this|a|an|la|le|l'|ce|cette)\s*(?:[\p{Ll}-]+\s+)?(?:round|financing|funding|deal|investment|raise|tour|lev[ée]e|op[ée]ration|financement))/iu,
  founderAfter: /^\s+(?:co-?founded|founded|cofounded|a\s+(?:co-?)?fond[ée]|started|created|a\s+cr[ée][ée])(?![\p{L}])/iu,
  hiredBefore: /(?:hired|hires|has\s+hired|poached|recruited|recrute|a\s+recrut[ée]|embauche|a\s+embauch[ée]|d[ée]bauche|a\s+d[ée]bauch[ée]|chaired\s+by|pr[ée]sid[ée]e?\s+par)\s+$/iu,
  // "le milliardaire Yuri Milner", "billionaire investor Peter Thiel": words for people.
  personNounBefore: new RegExp(`(?:^|[^\\p{L}])(?:${PERSON_NOUNS})(?:\\s+[\\p{Ll}][\\p{L}-]*){0,2}\\s+$`, "iu"),
  // "clients such as Philips, Rolls-Royce and Unilever", "des acteurs comme Databricks et Snowflake": companies given as examples.
  exampleCompanies: new RegExp(
    `(?:^|[^\\p{L}])(?:${COMPANY_PLURALS})(?:\\s+[\\p{L}'-]+){0,4}?\\s+(?:such\\s+as|comme|like|including|notamment|tel(?:le)?s\\s+que|dont)\\s+(?:[^.;:()]{0,80}?(?:,\\s*|\\s(?:and|et|ou|or)\\s+)(?:de\\s+|d')?)?$`,
    "iu",
  ),
  // "reporting directly to Satya Nadella", "rattachée directement à X": a person's subordinates.
  reportsTo: /(?:report(?:s|ing|ed)?\s+(?:directly\s+)?to|rattach[ée]e?s?\s+(?:directement\s+)?à|sous\s+la\s+(?:direction|houlette|responsabilit[ée])\s+de)\s+$/iu,
  // "Musk, who is...": English "who" is said of people ("which" of companies).
  whoAfter: /^\s*,\s*who(?![\p{L}])/iu,
  copularTitle: new RegExp(`^\\s+(?:en\\s+|y\\s+)?(?:is|was|est|[ée]tait|remains|reste|demeure)\\s+(?:the|its|le|la|l'|son|sa)?\\s*(?:${TITLES})`, "iu"),
};

/**
 * New entity candidates in the sentences: runs of capitalized words outside known
 * mentions, less leading common words ("Chez Meta" -> "Meta"), places and calendar words;
 * a lone word opening a sentence counts only if the text never writes it in lowercase.
 */
export function findCandidates(body: string, flat: string, sentences: Sentence[], taken: Span[], hints: CandidateHints = { firstNames: FIRST_NAMES }): Candidate[] {
  const lowercaseWords = new Set<string>();
  for (const t of tokenize(flat)) {
    const core = flat.slice(t.coreStart, t.coreEnd);
    if (/^\p{Ll}/u.test(core) && !/\p{Lu}/u.test(core)) lowercaseWords.add(plain(core)); // not "xAI", "eBay"
  }

  const candidates: Candidate[] = [];
  sentences.forEach((s, si) => {
    if (s.heading) return;
    const tokens = tokenize(flat, s.start, s.end);
    let run: Token[] = [];
    const flush = () => {
      // "New York": a place before its common first word is trimmed.
      const whole = run.map((t) => plain(flat.slice(t.coreStart, t.coreEnd))).join(" ");
      let r = PLACES.has(whole) ? [] : trimRun(run, flat);
      run = [];
      const honorific = r.length > 1 && HONORIFICS.has(plain(flat.slice(r[0]!.coreStart, r[0]!.coreEnd)));
      if (honorific) r = r.slice(1);
      if (!r.length) return;
      const start = r[0]!.coreStart;
      const end = r[r.length - 1]!.coreEnd;
      const surface = flat.slice(start, end);
      const words = r.map((t, i) => plain(flat.slice(i === 0 ? t.coreStart : t.start, i === r.length - 1 ? t.coreEnd : t.end)));
      const joinedWords = words.join(" ");
      if (PLACES.has(joinedWords) || (words.length === 1 && NOT_NAMES.has(words[0]!))) return;
      // "San Francisco Bay Area": a place with more words.
      if (words.length > 2 && [...PLACES].some((p) => p.includes(" ") && joinedWords.startsWith(`${p} `))) return;
      if (words.some((w) => INSTITUTION_WORDS.has(w)) && !COMPANY_HEADS.has(words[words.length - 1]!)) return;
      if (words.every((w) => NAME_TAILS.has(w) || NEVER_NAMES.has(w))) return;
      // "installée à Croix", "based in Espoo": a place.
      if (LOCATIVE_BEFORE.test(flat.slice(Math.max(s.start, start - 40), start))) return;
      const sentenceInitial = isSentenceInitial(flat, s, start);
      if (sentenceInitial && words.length === 1 && lowercaseWords.has(words[0]!)) return;
      // "Patrick and John Collison": the first brother's name is "Patrick Collison".
      const shared = words.length === 1 && hints.firstNames.has(words[0]!) ? SHARED_SURNAME.exec(flat.slice(end, s.end)) : null;
      const surname = shared && hints.firstNames.has(plain(shared[1]!)) && !hints.firstNames.has(plain(shared[2]!)) ? shared[2]! : undefined;
      if (surname) words.push(plain(surname));
      const c: Candidate = {
        start, end, text: body.slice(start, end), key: nameKey(surname ? `${surface} ${surname}` : surface), words, sentence: si, sentenceInitial, short: surface.length < 2,
        ...(surname ? { name: `${body.slice(start, end)} ${surname}` } : {}),
        ...cues(flat, s, start, end, words, hints),
      };
      if (honorific) {
        c.person += 3;
        c.cues.push("honorific");
        c.rules.push({ rule: "entity.cue.honorific", kind: "person", weight: 3 });
      }
      // A one-letter name ("X", "H") only when the text says it is a company ("X, the social network").
      if (c.short && c.company >= 2) c.short = false;
      candidates.push(c);
    };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const core = flat.slice(t.coreStart, t.coreEnd);
      const p = plain(core);
      const inKnown = taken.some((x) => t.start < x.end && x.start < t.end);
      const hyphenLower = /-\p{Ll}/u.test(core) && !hints.firstNames.has(p);
      const figure = /^\d+(?:[.,]\d+)?(?:k|m|mn|bn|b|md|mds|t|tn|x)$/iu.test(core); // "$500m", "15M€"
      const nameLike = !inKnown && !figure && isCapitalized(core) && !hyphenLower && !CALENDAR_WORDS.has(p) && (!NEVER_NAMES.has(p) || NAME_TAILS.has(p));
      const continues = run.length > 0 && /^(?: {1,2}| ?& ?)$/.test(flat.slice(run[run.length - 1]!.end, t.start)) && t.coreStart === t.start && run[run.length - 1]!.coreEnd === run[run.length - 1]!.end;
      if (nameLike && (continues || run.length === 0)) {
        if (run.length === 0 && NAME_TAILS.has(p)) continue;
        run.push(t);
      } else {
        flush();
        if (nameLike && !NAME_TAILS.has(p)) run.push(t);
      }
    }
    flush();
  });
  return candidates;
}

const LOCATIVE_BEFORE = /(?:install[ée]e?s?|bas[ée]e?s?|implant[ée]e?s?|situ[ée]e?s?|si[èe]g[ée]e?s?|based|headquartered|located)\s+(?:à|a|en|au|in|at|near)\s+$|(?:,\s*|\s)pr[èe]s\s+de\s+$/iu;
const SHARED_SURNAME = /^\s+(?:and|et|&)\s+(\p{Lu}[\p{Ll}-]+)\s+(\p{Lu}[\p{Ll}-]+)(?![\p{L}])/u;

/** How much the NLP tagger's reading weighs against the rules' cues (a cue of the text weighs 1 to 3). */
export const NLP_WEIGHT = 1;

const COMPANY_NOUN_WORD = new RegExp(`^(?:${COMPANY_NOUNS})$`, "iu");

/** Drops leading common words ("The", "Chez", "Pour", "Chipmaker"), and trailing ones. */
function trimRun(run: Token[], flat: string): Token[] {
  let i = 0;
  const core = (t: Token) => flat.slice(t.coreStart, t.coreEnd);
  while (i < run.length - 1 && (COMMON_WORDS.has(plain(core(run[i]!))) || NEVER_NAMES.has(plain(core(run[i]!))) || COMPANY_NOUN_WORD.test(core(run[i]!)))) i++;
  if (i === run.length - 1 && (COMMON_WORDS.has(plain(core(run[i]!))) || NEVER_NAMES.has(plain(core(run[i]!))))) i++;
  let j = run.length;
  while (j > i && COMMON_WORDS.has(plain(flat.slice(run[j - 1]!.coreStart, run[j - 1]!.coreEnd)))) j--;
  return run.slice(i, j);
}

function isSentenceInitial(flat: string, s: Sentence, start: number): boolean {
  return /^[\s"'(*_\-]*$/.test(flat.slice(s.start, start)) || /[:;]\s*["']?\s*$/.test(flat.slice(s.start, start));
}

function cues(flat: string, s: Sentence, start: number, end: number, words: string[], hints: CandidateHints) {
  const before = flat.slice(Math.max(s.start, start - 120), start);
  const after = flat.slice(end, Math.min(s.end, end + 120));
  let person = 0;
  let company = 0;
  const found: string[] = [];
  const rules: CueRule[] = [];
  const cue = (kind: "person" | "company", weight: number, why: string, rule: string) => {
    if (kind === "person") person += weight;
    else company += weight;
    if (!found.includes(why)) found.push(why);
    rules.push({ rule: `entity.${rule}`, kind, weight });
  };
  // "the company Elon Musk founded", "the social network Musk bought": the name is the clause's subject.
  const reducedRelative =
    /(?:^|\s)(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before.replace(/\S+\s*$/u, "")) &&
    /^\s+(?:\p{Ll}+ed|bought|sold|built|founded|started|runs|ran|leads|led|created|launched|owns|took|made|has|had)(?![\p{L}])/u.test(after);
  if (CUE.companyBefore.test(before) && !reducedRelative) cue("company", 2, "named as a company", "cue.company-noun");
  // "X, le fonds Accel et...": the next name of a list, not an apposition of X.
  const described = CUE.companyAfter.exec(after);
  if (described && !/^\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*(?:[,.;]|(?:and|et|ou|or)\s|$)/u.test(after.slice(described[0].length))) cue("company", 2, "described as a company", "cue.company-apposition");
  // "Morgan Stanley's asset management arm", "Eli Lilly's Anat Ashkenazi", "Alphabet's finance chief": an owner's possessive.
  if (CUE.possessiveOwner.test(after) || CUE.possessivePerson.test(after)) cue("company", 3, "owns a unit or a position", "cue.possessive-owner");
  // "the chief financial officer of Eli Lilly": a position's employer outweighs a first name's look and the tagger.
  if (CUE.titleOfBefore.test(before)) cue("company", 3, "a position's employer", "cue.employer");
  if (CUE.titleAfter.test(after)) cue("company", 2, "a position's employer", "cue.employer");
  if (CUE.legalAfter.test(after)) cue("company", 2, "legal form", "cue.legal-form");
  const research = CUE.research.test(before);
  const media = CUE.media.test(before);
  const investor = CUE.investorBefore.test(before) || INVESTOR_HEADS.has(words[words.length - 1]!);
  if (research) cue("company", 1.5, "cited for a study", "cue.study-author");
  if (media) cue("company", 1.5, "cited as a news source", "cue.news-source");
  if (CUE.investorBefore.test(before)) cue("company", 2, "named as an investor", "cue.investor-noun");
  if (CUE.backerBefore.test(before)) cue("company", 1, "backs a round", "cue.backer");
  if (CUE.personPrefix.test(before)) cue("person", 3, "civility", "cue.civility");
  if (CUE.personTitleBefore.test(before) && !CUE.titleOfBefore.test(before)) cue("person", 2, "a position's holder", "cue.title-holder");
  if (CUE.personTitleOfBefore.test(before)) cue("person", 2, "a position's holder", "cue.title-holder");
  // Not "Baillie Gifford, Founders Fund": a title that opens the next name.
  const appositive = CUE.personAppositive.exec(after);
  if (appositive && !/^\s*\p{Lu}/u.test(after.slice(appositive[0].length))) cue("person", 2.5, "a position's holder", "cue.title-holder");
  // People are quoted by full name (a lone "Arm said" is a company speaking).
  if (words.length > 1 && (CUE.speechAfter.test(after) || CUE.speechBefore.test(before))) cue("person", 0.5, "quoted", "cue.quoted");
  // Not "founded by Acme's former chief scientist X": Acme owns the title.
  if (CUE.foundedBy.test(before) && !/^'s?(?![\p{L}])/u.test(after)) cue("person", 2, "a founder", "cue.founder");
  if (CUE.personVerbAfter.test(after)) cue("person", 0.5, "a person's verb", "cue.person-verb");
  if (CUE.founderAfter.test(after) && words.length > 1) cue("person", 2.5, "a founder", "cue.founder");
  if (CUE.hiredBefore.test(before)) cue("person", 1.5, "hired or chairing", "cue.hired");
  if (CUE.copularTitle.test(after)) cue("person", 2, "a position's holder", "cue.title-holder");
  // Shape.
  const surface = flat.slice(start, end);
  if (words.length >= 2 && hints.firstNames.has(words[0]!)) cue("person", 2, "first name", "people-lexicon");
  if (CUE.exampleCompanies.test(before)) cue("company", 1.5, "an example of companies", "cue.example-companies");
  if (CUE.reportsTo.test(before)) cue("person", 2, "someone reports to", "cue.reports-to");
  if (CUE.whoAfter.test(after)) cue("person", 1.5, "followed by \"who\"", "cue.who");
  if (CUE.personNounBefore.test(before)) cue("person", 2, "called a person", "cue.person-noun");
  // The NLP tagger's reading of the same words: a weak vote.
  const tagged = hints.tagged?.find((t) => t.start <= start && end <= t.end);
  if (tagged) cue(tagged.type === "Person" ? "person" : "company", NLP_WEIGHT, tagged.type === "Person" ? "tagged a person by the NLP library" : "tagged an organisation by the NLP library", tagged.type === "Person" ? "nlp.person" : "nlp.organisation");
  if (COMPANY_HEADS.has(words[words.length - 1]!) && words.length >= 2) cue("company", 2, "company-like name", "shape.company-head");
  if (/\p{Ll}\p{Lu}|\p{N}/u.test(surface) || /^\p{Lu}{2,}$/u.test(surface) || /[.&:]/.test(surface)) cue("company", 1.5, "brand-like name", "shape.brand");
  return { person, company, investor, media, research, cues: found, rules };
}

/** How much the text says a group of candidates (one name) is a person. */
export function personScore(group: Candidate[]): number {
  return typeScore(group, "person");
}

/** The weight of a group's cues for a type; the NLP tagger's vote counts once per name, not once per mention. */
export function typeScore(group: Candidate[], kind: CueRule["kind"]): number {
  const all = group.reduce((n, c) => n + (kind === "person" ? c.person : c.company), 0);
  const nlp = group.flatMap((c) => c.rules).filter((r) => r.kind === kind && r.rule.startsWith("entity.nlp.")).reduce((n, r) => n + r.weight, 0);
  return all - nlp + Math.min(nlp, NLP_WEIGHT);
}
