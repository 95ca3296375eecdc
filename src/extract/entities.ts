// Companies and people in article text. Two sources: entities the graph already knows,
// found by name and alias (matchKnownEntities, a pure function of the text and the list),
// and new candidates: runs of capitalized words, typed by the words around them
// ("la start-up X", "CEO X", "X, the startup") and by their own shape ("Scale AI").
import { nameKey } from "../text/fold.js";
import {
  CALENDAR_WORDS, COMMON_WORDS, COMPANY_HEADS, COMPANY_NOUNS, FIRST_NAMES, HONORIFICS, INSTITUTION_WORDS, INVESTOR_HEADS, NAME_TAILS,
  NEVER_NAMES, NOT_NAMES, PERSON_PREFIXES, PLACES, plain, SPEECH_VERBS, SPEECH_VERBS_BEFORE,
} from "./lexicon.js";
import { type Sentence, type Span, flatten } from "./text.js";
import { TITLES } from "./titles.js";

export type EntityType = "Company" | "Person";

/** An entity of the graph, as the extractor needs it. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface Token extends Span {
  /** Offset and text once a French elision ("d'", "l'") and an English possessive ("'s") are set aside. */
  coreStart: number;
  coreEnd: number;
}

// A word: letters and digits, joined inside by . ' - & : ("Booking.com", "L'Oréal", "AT&T", "Run:ai").
const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'&:-](?=[\p{L}\p{N}]))*/gu;
// "d'Amazon", "L'an": an elision; "D'Angelo", "O'Brien": a name.
const ELISION_RE = /^(?:(?:d|l|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)'(?=[\p{L}\p{N}])|(?:D|L|Qu|J|N|S|C|M|T|Jusqu|Lorsqu|Puisqu)'(?=\p{Ll}))/u;
const POSSESSIVE_RE = /'s?$/iu;
// "SoftBank-backed", "Paris-based": the name before the hyphen stands alone.
const HYPHEN_SUFFIX_RE = /-(backed|owned|led|funded|based|made|built|controlled|run|affiliated|linked|style)$/iu;

/** The words of `flat` between two offsets (whole text by default). */
export function tokenize(flat: string, from = 0, to = flat.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, "gu");
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat)) && m.index < to) {
    let start = m.index;
    let end = Math.min(m.index + m[0].length, to);
    let text = flat.slice(start, end);
    const suffix = HYPHEN_SUFFIX_RE.exec(text);
    if (suffix && suffix.index > 0) {
      end = start + suffix.index;
      text = flat.slice(start, end);
    }
    const elision = ELISION_RE.exec(text);
    const coreStart = start + (elision ? elision[0].length : 0);
    const possessive = /[\p{L}\p{N}]'s?$/iu.test(text) && !/^[\p{L}]'[\p{L}]+$/u.test(text) ? POSSESSIVE_RE.exec(text) : null;
    const coreEnd = possessive ? end - possessive[0].length : end;
    tokens.push({ start, end, text, coreStart, coreEnd: Math.max(coreEnd, coreStart + 1) });
    if (suffix && suffix.index > 0) re.lastIndex = start + suffix.index + 1;
  }
  return tokens;
}

/** A name found in the text. */
export interface NameMention extends Span {
  key: string;
  /** Known entities it names; more than one: ambiguous. Empty for a new candidate. */
  known: KnownEntity[];
  /** All lowercase while the known name is not: a weaker match ("apple" for Apple). */
  weakCase: boolean;
}

/** Known entities by name key: every name and alias of each. */
export function indexKnown(known: KnownEntity[]): { byKey: Map<string, KnownEntity[]>; maxWords: number } {
  const byKey = new Map<string, KnownEntity[]>();
  let maxWords = 1;
  for (const e of known) {
    for (const n of [e.name, ...e.aliases]) {
      const key = nameKey(n);
      if (!key) continue;
      maxWords = Math.max(maxWords, key.split(" ").length);
      const list = byKey.get(key) ?? [];
      if (!list.some((x) => x.id === e.id)) list.push(e);
      byKey.set(key, list);
    }
  }
  return { byKey, maxWords: Math.min(maxWords + 1, 10) };
}

