// Companies and people in article text. Two sources: entities the graph already knows,
// found by name and alias (matchKnownEntities, a pure function of the text and the list),
// and new candidates: runs of capitalized words, typed by the words around them
// ("la start-up X", "CEO X", "X, the startup") and by their own shape ("Scale AI").
// The words are found in tokens.ts, the known names in known-names.ts, the new candidates
// in candidates.ts; this file makes them entities. Confidences are named in confidence.ts.
import { nameKey } from "../text/fold.js";
import { type Candidate, type CandidateHints, findCandidates, personScore, typeScore } from "./candidates.js";
import { ENTITY } from "./confidence.js";
import type { EntityType, FoundEntity, KnownEntity } from "./entity-types.js";
import { matchKnownEntities, type NameMention } from "./known-names.js";
import { FIRST_NAMES, NAME_TAILS, plain } from "./lexicon.js";
import { libraryFirstNames, taggedNames } from "./nlp.js";
import { flatten, type Lang, type Sentence } from "./text.js";
import { tokenize } from "./tokens.js";

// The shapes live in entity-types.ts, a leaf every step imports; the extractor's users (cli/, tests) import them from here.
export type { EntityMention, EntityType, FoundEntity, KnownEntity } from "./entity-types.js";

/**
 * Every entity of an article: known ones matched, new ones proposed, each with its
 * mentions, type, a confidence and the reasons for it. Partial names join the full one
 * ("Wang" after "Alexandr Wang", "Mistral" after "Mistral AI").
 */
export function findEntities(body: string, sentences: Sentence[], known: KnownEntity[], options: EntityOptions = {}): FoundEntity[] {
  const flat = flatten(body);
  const knownMentions = matchKnownEntities(body, known);
  const hints: CandidateHints = { firstNames: peopleLexicon(known), tagged: (options.nlp ?? options.lang === "en") ? taggedNames(body) : undefined };
  const candidates = findCandidates(body, flat, sentences, knownMentions, hints);
  const entities = entitiesOfKnownNames(knownMentions, sentences);

  // Candidates, grouped by name key, then short forms folded into full names.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) groups.set(c.key, [...(groups.get(c.key) ?? []), c]);
  const fullNames = [...groups.values()].filter((g) => g[0]!.words.length >= 2);
  markLastNamesUsedAlone(groups, fullNames, [...entities.values()]);
  foldShortNames(groups, fullNames, [...entities.values()]);
  foldAcronyms(groups, fullNames);
  for (const [key, group] of groups) {
    const e = newEntity(key, group);
    entities.set(e.key, e);
  }

  addHeadingMentions(body, flat, sentences, entities);
  if (options.title) raiseTitleNames(options.title, entities);
  mergeFormerNames(flat, sentences, entities);
  propagateThroughLists(flat, [...entities.values()]);
  const all = [...entities.values()];
  for (const e of all) e.mentions.sort((a, b) => a.start - b.start);
  for (const e of all) if (!e.known) addSurfaceAliases(e);
  return all.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

export interface EntityOptions {
  /** The body's language: which NLP tagger reads it. */
  lang?: Lang;
  /** The article's title (not part of the body): a new name it repeats is likelier a name. */
  title?: string;
  /** Whether the NLP tagger's people and organisations weigh on new names' types: by default in English (a small gain on the dev articles), not in French (none). */
  nlp?: boolean;
}

/**
 * The people lexicon: the extractor's first names, the NLP libraries' and the first names
 * of the people the graph knows ("Elon" when the graph holds "Elon Musk").
 */
export function peopleLexicon(known: KnownEntity[]): Set<string> {
  const names = new Set([...FIRST_NAMES, ...libraryFirstNames()]);
  for (const e of known) {
    if (e.type !== "Person") continue;
    for (const n of [e.name, ...e.aliases]) {
      const words = n.trim().split(/\s+/);
      if (words.length >= 2) names.add(plain(words[0]!));
    }
  }
  return names;
}

/** The graph's entities the text names, one per id (or one per name several ids share: ambiguous). */
function entitiesOfKnownNames(knownMentions: NameMention[], sentences: Sentence[]): Map<string, FoundEntity> {
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
        typeCertain: true, confidence: 0, rule: "entity.gazetteer", reasons: [], mentions: [],
      };
      entities.set(key, e);
    }
    e.mentions.push({ start: m.start, end: m.end, text: m.text, entity: e, sentence: sentenceOf(m.start) });
    if (!m.weakCase) e.confidence = ENTITY.knownName;
    else e.confidence = Math.max(e.confidence, ENTITY.knownLowercase);
  }
  for (const e of entities.values()) {
    e.reasons.push(e.known ? `matched: ${e.known.id}` : `matches ${e.ambiguous!.map((k) => k.id).join(", ")}`);
    if (e.confidence < ENTITY.weak) e.reasons.push("only written in lowercase");
  }
  return entities;
}

