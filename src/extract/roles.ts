// People's positions from sentence patterns, in English and French: appositions ("Alexandr
// Wang, le directeur général de Scale AI", "Scale AI CEO Alexandr Wang"), moves ("joins",
// "rejoint", "quitte", "steps down", "est nommé", "prend la tête de"), boards and founders.
// The phrases and verbs are in role-patterns.ts; every confidence is named in confidence.ts.
import { between, canBe, isComplement, isExample, DESCRIBED_SUBJECT, DESCRIBED_SUBJECT_BEFORE, coordinatedBefore, coordinatedFrom, dateNear, objectAfter, type SentenceFacts, sentenceTopic, settle, subjectBefore, type Trigger, triggers } from "./clauses.js";
import { clamp, ENTITY, ROLE } from "./confidence.js";
import { type ProposedDate, proposedDate, publicationMonth } from "./dates.js";
import type { EntityMention, FoundEntity } from "./entity-types.js";
import { PATTERNS, VERBS } from "./role-patterns.js";
import type { Lang, Span } from "./text.js";
import { titlesIn } from "./titles.js";

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
  /** The pattern that proposed it, "role.<lang>.<pattern>" (the pattern's name is written in roles.ts). */
  rule: string;
  reasons: string[];
  notes: string[];
}

export interface RoleContext {
  lang: Lang;
  published: string;
  /** The article's first-named company: what "the company", "la société" fall back to. */
  firstCompany?: FoundEntity;
  /** The sentences before this one, nearest last (a few): what a pronoun may stand for. */
  earlier?: SentenceFacts[];
}

/** One sentence being read for roles: its neighbours, its verbs and the proposals so far. */
interface RoleSentence {
  s: SentenceFacts;
  previous: SentenceFacts | undefined;
  ctx: RoleContext;
  verbs: (typeof VERBS)[Lang];
  /** Every proposal of the sentence shares its span as evidence. */
  evidence: Span;
  out: RoleProposal[];
}

/** The roles stated in one sentence: appositions first, then moves, boards and founders (a move may date a post read before it). */
export function rolesInSentence(s: SentenceFacts, previous: SentenceFacts | undefined, ctx: RoleContext): RoleProposal[] {
  if (s.sentence.heading) return [];
  const r: RoleSentence = { s, previous, ctx, verbs: VERBS[ctx.lang], evidence: { start: s.sentence.start, end: s.sentence.end, text: "" }, out: [] };
  // Both lists are taken before any proposal settles an entity's type.
  const people = s.mentions.filter((m) => canBe(m.entity, "Person"));
  const companies = s.mentions.filter((m) => canBe(m.entity, "Company"));
  for (const p of people) titlesBeside(r, p, companies);
  joins(r);
  hires(r);
  leaves(r);
  appointments(r);
  boards(r);
  founders(r);
  return mergeRoles(r.out);
}

/** A company read from a pronoun the text does not resolve: proposed for review, never above the threshold. */
type Owner = EntityMention & {
  guessed?: string;
  /** Read from an earlier sentence, not the article's company: kept, a little less sure, with a note. */
  fromTopic?: string;
};

/**
 * The company a possessive pronoun before `pos` stands for ("its CEO", "son directeur
 * technique"): the company the sentence names last before it, unless a description of
 * the article's company comes between ("Passée par Y Combinator, l'entreprise a été
 * fondée par X, son directeur général"); else what the sentences before are about, when
 * one company is ("Founded in 2017, Silo AI has... It builds... Its chief executive");
 * else the article's company, when no other was named just before. Otherwise the
 * article's company is only a guess (`guessed`: the role stays below the threshold):
 * "Amazon, Samsung et Yuri Milner participent. Son PDG Charles Kantor..." is not Amazon's CEO.
 */
function ownerBefore(r: RoleSentence, pos: number): Owner | undefined {
  const { s, previous, ctx } = r;
  const named = s.mentions.filter((m) => m.end <= pos && m.entity.type === "Company" && (m.entity.typeCertain || m.entity.confidence >= ENTITY.weak)).pop();
  const first = ctx.firstCompany?.mentions[0];
  if (first && DESCRIBED_SUBJECT.test(between(s, named?.end ?? s.sentence.start, pos))) return first;
  if (named) return named;
  for (const earlier of [...(ctx.earlier ?? [])].reverse()) {
    const topic = sentenceTopic(earlier);
    if (topic === "pronoun" || topic === undefined) continue;
    if (topic.length === 1 && topic[0]!.entity.type === "Company") {
      const m = topic[0]!;
      return m.entity === ctx.firstCompany ? m : { ...m, fromTopic: `read as ${m.entity.name}, what the sentences before are about; check` };
    }
    break;
  }
  if (!first) return undefined;
  const others = [...new Set((previous?.mentions ?? []).filter((m) => m.entity.type === "Company" && m.entity !== ctx.firstCompany && !isComplement(previous!, m)).map((m) => m.entity.name))];
  if (!others.length) return first;
  return { ...first, guessed: `the sentence names no company and the one before names ${others.join(", ")}: read as ${ctx.firstCompany!.name}, the article's company; check` };
}

