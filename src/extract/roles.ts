// People's positions from sentence patterns, in English and French: appositions ("Alexandr
// Wang, le directeur général de Scale AI", "Scale AI CEO Alexandr Wang"), moves ("joins",
// "rejoint", "quitte", "steps down", "est nommé", "prend la tête de"), boards and founders.
import { between, canBe, clamp, coordinatedBefore, coordinatedFrom, dateNear, objectAfter, type SentenceFacts, settle, subjectBefore, type Trigger, triggers } from "./clauses.js";
import type { ProposedDate } from "./deals.js";
import type { EntityMention, FoundEntity } from "./entities.js";
import { COMPANY_NOUNS } from "./lexicon.js";
import type { Lang, Span } from "./text.js";
import { TITLES, titlesIn } from "./titles.js";

const FORMER = "a former position: set until";

/** Written when the text says someone joins a company but not as what. */
export const UNKNOWN_TITLE = "TODO";

export interface RoleProposal {
  person: FoundEntity;
  company: FoundEntity;
  title: string;
  since?: ProposedDate;
  until?: ProposedDate;
  evidence: Span;
  confidence: number;
  reasons: string[];
  notes: string[];
}

const DET = String.raw`(?:the|its|their|his|her|a|an|le|la|l'|les|son|sa|ses|leur|un|une|one\s+of\s+the|one\s+of\s+its|l'un\s+des|l'une\s+des|l'un\s+de\s+ses|l'une\s+de\s+ses)`;
const MOD = String.raw`(?:(?<former>former|ex-|ancien|ancienne|outgoing|sortant|sortante)|current|actuel|actuelle|new|nouveau|nouvelle|newly\s+appointed|jeune|young|longtime|emblématique|charismatique|founding)`;
const OF = String.raw`(?:of|at|de|du|d'|chez)`;
// "two of the three co-founders of", "l'un des cofondateurs de".
const COUNT = String.raw`(?:(?:one|two|three|four|deux|trois|quatre|l'un|l'une)\s+(?:of\s+(?:the|its|their)|des|de\s+ses|de\s+leurs)\s+(?:\p{L}+\s+)?)`;
// "of the chatbot start-up X", "de la jeune pousse X": a description of the company before its name.
const DESCRIBED = `(?:(?:the|la|le|l'|a|an|une|un)\\s*(?:[\\p{Ll}-]+\\s+){0,3}(?:${COMPANY_NOUNS})\\s+)?`;
const re = (source: string) => new RegExp(source, "iu");