/** Marks candidates as short forms of a full name: they join its group under its words and key. */
const asPartOf = (full: Candidate[], group: Candidate[], extra: Partial<Candidate> = {}): Candidate[] =>
  group.map((c) => ({ ...c, words: full[0]!.words, key: full[0]!.key, partial: true, ...extra }));

/**
 * A one-word name joins the one full name it is short for: a person's last name ("Wang"
 * for "Alexandr Wang"), a company's first word before a legal or generic tail ("Mistral"
 * for "Mistral AI"), among the candidates or the known entities; a single letter ("H")
 * joins the full name it starts.
 */
function foldShortNames(groups: Map<string, Candidate[]>, fullNames: Candidate[][], knownEntities: FoundEntity[]): void {
  for (const [key, group] of groups) {
    const words = group[0]!.words;
    if (words.length !== 1) continue;
    if (group[0]!.short) {
      groups.delete(key);
      const full = fullNames.filter((g) => g[0]!.words[0] === words[0]);
      if (full.length === 1) full[0]!.push(...asPartOf(full[0]!, group, { short: false }));
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
    if (Array.isArray(into)) into.push(...asPartOf(into, group));
    else for (const c of group) into.mentions.push({ start: c.start, end: c.end, text: c.text, entity: into, sentence: c.sentence });
  }
}

/**
 * A full name whose last word the text also writes alone ("Elon Musk ... Musk said") is a
 * person's: a company is shortened to its first word ("Sequoia"), a person to the last.
 * Not when the text says company (a cue, a brand-like shape) or when the first word is a
 * company of its own ("Microsoft Azure ... Azure": a product).
 */
function markLastNamesUsedAlone(groups: Map<string, Candidate[]>, fullNames: Candidate[][], knownEntities: FoundEntity[]): void {
  const alone = new Set([...groups.values()].filter((g) => g[0]!.words.length === 1 && !g[0]!.short).map((g) => g[0]!.words[0]!));
  const companyWords = new Set([
    ...[...groups.values()].filter((g) => g[0]!.words.length === 1 && personScore(g) === 0).map((g) => g[0]!.words[0]!),
    ...knownEntities.map((e) => plain(e.name)),
  ]);
  for (const g of fullNames) {
    const words = g[0]!.words;
    const last = words.at(-1)!;
    if (words.length > 3 || !alone.has(last) || NAME_TAILS.has(last) || companyWords.has(words[0]!)) continue;
    if (personScore(g) > 0 || g.some((c) => c.company > 0)) continue;
    g[0]!.person += 2;
    g[0]!.cues.push("its last name written alone");
    g[0]!.rules.push({ rule: "entity.last-name-alone", kind: "person", weight: 2 });
  }
}

/** "AWS" after "Amazon Web Services": an acronym of a longer name is that name. */
function foldAcronyms(groups: Map<string, Candidate[]>, fullNames: Candidate[][]): void {
  const initials = (g: Candidate[]) => g[0]!.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  for (const [key, group] of groups) {
    const word = group[0]!.text;
    if (group[0]!.words.length !== 1 || !/^\p{Lu}{2,6}$/u.test(word)) continue;
    const full = fullNames.filter((g) => groups.has(g[0]!.key) && initials(g) === word);
    if (full.length !== 1) continue;
    groups.delete(key);
    full[0]!.push(...asPartOf(full[0]!, group));
  }
}

/** A new entity from its candidates: named by its longest full mention, typed and scored by their cues. */
function newEntity(key: string, group: Candidate[]): FoundEntity {
  const full = group.filter((c) => !c.partial);
  const main = full.reduce((a, b) => (b.words.length > a.words.length ? b : a), full[0] ?? group[0]!);
  const mainName = main.name ?? main.text;
  const person = personScore(group);
  const company = typeScore(group, "company");
  const reasons = [...new Set(group.flatMap((c) => c.cues))];
  // A tie (no cue at all, mostly) is a company: articles about deals name more of them.
  const type: EntityType = person > company ? "Person" : "Company";
  const midSentence = group.filter((c) => !c.sentenceInitial).length;
  const confidence = newNameConfidence(Math.max(person, company), main.words.length, midSentence);
  if (!reasons.length) reasons.push(main.words.length >= 2 ? "capitalized name" : midSentence >= 2 ? "capitalized word, written several times" : "capitalized word");
  const kind = type === "Company" ? (group.some((c) => c.media) ? "MEDIA" : group.some((c) => c.research) ? "RESEARCH" : group.some((c) => c.investor) ? "INVESTOR" : undefined) : undefined;
  const e: FoundEntity = {
    key: `new:${key}`, type, typeCertain: person !== company, name: mainName.replace(/\s+/g, " "), aliases: [], kind, confidence, rule: strongestRule(group, type, main.words.length), reasons, mentions: [],
  };
  e.mentions = group.map((c) => ({ start: c.start, end: c.end, text: c.text, entity: e, sentence: c.sentence }));
  return e;
}

/** The rule that weighed most for the type given: a cue of the text, the people lexicon, the NLP tagger, else the name's shape. */
function strongestRule(group: Candidate[], type: EntityType, words: number): string {
  const kind = type === "Person" ? "person" : "company";
  const weights = new Map<string, number>();
  for (const c of group) for (const r of c.rules) if (r.kind === kind) weights.set(r.rule, (weights.get(r.rule) ?? 0) + r.weight);
  const best = [...weights].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : words >= 2 ? "entity.capitalized-name" : "entity.capitalized-word";
}

/** How sure a new name is an entity: by the weight of its cues, else by its shape and how often it is capitalized mid-sentence. */
function newNameConfidence(strength: number, words: number, midSentence: number): number {
  if (strength >= 2) return ENTITY.strongCues;
  if (strength >= 1) return ENTITY.someCue;
  if (words >= 2) return ENTITY.capitalizedName;
  if (midSentence >= 2) return ENTITY.repeatedWord;
  if (midSentence === 1) return ENTITY.onceMidSentence;
  return ENTITY.sentenceStartOnly;
}

/** Headings name entities found elsewhere ("## Rattraper Google, OpenAI et Anthropic"). */
function addHeadingMentions(body: string, flat: string, sentences: Sentence[], entities: Map<string, FoundEntity>): void {
  const byKey = new Map([...entities.values()].filter((e) => !e.known && !e.ambiguous).map((e) => [nameKey(e.name), e]));
  sentences.forEach((s, si) => {
    if (!s.heading) return;
    for (const t of tokenize(flat, s.start, s.end)) {
      const e = byKey.get(nameKey(flat.slice(t.coreStart, t.coreEnd)));
      if (e && !e.mentions.some((m) => m.start === t.coreStart)) e.mentions.push({ start: t.coreStart, end: t.coreEnd, text: body.slice(t.coreStart, t.coreEnd), entity: e, sentence: si });
    }
  });
}

/** A new name the title also writes ("Dataiku lève 200 millions": "Dataiku a annoncé...") is what the article is about, not a capitalized word. */
function raiseTitleNames(title: string, entities: Map<string, FoundEntity>): void {
  const words = ` ${nameKey(title)} `;
  for (const e of entities.values()) {
    if (e.known || e.ambiguous || e.confidence >= ENTITY.inTitle || !words.includes(` ${nameKey(e.name)} `)) continue;
    // "Activision" beside "Activision Blizzard": a short form, left to the reviewer.
    if ([...entities.values()].some((o) => o !== e && nameKey(o.name).startsWith(`${nameKey(e.name)} `))) continue;
    e.confidence = ENTITY.inTitle;
    e.reasons.push("named in the title");
    if (!e.typeCertain) e.rule = "entity.title";
  }
}

/** A new entity's other ways of being written ("Mistral AI" for "Mistral AI SAS", "AWS"), as aliases. */
function addSurfaceAliases(e: FoundEntity): void {
  const surfaces = new Set(e.mentions.map((m) => m.text.replace(/\s+/g, " ")));
  for (const s of surfaces) if (nameKey(s) !== nameKey(e.name) && (s.split(" ").length > 1 || /^\p{Lu}{2,6}$/u.test(s)) && !e.aliases.includes(s)) e.aliases.push(s);
}

// "formerly known as X", "(ex-X)", "qui s'appelait encore X": X is an earlier name of the company at hand.
const FORMER_NAME = /(?:formerly(?:\s+known\s+as|\s+called)?|previously\s+(?:known\s+as|called)|ex-|anciennement|autrefois\s+(?:appel[ée]e?|baptis[ée]e?)|(?:qui\s+)?s'appelait(?:\s+encore)?|(?:qui\s+)?se\s+nommait(?:\s+encore)?)\s*$/iu;

/** Folds a company's former name into it, as an alias. */
function mergeFormerNames(flat: string, sentences: Sentence[], entities: Map<string, FoundEntity>): void {
  for (const e of [...entities.values()]) {
    if (e.known || e.ambiguous) continue;
    const m = e.mentions.find((x) => FORMER_NAME.test(flat.slice(sentences[x.sentence]!.start, x.start)));
    if (!m) continue;
    const companies = [...entities.values()].filter((o) => o !== e && o.type === "Company" && o.confidence >= ENTITY.formerNameOwner).flatMap((o) => o.mentions);
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

/**
 * "Google, OpenAI et Anthropic": names listed with a company are companies too. Raises
 * the confidence of new names coordinated with a confident company in one sentence.
 */
function propagateThroughLists(flat: string, entities: FoundEntity[]): void {
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  // Chains of names joined by commas and "and"; one with no "and"/"et" is not a list.
  const linked = (i: number) => mentions[i]!.sentence === mentions[i + 1]!.sentence && LIST_GAP.test(flat.slice(mentions[i]!.end, mentions[i + 1]!.start));
  const inList = new Set<number>();
  const lists: FoundEntity[][] = [];
  for (let i = 0; i + 1 < mentions.length; ) {
    let j = i;
    while (j + 1 < mentions.length && linked(j)) j++;
    const gaps = mentions.slice(i, j).map((m, k) => flat.slice(m.end, mentions[i + k + 1]!.start));
    if (gaps.some((g) => /(?:and|et|ou|or|&)/u.test(g))) {
      for (let k = i; k < j; k++) inList.add(k);
      lists.push([...new Set(mentions.slice(i, j + 1).map((m) => m.entity))]);
    }
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
        if (from.type === "Company" && from.confidence >= ENTITY.listLeader && !to.known && (to.type === "Company" || !to.typeCertain) && to.confidence < ENTITY.listedWithCompanies) {
          to.confidence = ENTITY.listedWithCompanies;
          to.type = "Company";
          to.rule = "entity.listed-with-companies";
          if (!to.reasons.includes("listed with companies")) to.reasons.push("listed with companies");
          changed = true;
        }
      }
    }
  }
  for (const list of lists) lonePersonAmongCompanies(list);
  for (const list of lists) unsaidAmongPeople(list);
}

/**
 * "Xavier Niel, Rodolphe Saadé et Eric Schmidt": a full name nothing in the text typed
 * (no cue, not in the people lexicon), listed with two people or more and no company, is a person too.
 */
function unsaidAmongPeople(list: FoundEntity[]): void {
  const people = list.filter((e) => e.type === "Person" && e.typeCertain);
  if (people.length < 2 || list.some((e) => e.type === "Company" && e.typeCertain)) return;
  for (const e of list) {
    if (e.known || e.typeCertain || e.name.split(" ").length < 2) continue;
    e.type = "Person";
    e.rule = "entity.listed-with-people";
    e.reasons.push("listed with people");
  }
}

/**
 * "Nvidia, AMD, Cisco, Accel, ServiceNow et Jane Street": one name typed a person by its
 * first word alone ("Jane"), listed among three companies or more and no other person, is
 * a company too. Two such names or more ("Microsoft, Nvidia, Reid Hoffman, Bill Gates") stay people.
 */
function lonePersonAmongCompanies(list: FoundEntity[]): void {
  // Nothing but the name's look: the people lexicon, the NLP tagger.
  const lexiconOnly = (e: FoundEntity) => !e.known && e.type === "Person" && e.reasons.every((r) => r === "first name" || r === "tagged a person by the NLP library");
  const people = list.filter((e) => e.type === "Person");
  const companies = list.filter((e) => e.type === "Company" && e.confidence >= ENTITY.listLeader);
  if (people.length !== 1 || !lexiconOnly(people[0]!) || companies.length < 3) return;
  const e = people[0]!;
  e.type = "Company";
  e.typeCertain = false;
  e.rule = "entity.listed-with-companies";
  e.reasons.push("a first name's look, listed among companies");
}

const LIST_GAP = /^\s*(?:,|,?\s*(?:and|et|ou|or|&)\s*(?:(?:the|le|la|les|l')\s+(?:[\p{Ll}-]+\s+){1,4})?)\s*(?:de\s+|d'|du\s+|des\s+|of\s+)?$/u;