/** The company "the company's", "the start-up's" or a bare title ("X, the CTO") stands for: one named before in the sentence, else the previous sentence's first (not one given as an example), else the article's. */
function companyAtHand({ s, previous, ctx }: RoleSentence, pos: number): EntityMention | undefined {
  const named = s.mentions.filter((m) => m.end <= pos && m.entity.type === "Company" && m.entity.typeCertain).pop();
  const first = ctx.firstCompany?.mentions[0];
  if (first && DESCRIBED_SUBJECT.test(between(s, named?.end ?? s.sentence.start, pos))) return first;
  return (
    named ??
    previous?.mentions.find((m) => m.entity.type === "Company" && m.entity.confidence >= ENTITY.weak && !isExample(previous, m)) ??
    ctx.firstCompany?.mentions[0]
  );
}

/** "the board", "his seat", "en est le...": the company the article is about. */
function protagonist({ previous, ctx }: RoleSentence): EntityMention | undefined {
  return ctx.firstCompany?.mentions[0] ?? previous?.mentions.find((m) => m.entity.type === "Company");
}

/** The person a verb is about: its subject, or "il"/"elle"/"he"/"she" standing for the previous sentence's first person. */
function personAt({ s, previous }: RoleSentence, pos: number): EntityMention | undefined {
  const subject = lastOf(subjectBefore(s, pos, "Person"));
  if (subject) return subject;
  if (/^\s*(?:[^,]{0,40},\s*)?(?:il|elle|he|she)\s/iu.test(between(s, s.sentence.start, pos))) return previous?.mentions.find((m) => m.entity.type === "Person");
  return undefined;
}