/**
 * Where the text names entities the graph knows: by name or alias, case-, accent- and
 * punctuation-insensitively (the loader's nameKey), longest name first, through
 * possessives ("Meta's", "Scale AI's") and elisions ("d'Amazon", "l'Oréal" stays whole
 * when it is the name). Pure: the text and the list in, mentions out.
 *
 * @example matchKnownEntities("Le rachat d'Amazon...", [{ id: "amazon", type: "Company", name: "Amazon", aliases: [] }])
 *   // [{ text: "Amazon", key: "amazon", known: [amazon], ... }]
 */
export function matchKnownEntities(text: string, known: KnownEntity[]): NameMention[] {
  if (!known.length) return [];
  const flat = flatten(text);
  const { byKey, maxWords } = indexKnown(known);
  const tokens = tokenize(flat);
  const mentions: NameMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    let found: { start: number; end: number; key: string; list: KnownEntity[]; n: number } | undefined;
    for (let n = Math.min(maxWords, tokens.length - i); n >= 1 && !found; n--) {
      const first = tokens[i]!;
      const last = tokens[i + n - 1]!;
      if (!joined(flat, tokens, i, n)) continue;
      for (const start of [first.start, first.coreStart]) {
        for (const end of [last.end, last.coreEnd]) {
          if (found || end <= start) continue;
          const key = nameKey(flat.slice(start, end));
          const list = byKey.get(key);
          if (list) found = { start, end, key, list, n };
        }
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const next = tokens[i + found.n];
    if (found.end === tokens[i + found.n - 1]!.end && next && joined(flat, tokens, i + found.n - 1, 2) && continuesName(flat.slice(next.coreStart, next.coreEnd))) {
      // "Google DeepMind", "Microsoft Gaming", "Amazon Web Services": a longer name, not the known one.
      i += found.n;
      continue;
    }
    const surface = text.slice(found.start, found.end);
    const weakCase = surface === surface.toLowerCase() && found.list.every((e) => e.name !== e.name.toLowerCase());
    mentions.push({ start: found.start, end: found.end, text: surface, key: found.key, known: found.list, weakCase });
    i += found.n;
  }
  return mentions;
}

/** A capitalized word that would make a name longer ("DeepMind" after "Google"), not a common word. */
function continuesName(word: string): boolean {
  const p = plain(word);
  return isCapitalized(word) && !COMMON_WORDS.has(p) && !CALENDAR_WORDS.has(p) && (!NEVER_NAMES.has(p) || NAME_TAILS.has(p)) && !/-\p{Ll}/u.test(word);
}

/** Whether tokens i..i+n-1 are one name's words: separated by spaces (or " & ") only. */
function joined(flat: string, tokens: Token[], i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const gap = flat.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (!/^(?: {1,2}|\n| ?& ?)$/.test(gap)) return false;
    if (k > i && tokens[k]!.coreStart !== tokens[k]!.start) return false; // "Meta d'Amazon" is two names
    if (tokens[k]!.coreEnd !== tokens[k]!.end) return false; // "Meta's Scale" too
  }
  return true;
}

/** An entity of the article: a known one, or a new candidate. */
export interface FoundEntity {
  /** Local identity while extracting: "known:<id>" or "new:<name key>". */
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: "INVESTOR" | "MEDIA" | "RESEARCH";
  /** False when nothing in the text said company or person: a fact may settle it. */
  typeCertain: boolean;
  /** The graph's entity, when matched. */
  known?: KnownEntity;
  /** Several graph entities share the name: the reviewer picks. */
  ambiguous?: KnownEntity[];
  confidence: number;
  /** Why it is proposed, for the draft's comments. */
  reasons: string[];
  mentions: EntityMention[];
}

export interface EntityMention extends Span {
  entity: FoundEntity;
  sentence: number;
}