const PATTERNS = {
  /** "Person, le directeur général de | the CEO of  Company" (the company follows). */
  apposition: re(`^\\s*,\\s*(?:(?<was>who\\s+was|qui\\s+[ée]tait|qui\\s+a\\s+[ée]t[ée])\\s+)?(?:${COUNT}|${DET}\\s*)?(?:${MOD}\\s+)?(?:(?:co-?)?(?:founder|fondat(?:eur|rice))\\s+(?:and|et)\\s+)?(?<titles>${TITLES})\\s*${OF}\\s*${DESCRIBED}$`),
  /** "Person, the chief technology officer, ...": a title with no company (the one at hand). */
  bareApposition: re(`^\\s*,\\s*(?:the|le|la|l')\\s+(?:${MOD}\\s+)?(?<titles>${TITLES})\\s*(?:,|$)`),
  /** "Person, the LinkedIn co-founder": a company name between the article and the title. */
  companyBetween: re(`^\\s*,\\s*(?:the|le|la|l')\\s+$`),
  /** "Person en est le directeur technique", "Person is the CEO of": a copula then a title. */
  copular: re(`^\\s*,?\\s+(?<en>en\\s+|y\\s+)?(?:is|was|est|[ée]tait|remains|reste|demeure)\\s+(?:the|its|le|la|l'|son|sa)?\\s*(?:${MOD}\\s+)?(?<titles>${TITLES})(?<of>\\s*${OF}\\s*)?`),
  /** After a leaving verb, the post: "dont elle était la directrice technique", "where he was CEO". */
  postHeld: re(`(?:dont|o[uù]|where)\\s+(?:il|elle|he|she)\\s+(?:[ée]tait|avait\\s+[ée]t[ée]|was|had\\s+been|served\\s+as)\\s+(?:the\\s+|le\\s+|la\\s+|l')?(?<titles>${TITLES})`),
  /** "Company('s) CEO Person", "Meta's chief AI officer, Person". */
  companyTitle: re(`^(?:'s?)?\\s+(?:${MOD}\\s+)?(?<titles>${TITLES})\\s*,?\\s*$`),
  /** "le PDG de Company, Person" / "the CEO of Company, Person" (before the company). */
  titleOfBefore: re(`(?:^|[^\\p{L}])(?:${DET}\\s*)?(?:${MOD}\\s+)?(?<titles>${TITLES})\\s*${OF}\\s*$`),
  /** After "Person, Company": "'s co-founder and chief executive". */
  possessedTitle: re(`^'s?\\s+(?:${MOD}\\s+)?(?<titles>${TITLES})`),
  /** Between "Person" and "Company's title": ", who was" / ", qui était". */
  wasBefore: re(`^\\s*,\\s*(?:(?<was>who\\s+was|qui\\s+[ée]tait)\\s+)?(?:the\\s+|le\\s+|la\\s+)?$`),
  /** "Person, the company's chief executive", "Person, son directeur technique" (after the person). */
  ownedTitle: re(`^\\s*,\\s*(?:the\\s+(?:company|start-?up|startup|firm|group|business|lab)'s|its|their|son|sa|leur)\\s+(?:${MOD}\\s+)?(?<titles>${TITLES})`),
  /** "its CEO, Person", "son PDG Person". */
  possessiveTitle: re(`(?:its|their|his|her|son|sa|ses|leur|leurs)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${MOD}\\s+)?(?<titles>${TITLES})\\s*[,:]?\\s*$`),
  /** After a move's company: "as CEO", "en tant que directrice technique". */
  asTitle: re(`^\\s*,?\\s*(?:as|en\\s+tant\\s+que|comme|au\\s+poste\\s+de|à\\s+titre\\s+de|to\\s+(?:be|become|serve\\s+as)|pour\\s+(?:y\\s+)?(?:devenir|occuper\\s+le\\s+poste\\s+de|prendre\\s+le\\s+poste\\s+de))\\s+(?:${DET}\\s+)?(?:${MOD}\\s+)?(?<titles>${TITLES})`),
  /** After an appointment verb: "CEO of", "directeur général de". */
  titleThenOf: re(`^\\s*(?:${DET}\\s*)?(?:${MOD}\\s+)?(?<titles>${TITLES})?\\s*${OF}?\\s*$`),
  /** After a leaving verb: "as CEO of", "son poste de PDG de", "la tête de". */
  leftPost: re(`^\\s*(?:(?:as|from\\s+(?:his|her|their)\\s+(?:role|post|position)\\s+as)\\s+(?:${DET}\\s+)?(?<t1>${TITLES})\\s*${OF}?|(?:son|ses)\\s+(?:poste|fonctions|r[ôo]le|si[èe]ge)\\s+(?:de\\s+|d')?(?<t2>${TITLES})?\\s*${OF}?|(?<head>la\\s+(?:t[êe]te|direction)\\s+${OF}|the\\s+helm\\s+${OF})|(?<presidency>la\\s+pr[ée]sidence\\s+${OF}))?\\s*$`),
};