/** "rejoint la jeune pousse", "joins the start-up": the company the article is about. */
function theCompany({ s, ctx }: RoleSentence, pos: number): { company: EntityMention; end: number } | undefined {
  const m = /^\s*(?:la|le|l'|the|this)\s*(?:jeune\s+pousse|start-?up|startup|soci[ée]t[ée]|entreprise|groupe|company|firm|lab|laboratoire)(?![\p{L}])/iu.exec(between(s, pos, s.sentence.end));
  const company = ctx.firstCompany?.mentions[0];
  return m && company ? { company, end: pos + m[0].length } : undefined;
}

/** When a move happened: the date nearest its verb, else the sentence's first, else the publication month. */
function moveDate({ s, ctx }: RoleSentence, at?: number): ProposedDate {
  const d = at === undefined ? s.dates[0] : dateNear(s, at);
  return d ? proposedDate(d) : publicationMonth(ctx.published);
}

/** Proposes a person's title(s) at a company (TODO when the text gives none), settling both entities' types. */
function add(r: RoleSentence, rule: string, person: EntityMention | undefined, company: Owner | undefined, titles: string[], confidence: number, reason: string, extra: Partial<RoleProposal> = {}): void {
  if (!person || !company || !canBe(person.entity, "Person") || !canBe(company.entity, "Company") || person.entity === company.entity) return;
  // A guessed company settles no type: the reviewer may reject it.
  if (!company.guessed) settle(company.entity, "Company");
  settle(person.entity, "Person");
  for (const title of titles.length ? titles : [UNKNOWN_TITLE]) {
    const notes = [...(extra.notes ?? [])];
    let c = confidence;
    if (company.guessed) {
      notes.push(company.guessed);
      c = Math.min(c, ROLE.ownerGuessed);
    }
    if (company.fromTopic) {
      notes.push(company.fromTopic);
      c += ROLE.ownerFromTopic;
    }
    if (title === UNKNOWN_TITLE) {
      notes.push("the text does not say as what: write the title");
      c += ROLE.untitled;
    }
    if (Math.min(person.entity.confidence, company.entity.confidence) < ENTITY.weak) c += ROLE.weakName;
    r.out.push({ person: person.entity, company: company.entity, title, evidence: r.evidence, confidence: clamp(c), rule: `role.${r.ctx.lang}.${rule}`, reasons: [reason], notes, ...pick(extra) });
  }
}

/** A title stated beside a name: a post held now, or one the text says was held ("former", "who was"). */
const stated = (former: unknown) => (former ? ROLE.former : ROLE.stated);

/** Titles written beside a person's name: "Person, le directeur général de Company", "Company CEO Person", "le PDG de Company, Person", "its CEO, Person". */
function titlesBeside(r: RoleSentence, p: EntityMention, companies: EntityMention[]): void {
  const { s } = r;
  for (const c of companies) {
    if (c.start >= p.end && c.start - p.end < 120) {
      const m = PATTERNS.apposition.exec(between(s, p.end, c.start));
      if (m) {
        const former = Boolean(m.groups?.former || m.groups?.was);
        const holders = coordinatedBefore(s, p).filter((x) => canBe(x.entity, "Person"));
        const titles = titlesIn(m[0]).map((t) => (t === "Founder" && holders.length > 1 ? "Co-founder" : t));
        // "chief executive of Alphabet and Google": of each company listed.
        const employers = coordinatedFrom(s, c).filter((x) => canBe(x.entity, "Company"));
        for (const h of holders) for (const e of employers) add(r, m.groups?.is ? "relative-clause" : "apposition", h, e, titles, stated(former), `"${m[0].trim()}"`, former ? { notes: [FORMER] } : {});
      }
      const heads = PATTERNS.heads.exec(between(s, p.end, c.start));
      if (heads) add(r, "relative-clause-heads", p, c, [heads.groups?.chair ? "Chair" : "CEO"], ROLE.heads, `"${heads[0].trim()}"`);
    }
    if (p.start >= c.end && p.start - c.end < 60) {
      const m = PATTERNS.companyTitle.exec(between(s, c.end, p.start));
      if (m) add(r, "company-title", p, c, titlesIn(m[0]), stated(m.groups?.former), `"${m[0].trim()}"`);
      const lead = between(s, Math.max(s.sentence.start, c.start - 80), c.start);
      const t = PATTERNS.titleOfBefore.exec(lead);
      if (t && /^\s*,?\s*$/.test(between(s, c.end, p.start))) add(r, "title-of-company-before", p, c, titlesIn(t.groups!.titles!), stated(t.groups?.former), `"${t[0].trim()}"`);
    }
  }
  const possessive = PATTERNS.possessiveTitle.exec(between(s, Math.max(s.sentence.start, p.start - 80), p.start));
  if (possessive) {
    const at = possessive.index + Math.max(s.sentence.start, p.start - 80);
    // "ses cinq cofondateurs : A, B et C": each of the people listed.
    const listed = coordinatedFrom(s, p).filter((m) => canBe(m.entity, "Person"));
    const titles = titlesIn(possessive.groups!.titles!).map((t) => (t === "Founder" && listed.length > 1 ? "Co-founder" : t));
    const the = Boolean(possessive.groups?.the);
    for (const person of listed) add(r, the ? "possessive-definite-before" : "possessive-before", person, the ? companyAtHand(r, at) : ownerBefore(r, at), titles, ROLE.possessive, `"${possessive[0].trim()}"`);
  }
  titlesAfter(r, p);
}

/** Titles written after a person's name, of the company named next or of the one at hand. */
function titlesAfter(r: RoleSentence, p: EntityMention): void {
  const { s } = r;
  const soon = between(s, p.end, Math.min(s.sentence.end, p.end + 80));
  // "Person, Company's co-founder and chief executive".
  const next = s.mentions.find((m) => m.start >= p.end);
  const was = next && PATTERNS.wasBefore.exec(between(s, p.end, next.start));
  if (next && was && canBe(next.entity, "Company")) {
    const m = PATTERNS.possessedTitle.exec(between(s, next.end, Math.min(s.sentence.end, next.end + 80)));
    if (m) add(r, was.groups?.was ? "apposition-possessed-former" : was.groups?.is ? "relative-clause-possessed" : was.groups?.copula ? "copular-possessed" : "apposition-possessed", p, next, titlesIn(m[0]), stated(m.groups?.former || was.groups?.was), `"${next.text}${m[0].trimEnd()}"`, was.groups?.was ? { notes: [FORMER] } : {});
  }
  // "Brett Adcock, who also runs it as chief executive": of the company at hand.
  const runs = PATTERNS.runsAs.exec(soon);
  if (runs) add(r, "relative-clause-runs", p, companyAtHand(r, p.start), titlesIn(runs.groups!.titles!), ROLE.possessive, `"${runs[0].trim()}"`);
  // "Mira Murati, the chief technology officer, was named...": of the company at hand.
  const bare = PATTERNS.bareApposition.exec(soon);
  if (bare) add(r, "bare-apposition", p, companyAtHand(r, p.start), titlesIn(bare.groups!.titles!), ROLE.bareTitle, `"${bare[0].trim()}"`, bare.groups?.former ? { notes: [FORMER] } : {});
  // "Reid Hoffman, the LinkedIn co-founder".
  if (next && canBe(next.entity, "Company") && PATTERNS.companyBetween.test(between(s, p.end, next.start))) {
    const m = PATTERNS.titleAfterCompany.exec(between(s, next.end, Math.min(s.sentence.end, next.end + 60)));
    if (m) add(r, "apposition-company-between", p, next, titlesIn(m.groups!.titles!), m.groups?.former ? ROLE.former : ROLE.namedBetween, `"${next.text}${m[0]}"`);
  }
  // "Alexandr Wang, who founded Scale in 2016 after..., remains chief executive": the main verb after the relative clause.
  const clause = /^\s*,\s*(?:who|qui)\s[^,;.]{1,100},/iu.exec(between(s, p.end, Math.min(s.sentence.end, p.end + 110)));
  const main = clause && PATTERNS.copular.exec(between(s, p.end + clause[0].length, Math.min(s.sentence.end, p.end + clause[0].length + 80)));
  if (main && !main.groups?.of && !main.groups?.en) add(r, "relative-clause-then-copular", p, main.groups?.its ? ownerBefore(r, p.start) : companyAtHand(r, p.start), titlesIn(main.groups!.titles!), ROLE.copularAtHand, `"${main[0].trim()}"`);
  // "Torsten Reil, qui codirige la société avec Gundbert Scherf": co-chief executives, of the company at hand.
  const co = PATTERNS.coHeads.exec(soon);
  if (co) {
    const partner = objectAfter(s, p.end + co[0].length, { type: "Person", maxGap: 2 });
    for (const x of [p, partner]) add(r, "relative-clause-co-heads", x, companyAtHand(r, p.start), ["Co-CEO"], ROLE.possessive, `"${co[0].trim()}"`);
  }
  // "Mark Zuckerberg, le PDG du groupe", "X, the chief executive of the company": the article's company.
  const ofIt = PATTERNS.titleOfDescribed.exec(soon);
  if (ofIt) add(r, "apposition-of-the-company", p, companyAtHand(r, p.start), titlesIn(ofIt.groups!.titles!), ROLE.possessive, `"${ofIt[0].trim()}"`);
  // "Barret Zoph en est le directeur technique", "Jane Doe is the CEO of Acme".
  const cop = PATTERNS.copular.exec(soon);
  if (cop) {
    const of = cop.groups?.of ? objectAfter(s, p.end + cop[0].length, { type: "Company", maxGap: 5 }) : undefined;
    const company = of ?? (cop.groups?.en ? protagonist(r) : cop.groups?.of ? undefined : cop.groups?.its ? ownerBefore(r, p.start) : companyAtHand(r, p.start));
    add(r, cop.groups?.its ? "copular-possessive" : "copular", p, company, titlesIn(cop.groups!.titles!), of ? ROLE.copularWithCompany : ROLE.copularAtHand, `"${cop[0].trim()}"`);
  }
  // "Person, the company's chief executive", "Person, son directeur technique".
  const owned = PATTERNS.ownedTitle.exec(soon);
  if (owned) {
    const rule = owned.groups?.is ? "relative-clause-possessive" : owned.groups?.the ? "apposition-possessive-definite" : "apposition-possessive";
    add(r, rule, p, owned.groups?.the ? companyAtHand(r, p.start) : ownerBefore(r, p.start), titlesIn(owned.groups!.titles!), ROLE.possessive, `"${owned[0].trim()}"`);
  }
}

/** Joining: "Person joins Company (as Title)", "Person rejoint Company", "Person was hired by Company". */
function joins(r: RoleSentence): void {
  const { s, verbs, out } = r;
  for (const t of [...triggers(s, verbs.join), ...triggers(s, verbs.hiredBy)]) {
    if (verbs.board.test(between(s, t.end, Math.min(s.sentence.end, t.end + 40)))) continue;
    // "Fujitsu joined the financing": an investor joining a round, not a person a company.
    if (ROUND_OBJECT.test(between(s, t.end, Math.min(s.sentence.end, t.end + 40)))) continue;
    const person = personAt(r, t.start);
    const the = theCompany(r, t.end);
    const company = objectAfter(s, t.end, { type: "Company", maxGap: 30 }) ?? the?.company;
    if (!company) continue;
    const as = PATTERNS.asTitle.exec(between(s, the && company === the.company ? the.end : company.end, s.sentence.end));
    // Joining with no title is a hint, unless the person is leaving a post for it ("quitte son poste pour rejoindre Meta").
    const moving = verbs.leave.test(s.sentence.flat);
    add(r, "move.join", person, company, as ? titlesIn(as.groups!.titles!) : [], as || moving ? ROLE.joinedAs : ROLE.joined, `"${t.text}"`, { since: moveDate(r, t.start) });
    // "Shazeer, who was Character.AI's chief executive, will join Google": that post ends with the move.
    for (const role of out) {
      if (person && role.person === person.entity && role.company !== company.entity && role.notes.includes(FORMER) && !role.until) {
        role.until = moveDate(r, t.start);
        role.notes.splice(role.notes.indexOf(FORMER), 1);
        role.confidence = clamp(role.confidence + ROLE.endDated);
        role.reasons.push(`"${t.text}"`);
      }
    }
  }
}

/** Hiring: "Company hires/nomme Person (as Title)", "Company names Person CEO". */
function hires(r: RoleSentence): void {
  const { s, verbs } = r;
  for (const t of triggers(s, verbs.hire)) {
    // "..., la plateforme a choisi X", "..., the company picked X": a description of the company as the subject.
    const described = /(?:^|,)\s*(?:the|l'|le|la)\s*(?:[\p{Ll}-]+\s+){0,2}?(?:company|start-?up|startup|firm|group|board|plateforme|platform|soci[ée]t[ée]|entreprise|groupe|jeune\s+pousse|conseil(?:\s+d'administration)?)\s+$/iu.test(between(s, s.sentence.start, t.start));
    const company = lastOf(subjectBefore(s, t.start, "Company")) ?? (described ? companyAtHand(r, t.start) : undefined);
    let person = objectAfter(s, t.end, { type: "Person", maxGap: 60 });
    // "names Eli Lilly's Anat Ashkenazi": the possessive is her employer, the person comes after it.
    if (person && /^'s?\s+$/u.test(between(s, person.end, person.end + 3))) person = objectAfter(s, person.end + 2, { type: "Person", maxGap: 2 }) ?? person;
    // "has hired researchers from X" is not hiring X.
    if (!person || !company || /(?<![\p{L}])(?:from|of|at|de|du|des|chez)(?![\p{L}])/iu.test(between(s, t.end, person.start))) continue;
    const after = between(s, person.end, s.sentence.end);
    // "hired X, the chief financial officer of Y, as its new CFO": past the apposition, whose title is at Y.
    const apposition = /^\s*,[^,;]{1,90},/u.exec(after);
    const bare = PATTERNS.titleAfterHired.exec(after);
    const elsewhere = bare && /^\s*(?:of|at|de|du|d'|chez)(?![\p{L}])/iu.test(after.slice(bare[0].length));
    // "Pour lui succéder comme directeur général, la plateforme a choisi X", "To succeed him as CEO, the board picked X".
    const before = PATTERNS.succeedAs.exec(between(s, s.sentence.start, t.start));
    const as = PATTERNS.asTitle.exec(after) ?? (apposition ? PATTERNS.asTitle.exec(after.slice(apposition[0].length)) : null) ?? (elsewhere ? null : bare) ?? before;
    add(r, "move.hire", person, company, as ? titlesIn(as.groups!.titles!) : [], as ? ROLE.joinedAs : ROLE.hired, `"${t.text}"`, { since: moveDate(r, t.start) });
  }
}

/** Leaving: "Person quitte (son poste de Title de) Company", "Person steps down as Title of Company", "Company ousted Person". */
function leaves(r: RoleSentence): void {
  const { s, verbs, out } = r;
  const leavers: Array<{ person: EntityMention; t: Trigger }> = [];
  for (const t of triggers(s, verbs.leave)) for (const person of subjectBefore(s, t.start, "Person")) leavers.push({ person, t });
  for (const t of triggers(s, verbs.ousted)) {
    const company = lastOf(subjectBefore(s, t.start, "Company"));
    const person = objectAfter(s, t.end, { type: "Person", maxGap: 40 });
    if (company && person) {
      const as = PATTERNS.asTitle.exec(between(s, person.end, s.sentence.end));
      const known = out.filter((role) => role.person === person.entity && role.company === company.entity);
      if (as) add(r, "move.ousted", person, company, titlesIn(as.groups!.titles!), ROLE.ousted, `"${t.text}"`, { until: moveDate(r, t.start) });
      else for (const role of known) role.until = moveDate(r, t.start);
    }
  }
  for (const { person, t } of leavers) {
    const company = objectAfter(s, t.end, { type: "Company", maxGap: 60 });
    const post = company ? PATTERNS.leftPost.exec(between(s, t.end, company.start)) : null;
    const until = moveDate(r, t.start);
    if (company && post) {
      const held = PATTERNS.postHeld.exec(between(s, company.end, s.sentence.end));
      const titles = post.groups?.head
        ? ["CEO"]
        : post.groups?.presidency
          ? ["President"]
          : titlesIn(`${post.groups?.t1 ?? ""} ${post.groups?.t2 ?? ""} ${held?.groups?.titles ?? ""}`);
      const existing = out.filter((role) => role.person === person.entity && role.company === company.entity);
      if (!titles.length && existing.length) for (const role of existing) (role.until = until), role.reasons.push(`"${t.text}"`);
      else add(r, "move.leave", person, company, titles.length ? titles : existing.map((role) => role.title), titles.length ? ROLE.leftPost : ROLE.leftUnnamed, `"${t.text}"`, { until });
      continue;
    }
    // "Colin Angle, who co-founded iRobot, has stepped down as chairman and chief executive": of the company at hand.
    const as = PATTERNS.leftAs.exec(between(s, t.end, s.sentence.end));
    if (as) {
      const held = out.find((role) => role.person === person.entity)?.company.mentions[0] ?? companyAtHand(r, t.start);
      add(r, "move.leave-as", person, held, titlesIn(as.groups!.titles!), ROLE.leftPost, `"${t.text}"`, { until });
      continue;
    }
    // "Changpeng Zhao, le fondateur de Binance, quitte la direction de la plateforme": the company the sentence gave, as its head.
    const helm = PATTERNS.leftHelm.exec(between(s, t.end, s.sentence.end));
    const heldAt = out.find((role) => role.person === person.entity)?.company.mentions[0];
    // Not "la direction de Tessim" (read above as a company's post): a description of the company.
    if (helm && heldAt && !/^\s*(?:de|d'|du|of|at)\s*\p{Lu}/u.test(between(s, t.end, s.sentence.end).slice(helm[0].length))) {
      add(r, "move.leave-helm", person, heldAt, ["CEO"], ROLE.leftPost, `"${t.text}${helm[0].trimEnd()}"`, { until });
      continue;
    }
    // "Person, le directeur général de Company, quitte son poste": the apposition's role ends.
    for (const role of out.filter((x) => x.person === person.entity && x.since === undefined)) {
      role.until = until;
      role.reasons.push(`"${t.text}"`);
    }
  }
}

/** Appointments: "Person est nommé directeur général de Company", "Person takes over as CEO of Company". */
function appointments(r: RoleSentence): void {
  const { s, verbs, out } = r;
  for (const t of triggers(s, verbs.appoint)) {
    // "à Alexandr Wang, fondateur de Scale AI, devenu directeur de l'IA de Meta": a participle says it of the name its apposition follows.
    const participle = /^devenue?$/iu.test(t.text) ? s.mentions.filter((m) => m.end <= t.start && canBe(m.entity, "Person") && /^\s*,(?:[^.;,]*,)?\s*$/u.test(between(s, m.end, t.start))).pop() : undefined;
    const person = participle ?? personAt(r, t.start);
    const after = objectAfter(s, t.end, { type: "Company", maxGap: 120 });
    let m = after ? PATTERNS.appointedTo.exec(between(s, t.end, after.start)) : null;
    let company = m ? after : undefined;
    if (!company) {
      // "Dominic Perella, the start-up's general counsel, becomes interim CEO": of the company at hand.
      m = PATTERNS.appointedAs.exec(between(s, t.end, s.sentence.end));
      company = m ? (out.find((role) => role.person === person?.entity)?.company.mentions[0] ?? companyAtHand(r, t.start)) : undefined;
    }
    if (!company || !m) continue;
    let titles = m.groups?.titles ? titlesIn(m.groups.titles) : [];
    if (!titles.length && /t[êe]te|r[êe]nes|helm/iu.test(t.text)) titles = ["CEO"];
    if (!titles.length && /int[ée]rim/iu.test(t.text)) titles = ["Interim CEO"];
    add(r, "move.appoint", person, company, titles, titles.length ? ROLE.appointed : ROLE.appointedUntitled, `"${t.text}"`, { since: moveDate(r, t.start) });
  }
}

/** Boards: "Person conserve son siège au conseil d'administration de Company", "remains on Company's board"; "a board chaired by X". */
function boards(r: RoleSentence): void {
  const { s, verbs } = r;
  for (const t of [...triggers(s, verbs.board), ...triggers(s, verbs.seat)]) {
    // The verb nearest before the board word, and its subject: "Reid Hoffman, ... who started Inflection with A and B, remains on the board".
    const span = between(s, Math.max(s.sentence.start, t.start - 80), t.start);
    const isSeat = verbs.seat.test(t.text);
    const verb = isSeat ? undefined : [...span.matchAll(new RegExp(`${verbs.boardJoin.source}|${verbs.boardStay.source}`, "giu"))].pop();
    const at = verb ? Math.max(s.sentence.start, t.start - 80) + verb.index : t.start;
    if (!verb && !isSeat) continue;
    const person = personAt(r, at);
    if (!person) continue;
    const joining = verb ? verbs.boardJoin.test(verb[0]) : false;
    const after = objectAfter(s, t.end, { type: "Company", maxGap: 12 });
    const before = s.mentions.filter((m) => m.entity.type === "Company" && m.end <= t.start && m.start > person.end && /^(?:'s?)?\s*$/.test(between(s, m.end, t.start))).pop();
    const lead = between(s, Math.max(s.sentence.start, t.start - 25), t.start);
    const owner = /(?:the\s+(?:company|start-?up|startup|firm|group)'s)\s*$/iu.test(lead)
      ? companyAtHand(r, t.start)
      : /(?:its|their|son|sa|leur)\s*$/iu.test(lead)
      ? ownerBefore(r, t.start)
      : /(?:the|le)\s*$/iu.test(lead) || isSeat
        ? protagonist(r)
        : undefined;
    add(r, "board", person, after ?? before ?? owner, ["Board member"], after || before ? ROLE.boardNamed : ROLE.boardAtHand, `"${t.text}"`, joining ? { since: moveDate(r, t.start) } : {});
  }
  // "a new board chaired by Bret Taylor", "un conseil présidé par".
  for (const t of triggers(s, verbs.chairedBy)) {
    const person = objectAfter(s, t.end, { type: "Person", maxGap: 5 });
    add(r, "board.chair", person, protagonist(r), ["Chair"], ROLE.chair, `"${t.text}"`, { since: moveDate(r, t.start) });
  }
}

/** Founders: "Company, founded by A and B", "Company a été fondée par A", "A founded Company (with B)". */
function founders(r: RoleSentence): void {
  const { s, verbs, ctx } = r;
  for (const t of triggers(s, verbs.foundedBy)) {
    // "Wiz was founded in 2020 by...", or a sentence opening on "Fondée en 2016 par..., la société": the article's company.
    const opening = /^\W*$/.test(between(s, s.sentence.start, t.start));
    // "l'entreprise a été cofondée par", "The company was started in 2022 by": the article's company.
    const described = DESCRIBED_SUBJECT_BEFORE.test(between(s, s.sentence.start, t.start));
    const company = (described ? ctx.firstCompany?.mentions[0] : undefined) ?? describedBefore(s, t.start) ?? lastOf(subjectBefore(s, t.start, "Company")) ?? (opening ? (companyAfterOpening(s, t.end) ?? ctx.firstCompany?.mentions[0]) : undefined);
    // "co-founded by OpenAI's former chief scientist Ilya Sutskever": past a description.
    const first = s.mentions.find((m) => m.start >= t.end && m.start - t.end <= 45 && canBe(m.entity, "Person") && !/^'s?(?![\p{L}])/u.test(between(s, m.end, m.end + 2)) && !/[;!?]|\.\s/.test(between(s, t.end, m.start)));
    if (!company || !first) continue;
    const people = coordinatedFrom(s, first).filter((m) => canBe(m.entity, "Person"));
    people.push(...foundersWith(s, people[people.length - 1] ?? first));
    const title = /co-?f/iu.test(t.text) || people.length > 1 ? "Co-founder" : "Founder";
    const when = s.dates.find((d) => d.start >= t.start && d.end <= t.end);
    const since = when ? { since: proposedDate(when) } : {};
    for (const f of people) add(r, described ? "founded-by-described" : opening ? "founded-by-opening" : "founded-by", f, company, [title], opening ? ROLE.foundedByOpening : ROLE.foundedBy, `"${t.text}"`, since);
  }
  for (const t of triggers(s, verbs.founded)) {
    // "He started Cohere in 2019 with...": a pronoun for the previous sentence's person.
    const said = subjectBefore(s, t.start, "Person");
    const pronoun = said.length ? undefined : personAt(r, t.start);
    const subject = pronoun ? [pronoun] : said;
    let company = objectAfter(s, t.end, { type: "Company", maxGap: 20 });
    // "co-founded the ChatGPT maker": a product naming the company, not the company.
    // French puts the noun first: "a cofondé l'éditeur de ChatGPT".
    if (company && (PRODUCT_MAKER.test(between(s, company.end, Math.min(s.sentence.end, company.end + 30))) || MAKER_OF.test(between(s, t.end, company.start)))) company = undefined;
    // "xAI, the artificial intelligence company Elon Musk founded last year".
    if (!company && subject.length) {
      const lead = between(s, s.sentence.start, subject[0]!.start);
      const m = /,\s*(?:the|a|an|la|le|l'|une|un)\s+[^,]{0,60}$/iu.exec(lead);
      if (m) company = s.mentions.filter((x) => x.end <= s.sentence.start + m.index && canBe(x.entity, "Company")).pop();
    }
    // "started Inflection with Suleyman and Simonyan": co-founders all.
    const withWhom = company ? /^\s*(?:(?:in|en)\s+\d{4}\s+)?(?:together\s+with|along\s+with|with|avec)\s+$/iu : undefined;
    const partner = company && withWhom ? s.mentions.find((m) => m.start > company!.end && withWhom.test(between(s, company!.end, m.start))) : undefined;
    const partners = partner ? coordinatedFrom(s, partner).filter((m) => canBe(m.entity, "Person")) : [];
    const all = [...subject, ...partners];
    const when = dateNear(s, t.end);
    const since = when && Math.abs(when.start - t.end) < 80 ? { since: proposedDate(when) } : {};
    for (const f of all) add(r, "founded", f, company, [/co-?f/iu.test(t.text) || all.length > 1 ? "Co-founder" : "Founder"], ROLE.founded, `"${t.text}"`, since);
  }
}

const ROUND_OBJECT = /^\s*(?:the|this|a|an|la|le|l'|ce|cette)\s*(?:[\p{Ll}-]+\s+)?(?:round|financing|funding|deal|investment|raise|tour|lev[ée]e|op[ée]ration|financement)(?![\p{L}])/iu;
const PRODUCT_MAKER = /^\s+(?:maker|developer|creator|owner|parent|fabricant|[ée]diteur|cr[ée]ateur|propri[ée]taire|maison\s+m[èe]re)(?![\p{L}])/iu;

const MAKER_OF = /(?:maker|developer|creator|owner|parent|fabricant|[ée]diteur|cr[ée]ateur|propri[ée]taire|maison\s+m[èe]re)\s+(?:de|d'|du|des|of)\s*$/iu;

/** "Founders Fund, the venture firm co-founded by": the name a description in apposition follows. */
function describedBefore(s: SentenceFacts, pos: number): EntityMention | undefined {
  const m = /,\s*(?:the|a|an|la|le|l'|une|un)\s*[^,]{0,50}$/iu.exec(between(s, s.sentence.start, pos));
  if (!m) return undefined;
  const at = s.sentence.start + m.index;
  return s.mentions.filter((x) => x.end <= at && canBe(x.entity, "Company") && /^\s*$/.test(between(s, x.end, at))).pop();
}

/** "founded by A, who had..., together with B, C and D": the founders named after a clause about the first. */
function foundersWith(s: SentenceFacts, last: EntityMention): EntityMention[] {
  const next = s.mentions.find((m) => m.start > last.end && canBe(m.entity, "Person") && /(?:together\s+with|along\s+with|alongside|aux\s+c[ôo]t[ée]s\s+d[e']|ainsi\s+qu[e'])\s*$/iu.test(between(s, last.end, m.start)));
  if (!next || /[;!?]|\.\s/.test(between(s, last.end, next.start))) return [];
  return coordinatedFrom(s, next).filter((m) => canBe(m.entity, "Person"));
}

/** "Founded in 2022 by A and B, Harvey sells...": the company named right after the opening clause. */
function companyAfterOpening(s: SentenceFacts, from: number): EntityMention | undefined {
  const comma = s.sentence.flat.indexOf(",", from - s.sentence.start);
  if (comma < 0) return undefined;
  const m = s.mentions.find((x) => x.start > s.sentence.start + comma);
  return m && canBe(m.entity, "Company") && /^\s*,\s*$/.test(between(s, s.sentence.start + comma, m.start)) ? m : undefined;
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
      r.confidence = Math.min(r.confidence, ROLE.secondTenureCap);
      r.notes.push("the same position as above with other dates (a second tenure?): merge by hand");
      out.push(r);
      continue;
    }
    if (r.confidence > same.confidence) same.rule = r.rule;
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