interface Candidate extends Span {
  key: string;
  /** A single letter ("H"): kept only as a short form of a longer name ("H Company"). */
  short?: boolean;
  words: string[];
  sentence: number;
  sentenceInitial: boolean;
  person: number;
  company: number;
  investor: boolean;
  media: boolean;
  research: boolean;
  cues: string[];
}

const ADJ = String.raw`(?:\s+[\p{Ll}][\p{L}-]*){0,2}`;
const CUE = {
  companyBefore: new RegExp(`(?:^|[^\\p{L}])(?:${COMPANY_NOUNS})${ADJ}\\s+$`, "iu"),
  companyAfter: new RegExp(`^\\s*,\\s*(?:the|a|an|la|une|le|l'|its|son|sa)\\s*(?:[\\p{L}-]+\\s+){0,2}(?:${COMPANY_NOUNS})(?![\\p{L}'])`, "iu"),
  titleOfBefore: new RegExp(`(?:${TITLES})\\s+(?:of|at|de|du|d'|chez)\\s*$`, "iu"),
  titleAfter: new RegExp(`^(?:'s?)?\\s+(?:${TITLES})(?:,)?\\s+[\\p{Lu}]`, "iu"),
  legalAfter: /^\s*,?\s*(?:Inc|Corp|Ltd|LLC|SA|SAS|GmbH|AG|plc)(?![\p{L}])/u,
  research: /(?:[ée]tude|rapport|study|report|survey|enqu[êe]te|analyse|analysis|classement|ranking)\s+(?:de|d'|du|by|from|of)\s*(?:la\s+(?:soci[ée]t[ée]|firme)\s+|the\s+(?:firm|company)\s+)?$/iu,
  media: /(?:(?:d'apr[èe]s|selon)\s+(?:les\s+informations\s+(?:de|du|d')|le\s+(?:site|journal|quotidien|m[ée]dia)|un\s+article\s+(?:de|du|d'))|(?:first\s+)?reported\s+by|a\s+report\s+(?:by|in|from)|rapport[ée]\s+par|r[ée]v[ée]l[ée]\s+par|told|au\s+micro\s+de)\s*$/iu,
  investorBefore: /(?:fonds|fund|venture\s+(?:capital\s+)?firm|investment\s+firm|investisseur|investor|VC|capital-risqueur|soci[ée]t[ée]\s+de\s+capital-risque)(?:\s+[\p{Ll}][\p{L}-]*)?\s+$/iu,
  // In a round: "led by X", "menée par X", "backed by X", "auprès de X", "with participation from X".
  backerBefore: /(?:(?:co-?)?led\s+by|backed\s+by|men[ée]e?s?\s+par|emmen[ée]e?s?\s+par|pilot[ée]e?s?\s+par|aupr[èe]s\s+(?:de|d'|du|des)|participation\s+(?:from|of|de|d'|du|des)|soutenue?s?\s+par)\s*$/iu,
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
  personVerbAfter: /^\s+(?:joins|joined|will\s+join|rejoint|a\s+rejoint|rejoindra|quitte|a\s+quitt[ée]|steps\s+down|stepped\s+down|resigns|resigned|is\s+named|was\s+named|est\s+nomm[ée]e?|a\s+[ée]t[ée]\s+nomm[ée]e?|devient|becomes|became|conserve|keeps|remains|reste|d[ée]missionne|(?:would\s+|will\s+)?take\s+over|takes\s+over|took\s+over|prend\s+la\s+t[êe]te|succ[èe]de)(?![\p{L}])/iu,
  founderAfter: /^\s+(?:co-?founded|founded|cofounded|a\s+(?:co-?)?fond[ée]|started|created|a\s+cr[ée][ée])(?![\p{L}])/iu,
  hiredBefore: /(?:hired|hires|has\s+hired|poached|recruited|recrute|a\s+recrut[ée]|embauche|a\s+embauch[ée]|d[ée]bauche|a\s+d[ée]bauch[ée]|chaired\s+by|pr[ée]sid[ée]e?\s+par)\s+$/iu,
  copularTitle: new RegExp(`^\\s+(?:en\\s+|y\\s+)?(?:is|was|est|[ée]tait|remains|reste|demeure)\\s+(?:the|its|le|la|l'|son|sa)?\\s*(?:${TITLES})`, "iu"),
};

const isCapitalized = (word: string) => /^\p{Lu}/u.test(word) || /^\p{Ll}{1,3}\p{Lu}/u.test(word) || /^\p{N}+\p{L}/u.test(word);

/**
 * New entity candidates in the sentences: runs of capitalized words outside known
 * mentions, less leading common words ("Chez Meta" -> "Meta"), places and calendar words;
 * a lone word opening a sentence counts only if the text never writes it in lowercase.
 */
function findCandidates(body: string, flat: string, sentences: Sentence[], taken: Span[]): Candidate[] {
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
      let r = trimRun(run, flat);
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
      const sentenceInitial = isSentenceInitial(flat, s, start);
      if (sentenceInitial && words.length === 1 && lowercaseWords.has(words[0]!)) return;
      const c: Candidate = {
        start, end, text: body.slice(start, end), key: nameKey(surface), words, sentence: si, sentenceInitial, short: surface.length < 2,
        ...cues(flat, s, start, end, words),
      };
      if (honorific) {
        c.person += 3;
        c.cues.push("honorific");
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
      const hyphenLower = /-\p{Ll}/u.test(core) && !FIRST_NAMES.has(p);
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

function cues(flat: string, s: Sentence, start: number, end: number, words: string[]) {
  const before = flat.slice(Math.max(s.start, start - 120), start);
  const after = flat.slice(end, Math.min(s.end, end + 120));
  let person = 0;
  let company = 0;
  const found: string[] = [];
  const cue = (kind: "person" | "company", weight: number, why: string) => {
    if (kind === "person") person += weight;
    else company += weight;
    if (!found.includes(why)) found.push(why);
  };
  // "the company Elon Musk founded", "the social network Musk bought": the name is the clause's subject.
  const reducedRelative =
    /(?:^|\s)(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before.replace(/\S+\s*$/u, "")) &&
    /^\s+(?:\p{Ll}+ed|bought|sold|built|founded|started|runs|ran|leads|led|created|launched|owns|took|made|has|had)(?![\p{L}])/u.test(after);
  if (CUE.companyBefore.test(before) && !reducedRelative) cue("company", 2, "named as a company");
  if (CUE.companyAfter.test(after)) cue("company", 2, "described as a company");
  if (CUE.titleOfBefore.test(before)) cue("company", 2, "a position's employer");
  if (CUE.titleAfter.test(after)) cue("company", 2, "a position's employer");
  if (CUE.legalAfter.test(after)) cue("company", 2, "legal form");
  const research = CUE.research.test(before);
  const media = CUE.media.test(before);
  const investor = CUE.investorBefore.test(before) || INVESTOR_HEADS.has(words[words.length - 1]!);
  if (research) cue("company", 1.5, "cited for a study");
  if (media) cue("company", 1.5, "cited as a news source");
  if (CUE.investorBefore.test(before)) cue("company", 2, "named as an investor");
  if (CUE.backerBefore.test(before)) cue("company", 1, "backs a round");
  if (CUE.personPrefix.test(before)) cue("person", 3, "civility");
  if (CUE.personTitleBefore.test(before) && !CUE.titleOfBefore.test(before)) cue("person", 2, "a position's holder");
  if (CUE.personTitleOfBefore.test(before)) cue("person", 2, "a position's holder");
  if (CUE.personAppositive.test(after)) cue("person", 2.5, "a position's holder");
  // People are quoted by full name (a lone "Arm said" is a company speaking).
  if (words.length > 1 && (CUE.speechAfter.test(after) || CUE.speechBefore.test(before))) cue("person", 0.5, "quoted");
  if (CUE.foundedBy.test(before)) cue("person", 2, "a founder");
  if (CUE.personVerbAfter.test(after)) cue("person", 0.5, "a person's verb");
  if (CUE.founderAfter.test(after) && words.length > 1) cue("person", 2.5, "a founder");
  if (CUE.hiredBefore.test(before)) cue("person", 1.5, "hired or chairing");
  if (CUE.copularTitle.test(after)) cue("person", 2, "a position's holder");
  // Shape.
  const surface = flat.slice(start, end);
  if (words.length >= 2 && FIRST_NAMES.has(words[0]!)) cue("person", 2, "first name");
  if (COMPANY_HEADS.has(words[words.length - 1]!) && words.length >= 2) cue("company", 2, "company-like name");
  if (/\p{Ll}\p{Lu}|\p{N}/u.test(surface) || /^\p{Lu}{2,}$/u.test(surface) || /[.&:]/.test(surface)) cue("company", 1.5, "brand-like name");
  return { person, company, investor, media, research, cues: found };
}

/**
 * Every entity of an article: known ones matched, new ones proposed, each with its
 * mentions, type, a confidence and the reasons for it. Partial names join the full one
 * ("Wang" after "Alexandr Wang", "Mistral" after "Mistral AI").
 */
export function findEntities(body: string, sentences: Sentence[], known: KnownEntity[]): FoundEntity[] {
  const flat = flatten(body);
  const knownMentions = matchKnownEntities(body, known);
  const candidates = findCandidates(body, flat, sentences, knownMentions);
  const sentenceOf = (offset: number) => Math.max(0, sentences.findIndex((s) => offset >= s.start && offset < s.end));

  const entities = new Map<string, FoundEntity>();
  for (const m of knownMentions) {
    const ids = [...new Set(m.known.map((k) => k.id))];
    const key = ids.length === 1 ? `known:${ids[0]}` : `ambiguous:${m.key}`;
    let e = entities.get(key);
    if (!e) {
      const first = m.known[0]!;
      e = {
        key, type: first.type, name: ids.length === 1 ? first.name : m.text, aliases: [],
        known: ids.length === 1 ? first : undefined, ambiguous: ids.length > 1 ? m.known : undefined,
        typeCertain: true, confidence: 0, reasons: [], mentions: [],
      };
      entities.set(key, e);
    }
    e.mentions.push({ start: m.start, end: m.end, text: m.text, entity: e, sentence: sentenceOf(m.start) });
    if (!m.weakCase) e.confidence = 0.95;
    else e.confidence = Math.max(e.confidence, 0.45);
  }
  for (const e of entities.values()) {
    e.reasons.push(e.known ? `matched: ${e.known.id}` : `matches ${e.ambiguous!.map((k) => k.id).join(", ")}`);
    if (e.confidence < 0.5) e.reasons.push("only written in lowercase");
  }

  // Candidates, grouped by name key, then partial names folded into full ones.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) groups.set(c.key, [...(groups.get(c.key) ?? []), c]);
  const fullNames = [...groups.values()].filter((g) => g[0]!.words.length >= 2);
  const knownEntities = [...entities.values()];
  for (const [key, group] of groups) {
    const words = group[0]!.words;
    if (words.length !== 1) continue;
    if (group[0]!.short) {
      groups.delete(key);
      const full = fullNames.filter((g) => g[0]!.words[0] === words[0]);
      if (full.length === 1) full[0]!.push(...group.map((c) => ({ ...c, words: full[0]![0]!.words, key: full[0]![0]!.key, partial: true, short: false })));
      continue;
    }
    const word = words[0]!;
    const people = [
      ...fullNames.filter((g) => g[0]!.words.at(-1) === word && personScore(g) > 0),
      ...knownEntities.filter((e) => e.type === "Person" && nameKey(e.name).split(" ").at(-1) === nameKey(word) && nameKey(e.name).includes(" ")),
    ];
    const companies = [
      // "Mistral" for "Mistral AI"; not "Google" for "Google Cloud", a name of its own.
      ...fullNames.filter((g) => g[0]!.words[0] === word && g[0]!.words.slice(1).every((w) => NAME_TAILS.has(w))),
      ...knownEntities.filter((e) => e.type === "Company" && nameKey(e.name).split(" ")[0] === nameKey(word) && nameKey(e.name).split(" ").slice(1).every((w) => NAME_TAILS.has(w))),
    ];
    const into = people.length + companies.length === 1 ? (people[0] ?? companies[0]) : undefined;
    if (!into) continue;
    // A short name stands for a full one introduced before it ("Mistral AI ... Mistral"), not
    // for one that comes after ("Microsoft ... a division called Microsoft AI").
    const fullStart = Array.isArray(into) ? Math.min(...into.map((c) => c.start)) : Math.min(...into.mentions.map((m) => m.start));
    if (fullStart > Math.min(...group.map((c) => c.start))) continue;
    groups.delete(key);
    if (Array.isArray(into)) into.push(...group.map((c) => ({ ...c, words: into[0]!.words, key: into[0]!.key, partial: true })));
    else for (const c of group) into.mentions.push({ start: c.start, end: c.end, text: c.text, entity: into, sentence: c.sentence });
  }

  // "AWS" after "Amazon Web Services": an acronym of a longer name is that name.
  for (const [key, group] of groups) {
    const word = group[0]!.text;
    if (group[0]!.words.length !== 1 || !/^\p{Lu}{2,6}$/u.test(word)) continue;
    const initials = (g: Candidate[]) => g[0]!.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    const full = fullNames.filter((g) => groups.has(g[0]!.key) && initials(g) === word);
    if (full.length !== 1) continue;
    groups.delete(key);
    full[0]!.push(...group.map((c) => ({ ...c, words: full[0]![0]!.words, key: full[0]![0]!.key, partial: true })));
  }

  for (const [key, group] of groups) {
    const full = group.filter((c) => !(c as { partial?: boolean }).partial);
    const main = full.reduce((a, b) => (b.words.length > a.words.length ? b : a), full[0] ?? group[0]!);
    const person = personScore(group);
    const company = group.reduce((n, c) => n + c.company, 0);
    const reasons = [...new Set(group.flatMap((c) => c.cues))];
    let type: EntityType;
    if (person > company) type = "Person";
    else if (company > person) type = "Company";
    else type = "Company";
    const typeCertain = person !== company;
    const strength = Math.max(person, company);
    const midSentence = group.filter((c) => !c.sentenceInitial).length;
    let confidence: number;
    if (strength >= 2) confidence = 0.8;
    else if (strength >= 1) confidence = 0.65;
    else if (main.words.length >= 2) confidence = 0.55;
    else if (midSentence >= 2) confidence = 0.55;
    else if (midSentence === 1) confidence = 0.45;
    else confidence = 0.3;
    if (!reasons.length) reasons.push(main.words.length >= 2 ? "capitalized name" : midSentence >= 2 ? "capitalized word, written several times" : "capitalized word");
    const kind = type === "Company" ? (group.some((c) => c.media) ? "MEDIA" : group.some((c) => c.research) ? "RESEARCH" : group.some((c) => c.investor) ? "INVESTOR" : undefined) : undefined;
    const e: FoundEntity = {
      key: `new:${key}`, type, typeCertain, name: main.text.replace(/\s+/g, " "), aliases: [], kind, confidence, reasons, mentions: [],
    };
    e.mentions = group.map((c) => ({ start: c.start, end: c.end, text: c.text, entity: e, sentence: c.sentence }));
    entities.set(e.key, e);
  }

  // Headings name entities found elsewhere ("## Rattraper Google, OpenAI et Anthropic").
  const byKey = new Map([...entities.values()].filter((e) => !e.known && !e.ambiguous).map((e) => [nameKey(e.name), e]));
  sentences.forEach((s, si) => {
    if (!s.heading) return;
    for (const t of tokenize(flat, s.start, s.end)) {
      const e = byKey.get(nameKey(flat.slice(t.coreStart, t.coreEnd)));
      if (e && !e.mentions.some((m) => m.start === t.coreStart)) e.mentions.push({ start: t.coreStart, end: t.coreEnd, text: body.slice(t.coreStart, t.coreEnd), entity: e, sentence: si });
    }
  });

  mergeFormerNames(flat, sentences, entities);
  propagateThroughLists(flat, [...entities.values()]);
  const all = [...entities.values()];
  for (const e of all) e.mentions.sort((a, b) => a.start - b.start);
  for (const e of all) {
    if (e.known) continue;
    const surfaces = new Set(e.mentions.map((m) => m.text.replace(/\s+/g, " ")));
    for (const s of surfaces) if (nameKey(s) !== nameKey(e.name) && (s.split(" ").length > 1 || /^\p{Lu}{2,6}$/u.test(s)) && !e.aliases.includes(s)) e.aliases.push(s);
  }
  return all.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

// "formerly known as X", "(ex-X)", "qui s'appelait encore X": X is an earlier name of the company at hand.
const FORMER_NAME = /(?:formerly(?:\s+known\s+as|\s+called)?|previously\s+(?:known\s+as|called)|ex-|anciennement|autrefois\s+(?:appel[ée]e?|baptis[ée]e?)|(?:qui\s+)?s'appelait(?:\s+encore)?|(?:qui\s+)?se\s+nommait(?:\s+encore)?)\s*$/iu;

/** Folds a company's former name into it, as an alias. */
function mergeFormerNames(flat: string, sentences: Sentence[], entities: Map<string, FoundEntity>): void {
  for (const e of [...entities.values()]) {
    if (e.known || e.ambiguous) continue;
    const m = e.mentions.find((x) => FORMER_NAME.test(flat.slice(sentences[x.sentence]!.start, x.start)));
    if (!m) continue;
    const companies = [...entities.values()].filter((o) => o !== e && o.type === "Company" && o.confidence >= 0.5).flatMap((o) => o.mentions);
    const owner =
      companies.filter((x) => x.sentence === m.sentence && x.end <= m.start).sort((a, b) => a.start - b.start).pop()?.entity ??
      companies.filter((x) => x.sentence === m.sentence - 1).sort((a, b) => a.start - b.start)[0]?.entity;
    if (!owner) continue;
    for (const x of e.mentions) owner.mentions.push({ ...x, entity: owner });
    if (!owner.aliases.includes(e.name)) owner.aliases.push(e.name);
    owner.reasons.push(`formerly ${e.name}`);
    entities.delete(e.key);
  }
}

function personScore(group: Candidate[]): number {
  return group.reduce((n, c) => n + c.person, 0);
}

/**
 * "Google, OpenAI et Anthropic": names listed with a company are companies too. Raises
 * the confidence of new names coordinated with a confident company in one sentence.
 */
function propagateThroughLists(flat: string, entities: FoundEntity[]): void {
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  // Chains of names joined by commas and "and"; one with no "and"/"et" is not a list.
  const linked = (i: number) => mentions[i]!.sentence === mentions[i + 1]!.sentence && LIST_GAP.test(flat.slice(mentions[i]!.end, mentions[i + 1]!.start));
  const inList = new Set<number>();
  for (let i = 0; i + 1 < mentions.length; ) {
    let j = i;
    while (j + 1 < mentions.length && linked(j)) j++;
    const gaps = mentions.slice(i, j).map((m, k) => flat.slice(m.end, mentions[i + k + 1]!.start));
    if (gaps.some((g) => /(?:and|et|ou|or|&)/u.test(g))) for (let k = i; k < j; k++) inList.add(k);
    i = j + 1;
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      if (!inList.has(i)) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        const from = x.entity;
        const to = y.entity;
        if (from.type === "Company" && from.confidence >= 0.6 && !to.known && (to.type === "Company" || !to.typeCertain) && to.confidence < 0.65) {
          to.confidence = 0.65;
          to.type = "Company";
          if (!to.reasons.includes("listed with companies")) to.reasons.push("listed with companies");
          changed = true;
        }
      }
    }
  }
}

const LIST_GAP = /^\s*(?:,|,?\s*(?:and|et|ou|or|&)\s*(?:(?:the|le|la|les|l')\s+(?:[\p{Ll}-]+\s+){1,4})?)\s*(?:de\s+|d'|du\s+|des\s+|of\s+)?$/u;