const VERBS: Record<Lang, Record<"join" | "hiredBy" | "hire" | "leave" | "ousted" | "appoint" | "board" | "boardStay" | "boardJoin" | "seat" | "chairedBy" | "foundedBy" | "founded", RegExp>> = {
  en: {
    join: re(String.raw`(?<![\p{L}])(?:joins|joined|join|will\s+join|to\s+join|is\s+joining|are\s+joining|has\s+joined|have\s+joined|had\s+joined|moves\s+to|moved\s+to|is\s+moving\s+to|defects\s+to|defected\s+to)(?![\p{L}])`),
    hiredBy: re(String.raw`(?<![\p{L}])(?:(?:was|is|has\s+been|been)\s+)?(?:hired|recruited|poached|brought\s+in)\s+by(?![\p{L}])`),
    hire: re(String.raw`(?<![\p{L}])(?:hires|hired|has\s+hired|poaches|poached|taps|tapped|appoints|appointed|has\s+appointed|names|named|has\s+named|recruits|recruited|brings\s+in|brought\s+in)(?![\p{L}])`),
    leave: re(String.raw`(?<![\p{L}])(?:leaves|left|had\s+left|has\s+left|is\s+leaving|will\s+leave|to\s+leave|leaving|departs|departed|steps\s+down|stepped\s+down|will\s+step\s+down|is\s+stepping\s+down|to\s+step\s+down|resigns|resigned|has\s+resigned|quits|quit|exits|exited|was\s+ousted|was\s+fired|was\s+removed|is\s+out)(?![\p{L}])`),
    ousted: re(String.raw`(?<![\p{L}])(?:ousted|fired|removed|dismissed|sacked)(?![\p{L}])`),
    appoint: re(String.raw`(?<![\p{L}])(?:(?:is|was|has\s+been|will\s+be|had\s+been)\s+(?:first\s+|later\s+|then\s+|also\s+|formally\s+|officially\s+)?(?:named|appointed|promoted\s+to|elected|tapped\s+as|picked\s+as|confirmed\s+as)|becomes|became|will\s+become|to\s+become|takes\s+over\s+as|took\s+over\s+as|(?:will|would|to)\s+take\s+over\s+as|steps\s+in\s+as|stepped\s+in\s+as|(?:replaces|replaced|succeeds|succeeded)\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+as|takes\s+the\s+helm\s+(?:of|at)|took\s+the\s+helm\s+(?:of|at)|(?:returns|returned|will\s+return|is\s+back|was\s+back|comes\s+back|came\s+back)\s+as)(?![\p{L}])`),
    board: re(String.raw`(?<![\p{L}])board(?:\s+of\s+directors)?(?![\p{L}])`),
    boardStay: re(String.raw`(?<![\p{L}])(?:remain|remains|will\s+remain|stay|stays|will\s+stay|keeps?|kept|retain|retains|retained|sits?\s+on|seat|member)(?![\p{L}])`),
    boardJoin: re(String.raw`(?<![\p{L}])(?:joins|joined|will\s+join|to\s+join|is\s+joining|appointed\s+to|named\s+to|elected\s+to)(?![\p{L}])`),
    seat: re(String.raw`(?<![\p{L}])(?:keeps|kept|retains|retained|keep|retain)\s+(?:his|her|their|its)\s+seat(?![\p{L}])`),
    chairedBy: re(String.raw`(?<![\p{L}])(?:chaired|led)\s+by(?![\p{L}])(?=\s+\p{Lu})`),
    foundedBy: re(String.raw`(?<![\p{L}])(?:co-?founded|founded|started|created|launched)(?:\s+[^.;:,]{0,40}?)?\s+by(?![\p{L}])`),
    founded: re(String.raw`(?<![\p{L}])(?:co-?founded|founded|started)(?![\p{L}])(?!\s+(?:in|on|by|as|to|with)\s)`),
  },
  fr: {
    join: re(String.raw`(?<![\p{L}])(?:rejoint|rejoignent|a\s+rejoint|ont\s+rejoint|va\s+rejoindre|vont\s+rejoindre|rejoindra|rejoindront|rejoindre|int[èe]gre|a\s+int[ée]gr[ée]|arrive\s+chez|est\s+arriv[ée]e?\s+chez|rallie|a\s+ralli[ée]|passe\s+chez|est\s+pass[ée]e?\s+chez)(?![\p{L}])`),
    hiredBy: re(String.raw`(?<![\p{L}])(?:(?:a\s+[ée]t[ée]|est|sera)\s+)?(?:recrut[ée]e?|embauch[ée]e?|d[ée]bauch[ée]e?|engag[ée]e?)\s+par(?![\p{L}])`),
    hire: re(String.raw`(?<![\p{L}])(?:recrute|a\s+recrut[ée]|embauche|a\s+embauch[ée]|d[ée]bauche|a\s+d[ée]bauch[ée]|nomme|a\s+nomm[ée]|engage|a\s+engag[ée]|s'offre\s+les\s+services\s+de|attire)(?![\p{L}])`),
    leave: re(String.raw`(?<![\p{L}])(?:quitte|quittent|a\s+quitt[ée]|ont\s+quitt[ée]|avai(?:t|ent)\s+quitt[ée]e?s?|va\s+quitter|vont\s+quitter|quittera|quitter|d[ée]missionne|a\s+d[ée]missionn[ée]|c[èe]de\s+sa\s+place|a\s+c[ée]d[ée]\s+sa\s+place|se\s+retire|s'est\s+retir[ée]e?|abandonne\s+(?:son\s+poste|ses\s+fonctions)|a\s+[ée]t[ée]\s+(?:limog[ée]e?|[ée]vinc[ée]e?|remerci[ée]e?|d[ée]barqu[ée]e?)|est\s+[ée]vinc[ée]e?|s'en\s+va)(?![\p{L}])`),
    ousted: re(String.raw`(?<![\p{L}])(?:limoge|a\s+limog[ée]|[ée]vince|a\s+[ée]vinc[ée]|remercie|a\s+remerci[ée]|d[ée]barque|a\s+d[ée]barqu[ée])(?![\p{L}])`),
    appoint: re(String.raw`(?<![\p{L}])(?:(?:est|a\s+[ée]t[ée]|sera|vient\s+d'[êe]tre)\s+(?:nomm[ée]e?|[ée]lue?|promue?|d[ée]sign[ée]e?)|devient|deviendra|est\s+devenue?|prend\s+la\s+t[êe]te\s+(?:de|d'|du)|a\s+pris\s+la\s+t[êe]te\s+(?:de|d'|du)|prendra\s+la\s+t[êe]te\s+(?:de|d'|du)|prend\s+les\s+r[êe]nes\s+(?:de|d'|du)|succ[èe]de\s+à\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+(?:à\s+la\s+t[êe]te\s+(?:de|d'|du)|au\s+poste\s+de|comme)|(?:assure(?:ra)?|assur[ée])\s+l'int[ée]rim(?:\s+(?:à\s+la\s+t[êe]te|de\s+la\s+direction)\s+(?:de|d'|du))?|(?:revient|est\s+revenue?|reviendra|fait\s+son\s+retour)\s+(?:comme|au\s+poste\s+de|en\s+tant\s+que))(?![\p{L}])`),
    board: re(String.raw`(?<![\p{L}])conseil\s+(?:d'administration|de\s+surveillance)(?![\p{L}])`),
    boardStay: re(String.raw`(?<![\p{L}])(?:conserve|garde|reste|si[èe]ge|si[èe]gera|membre|demeure)(?![\p{L}])`),
    boardJoin: re(String.raw`(?<![\p{L}])(?:rejoint|a\s+rejoint|entre|est\s+entr[ée]e?|fait\s+son\s+entr[ée]e|int[èe]gre|nomm[ée]e?\s+au|a\s+int[ée]gr[ée])(?![\p{L}])`),
    seat: re(String.raw`(?<![\p{L}])(?:conserve|garde|a\s+conserv[ée]|a\s+gard[ée])\s+son\s+si[èe]ge(?![\p{L}])(?!\s+(?:au|de))`),
    chairedBy: re(String.raw`(?<![\p{L}])pr[ée]sid[ée]e?\s+par(?![\p{L}])(?=\s+\p{Lu})`),
    foundedBy: re(String.raw`(?<![\p{L}])(?:cofond[ée]e?|co-fond[ée]e?|fond[ée]e?|cr[ée][ée]e?|lanc[ée]e?)(?:\s+[^.;:,]{0,40}?)?\s+par(?![\p{L}])`),
    founded: re(String.raw`(?<![\p{L}])(?:a\s+cofond[ée]|a\s+co-fond[ée]|a\s+fond[ée]|a\s+cr[ée][ée]|cofonde|fonde)(?![\p{L}])`),
  },
};

export interface RoleContext {
  lang: Lang;
  published: string;
  /** The article's first-named company: what "the company", "la société" fall back to. */
  firstCompany?: FoundEntity;
}


/** The roles stated in one sentence. */
export function rolesInSentence(s: SentenceFacts, previous: SentenceFacts | undefined, ctx: RoleContext): RoleProposal[] {
  if (s.sentence.heading) return [];
  const out: RoleProposal[] = [];
  const verbs = VERBS[ctx.lang];
  const people = s.mentions.filter((m) => canBe(m.entity, "Person"));
  const companies = s.mentions.filter((m) => canBe(m.entity, "Company"));
  /** The company an "its"/"son"/"the company's" before `pos` stands for. */
  const ownerBefore = (pos: number): EntityMention | undefined =>
    s.mentions.filter((m) => m.end <= pos && m.entity.type === "Company" && m.entity.typeCertain).pop() ??
    previous?.mentions.find((m) => m.entity.type === "Company") ??
    ctx.firstCompany?.mentions[0];
  /** "the board", "his seat", "en est le...": the company the article is about. */
  const protagonist = (): EntityMention | undefined => ctx.firstCompany?.mentions[0] ?? previous?.mentions.find((m) => m.entity.type === "Company");
  const evidence: Span = { start: s.sentence.start, end: s.sentence.end, text: "" };
  /** The person a verb is about: its subject, or "il"/"elle"/"he"/"she" standing for the previous sentence's first person. */
  const personAt = (pos: number): EntityMention | undefined => {
    const subject = lastOf(subjectBefore(s, pos, "Person"));
    if (subject) return subject;
    if (/^\s*(?:[^,]{0,40},\s*)?(?:il|elle|he|she)\s/iu.test(between(s, s.sentence.start, pos))) return previous?.mentions.find((m) => m.entity.type === "Person");
    return undefined;
  };
  /** "rejoint la jeune pousse", "joins the start-up": the company the article is about. */
  const theCompany = (pos: number): { company: EntityMention; end: number } | undefined => {
    const m = /^\s*(?:la|le|l'|the|this)\s*(?:jeune\s+pousse|start-?up|startup|soci[ée]t[ée]|entreprise|groupe|company|firm|lab|laboratoire)(?![\p{L}])/iu.exec(between(s, pos, s.sentence.end));
    const company = ctx.firstCompany?.mentions[0];
    return m && company ? { company, end: pos + m[0].length } : undefined;
  };
  const moveDate = (at?: number): ProposedDate => {
    const d = at === undefined ? s.dates[0] : dateNear(s, at);
    return d ? { date: d.date, precision: d.precision, text: d.text } : { date: ctx.published.slice(0, 7), precision: ctx.published.length >= 7 ? "month" : "year" };
  };
  const add = (person: EntityMention | undefined, company: EntityMention | undefined, titles: string[], confidence: number, reason: string, extra: Partial<RoleProposal> = {}) => {
    if (!person || !company || !canBe(person.entity, "Person") || !canBe(company.entity, "Company") || person.entity === company.entity) return;
    settle(person.entity, "Person");
    settle(company.entity, "Company");
    for (const title of titles.length ? titles : [UNKNOWN_TITLE]) {
      const notes = [...(extra.notes ?? [])];
      let c = confidence;
      if (title === UNKNOWN_TITLE) {
        notes.push("the text does not say as what: write the title");
        c -= 0.15;
      }
      if (Math.min(person.entity.confidence, company.entity.confidence) < 0.5) c -= 0.1;
      out.push({ person: person.entity, company: company.entity, title, evidence, confidence: clamp(c), reasons: [reason], notes, ...pick(extra) });
    }
  };

  // Appositions: "Person, le directeur général de Company", "Company CEO Person", "le PDG de Company, Person".
  for (const p of people) {
    for (const c of companies) {
      if (c.start >= p.end && c.start - p.end < 120) {
        const m = PATTERNS.apposition.exec(between(s, p.end, c.start));
        if (m) {
          const former = Boolean(m.groups?.former || m.groups?.was);
          const holders = coordinatedBefore(s, p).filter((x) => canBe(x.entity, "Person"));
          const titles = titlesIn(m[0]).map((t) => (t === "Founder" && holders.length > 1 ? "Co-founder" : t));
          for (const h of holders) add(h, c, titles, former ? 0.45 : 0.85, `"${m[0].trim()}"`, former ? { notes: [FORMER] } : {});
        }
      }
      if (p.start >= c.end && p.start - c.end < 60) {
        const m = PATTERNS.companyTitle.exec(between(s, c.end, p.start));
        if (m) add(p, c, titlesIn(m[0]), m.groups?.former ? 0.45 : 0.85, `"${m[0].trim()}"`);
        const lead = between(s, Math.max(s.sentence.start, c.start - 80), c.start);
        const t = PATTERNS.titleOfBefore.exec(lead);
        if (t && /^\s*,?\s*$/.test(between(s, c.end, p.start))) add(p, c, titlesIn(t.groups!.titles!), t.groups?.former ? 0.45 : 0.85, `"${t[0].trim()}"`);
      }
    }
    const possessive = PATTERNS.possessiveTitle.exec(between(s, Math.max(s.sentence.start, p.start - 80), p.start));
    if (possessive) {
      const at = possessive.index + Math.max(s.sentence.start, p.start - 80);
      // "ses cinq cofondateurs : A, B et C": each of the people listed.
      const listed = coordinatedFrom(s, p).filter((m) => canBe(m.entity, "Person"));
      const titles = titlesIn(possessive.groups!.titles!).map((t) => (t === "Founder" && listed.length > 1 ? "Co-founder" : t));
      for (const person of listed) add(person, ownerBefore(at), titles, 0.65, `"${possessive[0].trim()}"`);
    }
    // "Person, Company's co-founder and chief executive".
    const next = s.mentions.find((m) => m.start >= p.end);
    const was = next && PATTERNS.wasBefore.exec(between(s, p.end, next.start));
    if (next && was && canBe(next.entity, "Company")) {
      const m = PATTERNS.possessedTitle.exec(between(s, next.end, Math.min(s.sentence.end, next.end + 80)));
      if (m) add(p, next, titlesIn(m[0]), m.groups?.former || was.groups?.was ? 0.45 : 0.85, `"${next.text}${m[0].trimEnd()}"`, was.groups?.was ? { notes: [FORMER] } : {});
    }
    // "Mira Murati, the chief technology officer, was named...": of the company at hand.
    const bare = PATTERNS.bareApposition.exec(between(s, p.end, Math.min(s.sentence.end, p.end + 80)));
    if (bare) add(p, ownerBefore(p.start), titlesIn(bare.groups!.titles!), 0.55, `"${bare[0].trim()}"`, bare.groups?.former ? { notes: [FORMER] } : {});
    // "Reid Hoffman, the LinkedIn co-founder".
    if (next && canBe(next.entity, "Company") && PATTERNS.companyBetween.test(between(s, p.end, next.start))) {
      const m = new RegExp(`^\\s+(?:${MOD}\\s+)?(?<titles>${TITLES})`, "iu").exec(between(s, next.end, Math.min(s.sentence.end, next.end + 60)));
      if (m) add(p, next, titlesIn(m.groups!.titles!), m.groups?.former ? 0.45 : 0.8, `"${next.text}${m[0]}"`);
    }
    // "Barret Zoph en est le directeur technique", "Jane Doe is the CEO of Acme".
    const cop = PATTERNS.copular.exec(between(s, p.end, Math.min(s.sentence.end, p.end + 80)));
    if (cop) {
      const of = cop.groups?.of ? objectAfter(s, p.end + cop[0].length, { type: "Company", maxGap: 5 }) : undefined;
      const company = of ?? (cop.groups?.en ? protagonist() : !cop.groups?.of ? ownerBefore(p.start) : undefined);
      add(p, company, titlesIn(cop.groups!.titles!), of ? 0.85 : 0.65, `"${cop[0].trim()}"`);
    }
    // "Person, the company's chief executive", "Person, son directeur technique".
    const owned = PATTERNS.ownedTitle.exec(between(s, p.end, Math.min(s.sentence.end, p.end + 80)));
    if (owned) add(p, ownerBefore(p.start), titlesIn(owned.groups!.titles!), 0.65, `"${owned[0].trim()}"`);
  }

  // Joining: "Person joins Company (as Title)", "Person rejoint Company", "Person was hired by Company".
  for (const t of [...triggers(s, verbs.join), ...triggers(s, verbs.hiredBy)]) {
    if (verbs.board.test(between(s, t.end, Math.min(s.sentence.end, t.end + 40)))) continue;
    const person = personAt(t.start);
    const the = theCompany(t.end);
    const company = objectAfter(s, t.end, { type: "Company", maxGap: 30 }) ?? the?.company;
    if (!company) continue;
    const as = PATTERNS.asTitle.exec(between(s, the && company === the.company ? the.end : company.end, s.sentence.end));
    // Joining with no title is a hint, unless the person is leaving a post for it ("quitte son poste pour rejoindre Meta").
    const moving = verbs.leave.test(s.sentence.flat);
    add(person, company, as ? titlesIn(as.groups!.titles!) : [], as ? 0.75 : moving ? 0.75 : 0.6, `"${t.text}"`, { since: moveDate(t.start) });
    // "Shazeer, who was Character.AI's chief executive, will join Google": that post ends with the move.
    for (const r of out) {
      if (person && r.person === person.entity && r.company !== company.entity && r.notes.includes(FORMER) && !r.until) {
        r.until = moveDate(t.start);
        r.notes.splice(r.notes.indexOf(FORMER), 1);
        r.confidence = clamp(r.confidence + 0.3);
        r.reasons.push(`"${t.text}"`);
      }
    }
  }
  // Hiring: "Company hires/nomme Person (as Title)", "Company names Person CEO".
  for (const t of triggers(s, verbs.hire)) {
    const company = lastOf(subjectBefore(s, t.start, "Company"));
    const person = objectAfter(s, t.end, { type: "Person", maxGap: 60 });
    // "has hired researchers from X" is not hiring X.
    if (!person || !company || /(?<![\p{L}])(?:from|of|at|de|du|des|chez)(?![\p{L}])/iu.test(between(s, t.end, person.start))) continue;
    const after = between(s, person.end, s.sentence.end);
    const as = PATTERNS.asTitle.exec(after) ?? new RegExp(`^\\s*,?\\s*(?:${DET}\\s+)?(?<titles>${TITLES})`, "iu").exec(after);
    add(person, company, as ? titlesIn(as.groups!.titles!) : [], as ? 0.75 : 0.5, `"${t.text}"`, { since: moveDate(t.start) });
  }

  // Leaving: "Person quitte (son poste de Title de) Company", "Person steps down as Title of Company".
  const leaves: Array<{ person?: EntityMention; t: Trigger; ousted: boolean }> = [];
  for (const t of triggers(s, verbs.leave)) for (const person of subjectBefore(s, t.start, "Person")) leaves.push({ person, t, ousted: false });
  for (const t of triggers(s, verbs.ousted)) {
    const company = lastOf(subjectBefore(s, t.start, "Company"));
    const person = objectAfter(s, t.end, { type: "Person", maxGap: 40 });
    if (company && person) {
      const as = PATTERNS.asTitle.exec(between(s, person.end, s.sentence.end));
      const known = out.filter((r) => r.person === person.entity && r.company === company.entity);
      if (as) add(person, company, titlesIn(as.groups!.titles!), 0.75, `"${t.text}"`, { until: moveDate(t.start) });
      else for (const r of known) r.until = moveDate(t.start);
    }
  }
  for (const { person, t } of leaves) {
    if (!person) continue;
    const company = objectAfter(s, t.end, { type: "Company", maxGap: 60 });
    const gap = company ? between(s, t.end, company.start) : "";
    const post = company ? PATTERNS.leftPost.exec(gap) : null;
    const until = moveDate(t.start);
    if (company && post) {
      const held = PATTERNS.postHeld.exec(between(s, company.end, s.sentence.end));
      const titles = post.groups?.head
        ? ["CEO"]
        : post.groups?.presidency
          ? ["President"]
          : titlesIn(`${post.groups?.t1 ?? ""} ${post.groups?.t2 ?? ""} ${held?.groups?.titles ?? ""}`);
      const existing = out.filter((r) => r.person === person.entity && r.company === company.entity);
      if (!titles.length && existing.length) for (const r of existing) (r.until = until), r.reasons.push(`"${t.text}"`);
      else add(person, company, titles.length ? titles : existing.map((r) => r.title), titles.length ? 0.8 : 0.45, `"${t.text}"`, { until });
      continue;
    }
    // "Person, le directeur général de Company, quitte son poste": the apposition's role ends.
    const own = out.filter((r) => r.person === person.entity && r.since === undefined);
    for (const r of own) {
      r.until = until;
      r.reasons.push(`"${t.text}"`);
    }
  }

  // Appointments: "Person est nommé directeur général de Company", "Person takes over as CEO of Company".
  for (const t of triggers(s, verbs.appoint)) {
    const person = personAt(t.start);
    const after = objectAfter(s, t.end, { type: "Company", maxGap: 120 });
    let m = after ? new RegExp(`^\\s*(?:${DET}\\s*)?(?:${MOD}\\s+)?(?<titles>${TITLES})?\\s*(?:à\\s+la\\s+t[êe]te\\s+|at\\s+the\\s+helm\\s+)?${OF}?\\s*${DESCRIBED}(?:(?:called|named|baptis[ée]e?|appel[ée]e?|nomm[ée]e?)\\s+)?$`, "iu").exec(between(s, t.end, after.start)) : null;
    let company = m ? after : undefined;
    if (!company) {
      // "Dominic Perella, the start-up's general counsel, becomes interim CEO": of the company at hand.
      m = new RegExp(`^\\s*(?:${DET}\\s+)?(?:${MOD}\\s+)?(?<titles>${TITLES})`, "iu").exec(between(s, t.end, s.sentence.end));
      company = m ? (out.find((r) => r.person === person?.entity)?.company.mentions[0] ?? ownerBefore(t.start)) : undefined;
    }
    if (!company || !m) continue;
    let titles = m.groups?.titles ? titlesIn(m.groups.titles) : [];
    if (!titles.length && /t[êe]te|r[êe]nes|helm/iu.test(t.text)) titles = ["CEO"];
    if (!titles.length && /int[ée]rim/iu.test(t.text)) titles = ["Interim CEO"];
    add(person, company, titles, titles.length ? 0.8 : 0.45, `"${t.text}"`, { since: moveDate(t.start) });
  }

  // Boards: "Person conserve son siège au conseil d'administration de Company", "remains on Company's board".
  for (const t of [...triggers(s, verbs.board), ...triggers(s, verbs.seat)]) {
    // The verb nearest before the board word, and its subject: "Reid Hoffman, ... who started Inflection with A and B, remains on the board".
    const span = between(s, Math.max(s.sentence.start, t.start - 80), t.start);
    const isSeat = verbs.seat.test(t.text);
    const verb = isSeat ? undefined : [...span.matchAll(new RegExp(`${verbs.boardJoin.source}|${verbs.boardStay.source}`, "giu"))].pop();
    const at = verb ? Math.max(s.sentence.start, t.start - 80) + verb.index : t.start;
    if (!verb && !isSeat) continue;
    const person = personAt(at);
    if (!person) continue;
    const joining = verb ? verbs.boardJoin.test(verb[0]) : false;
    const after = objectAfter(s, t.end, { type: "Company", maxGap: 12 });
    const before = s.mentions.filter((m) => m.entity.type === "Company" && m.end <= t.start && m.start > person.end && /^(?:'s?)?\s*$/.test(between(s, m.end, t.start))).pop();
    const lead = between(s, Math.max(s.sentence.start, t.start - 25), t.start);
    const owner = /(?:the\s+(?:company|start-?up|startup|firm|group)'s|its|their|son|sa|leur)\s*$/iu.test(lead)
      ? ownerBefore(t.start)
      : /(?:the|le)\s*$/iu.test(lead) || isSeat
        ? protagonist()
        : undefined;
    add(person, after ?? before ?? owner, ["Board member"], after || before ? 0.8 : 0.6, `"${t.text}"`, joining ? { since: moveDate(t.start) } : {});
  }
  // "a new board chaired by Bret Taylor", "un conseil présidé par".
  for (const t of triggers(s, verbs.chairedBy)) {
    const person = objectAfter(s, t.end, { type: "Person", maxGap: 5 });
    add(person, protagonist(), ["Chair"], 0.6, `"${t.text}"`, { since: moveDate(t.start) });
  }

  // Founders: "Company, founded by A and B", "Company a été fondée par A", "A founded Company".
  for (const t of triggers(s, verbs.foundedBy)) {
    // "Wiz was founded in 2020 by...", or a sentence opening on "Fondée en 2016 par..., la société": the article's company.
    const opening = /^\W*$/.test(between(s, s.sentence.start, t.start));
    const company = lastOf(subjectBefore(s, t.start, "Company")) ?? (opening ? ctx.firstCompany?.mentions[0] : undefined);
    const first = objectAfter(s, t.end, { type: "Person", maxGap: 30 });
    if (!company || !first) continue;
    const founders = coordinatedFrom(s, first).filter((m) => canBe(m.entity, "Person"));
    const title = /co-?f/iu.test(t.text) || founders.length > 1 ? "Co-founder" : "Founder";
    const when = s.dates.find((d) => d.start >= t.start && d.end <= t.end);
    const since = when ? { since: { date: when.date, precision: when.precision, text: when.text } } : {};
    for (const f of founders) add(f, company, [title], opening ? 0.7 : 0.8, `"${t.text}"`, since);
  }
  for (const t of triggers(s, verbs.founded)) {
    const founders = subjectBefore(s, t.start, "Person");
    let company = objectAfter(s, t.end, { type: "Company", maxGap: 20 });
    // "xAI, the artificial intelligence company Elon Musk founded last year".
    if (!company && founders.length) {
      const lead = between(s, s.sentence.start, founders[0]!.start);
      const m = /,\s*(?:the|a|an|la|le|l'|une|un)\s+[^,]{0,60}$/iu.exec(lead);
      if (m) company = s.mentions.filter((x) => x.end <= s.sentence.start + m.index && canBe(x.entity, "Company")).pop();
    }
    // "started Inflection with Suleyman and Simonyan": co-founders all.
    const withWhom = company ? /^\s*(?:with|avec)\s+$/iu : undefined;
    const partner = company && withWhom ? s.mentions.find((m) => m.start > company!.end && withWhom.test(between(s, company!.end, m.start))) : undefined;
    const partners = partner ? coordinatedFrom(s, partner).filter((m) => canBe(m.entity, "Person")) : [];
    const all = [...founders, ...partners];
    const when = dateNear(s, t.end);
    const since = when && Math.abs(when.start - t.end) < 80 ? { since: { date: when.date, precision: when.precision, text: when.text } } : {};
    for (const f of all) add(f, company, [/co-?f/iu.test(t.text) || all.length > 1 ? "Co-founder" : "Founder"], 0.75, `"${t.text}"`, since);
  }
  return mergeRoles(out);
}

function lastOf(mentions: EntityMention[]): EntityMention | undefined {
  return mentions[mentions.length - 1];
}

function pick(extra: Partial<RoleProposal>): Partial<RoleProposal> {
  const out: Partial<RoleProposal> = {};
  if (extra.since) out.since = extra.since;
  if (extra.until) out.until = extra.until;
  return out;
}

/** One proposal per person, company and title: dates and reasons pooled, the best confidence kept. */
export function mergeRoles(roles: RoleProposal[]): RoleProposal[] {
  const out: RoleProposal[] = [];
  for (const r of roles) {
    const same = out.find((x) => x.person === r.person && x.company === r.company && x.title === r.title);
    if (!same) {
      out.push(r);
      continue;
    }
    const since = same.since ?? r.since;
    const until = same.until ?? r.until;
    if (since && until && until.date < since.date.slice(0, until.date.length)) {
      // Left and came back ("ousted in November ... returned as CEO"): two tenures, one draft entry each would share an id.
      r.confidence = Math.min(r.confidence, 0.45);
      r.notes.push("the same position as above with other dates (a second tenure?): merge by hand");
      out.push(r);
      continue;
    }
    same.confidence = Math.max(same.confidence, r.confidence);
    same.since ??= r.since;
    same.until ??= r.until;
    for (const why of r.reasons) if (!same.reasons.includes(why)) same.reasons.push(why);
    for (const n of r.notes) if (!same.notes.includes(n)) same.notes.push(n);
    if (r.evidence.end - r.evidence.start > same.evidence.end - same.evidence.start && (r.since || r.until)) same.evidence = r.evidence;
  }
  // A role the text says someone joins with no title, beside a titled one at the same company: drop it.
  return out.filter((r) => r.title !== UNKNOWN_TITLE || !out.some((x) => x !== r && x.person === r.person && x.company === r.company && x.title !== UNKNOWN_TITLE));
}
