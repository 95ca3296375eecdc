// The review inbox behind the mutations: a text read (src/extract/input.ts) and extracted
// against the graph's entities into a draft; a reviewed draft saved on the version it was
// read at; its accepted facts published through ingestArticle (the same checks, write and
// live event), the loader's problems kept on the facts they concern; a draft discarded.
import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { Db } from "../../db/db.js";
import type { Draft, DraftContent, DraftEntity, DraftProblem } from "../../domain/drafts.js";
import { REVIEWER_RULE } from "../../domain/drafts.js";
import { draftFromExtraction, evidenceSpan, mentionsIn } from "../../drafts/from-extraction.js";
import { draftArticle, problemOnDraft } from "../../drafts/to-article.js";
import { extract } from "../../extract/extract.js";
import { formatOfFileName, InputError, readInput, sniffFormat } from "../../extract/input.js";
import { LANGS, type Lang } from "../../extract/text.js";
import { articleLimits, LIMIT_SETTING } from "../../ingest/limits.js";
import { draftById, type DraftChange, insertDraft, readKnownEntities, updateDraft } from "../../store/index.js";
import { slugify } from "../../text/fold.js";
import { isId } from "../../domain/vocabulary.js";
import type { DealgraphContext } from "../context.js";
import { badInput, conflict, ErrorCode, notFound } from "../errors.js";
import { ingestArticle, type ReportRecord, toReport } from "../ingest/index.js";
import type { CreateDraftInput, DraftInput } from "./draft.input.js";
import { MAX_CANDIDATES, MAX_MENTIONS } from "./draft.type.js";

type Ctx = Pick<DealgraphContext, "db" | "config" | "events" | "stores">;

const isHttpUrl = (u: string) => /^https?:\/\/\S+$/i.test(u) && URL.canParse(u);

/** Reads, extracts and stores a new draft; BAD_USER_INPUT naming the argument, nothing stored, when the input cannot be read. */
export async function createDraft(ctx: Ctx, input: CreateDraftInput, who: string): Promise<Draft> {
  const limits = articleLimits(ctx.config);
  if (input.fileName != null && input.fileName.length > 300) throw badInput("input.fileName", `must be at most 300 characters, got ${input.fileName.length}`);
  if (input.language != null && !/^[a-z]{2}$/.test(input.language)) throw badInput("input.language", `${JSON.stringify(input.language)} is not an ISO 639-1 code (e.g. en, fr)`);
  if (input.url != null && !isHttpUrl(input.url)) throw badInput("input.url", `${JSON.stringify(input.url.slice(0, 80))} is not an absolute http(s) URL`);
  const fileName = input.fileName ?? undefined;
  const format = input.format ?? formatOfFileName(fileName) ?? sniffFormat(input.content.slice(0, 100_000));
  // A saved page carries its markup: it may be as large as an article file; the text it holds, as large as a body.
  const [cap, setting] = format === "HTML" ? [limits.maxFileBytes, LIMIT_SETTING.maxFileBytes] : [limits.maxBodyBytes, LIMIT_SETTING.maxBodyBytes];
  const bytes = Buffer.byteLength(input.content, "utf8");
  if (bytes > cap) throw badInput("input.content", `is ${bytes} bytes; a ${format} draft takes at most ${cap} (${setting})`);

  let read;
  try {
    read = readInput(input.content, { format, fileName });
  } catch (error) {
    if (error instanceof InputError) throw badInput(input.format ? "input.format" : "input.content", error.message);
    throw error;
  }
  const asLang = (l: string | undefined) => ((LANGS as readonly string[]).includes(l ?? "") ? (l as Lang) : undefined);
  const known = await readKnownEntities(unbudgeted(ctx));
  const id = fileName ? slugify(fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "")).slice(0, 60).replace(/-+$/, "") : undefined;
  const extraction = extract(read.text, {
    lang: asLang(input.language ?? undefined),
    published: input.publishedOn ?? undefined,
    page: read.metadata,
    id: id && isId(id) ? id : undefined,
    known,
  });
  const bodyBytes = Buffer.byteLength(extraction.body, "utf8");
  if (bodyBytes > limits.maxBodyBytes) throw badInput("input.content", `its text is ${bodyBytes} bytes; an article body takes at most ${limits.maxBodyBytes} (${LIMIT_SETTING.maxBodyBytes})`);
  if (!extraction.body.trim()) throw badInput("input.content", `${fileName ?? "the content"} has no text after its title`);

  const content = draftFromExtraction(extraction, read.metadata, { language: input.language ?? undefined, url: input.url ?? undefined });
  for (const e of content.entities) {
    e.mentions = e.mentions.slice(0, MAX_MENTIONS);
    e.candidates = e.candidates.slice(0, MAX_CANDIDATES);
  }
  if (content.entities.length > limits.maxEntities) throw badInput("input.content", `the extractor found ${content.entities.length} entities; a draft holds at most ${limits.maxEntities} (${LIMIT_SETTING.maxEntities})`);
  if (content.deals.length + content.roles.length > limits.maxFacts) throw badInput("input.content", `the extractor proposed ${content.deals.length + content.roles.length} facts; a draft holds at most ${limits.maxFacts} (${LIMIT_SETTING.maxFacts})`);

  const now = new Date().toISOString();
  const draft: Draft = {
    ...content, id: `draft-${randomUUID()}`, status: "OPEN", version: 1, format: read.format,
    createdAt: now, updatedAt: now, createdBy: who, updatedBy: who, publishedArticleId: null,
  };
  await insertDraft(ctx.db, draft);
  return draft;
}

/**
 * The graph's names are read whole, once per draft made: outside the request's read budget,
 * which is sized for answers, not for this list (the CLI reads it the same way).
 */
function unbudgeted(ctx: Ctx): Db {
  return new Db(ctx.db.driver, { database: ctx.config.NEO4J_DATABASE, txTimeoutMs: ctx.config.DB_TX_TIMEOUT_MS });
}

/** The draft, or NOT_FOUND. */
async function existing(ctx: Ctx, id: string): Promise<Draft> {
  const d = await draftById(ctx.db, id);
  if (!d) throw notFound("draft", id);
  return d;
}

/** CONFLICT when the draft is not OPEN or not at `version`, saying who changed it last and when. */
function checkOpenAt(d: Draft, version: number): void {
  const details = { id: d.id, status: d.status, version: d.version, updatedBy: d.updatedBy, updatedAt: d.updatedAt };
  if (d.status !== "OPEN") throw conflict(`Draft ${d.id} is ${d.status} (by ${d.updatedBy} at ${d.updatedAt}): it can no longer be changed.`, details);
  if (d.version !== version) {
    throw conflict(`Draft ${d.id} was saved by ${d.updatedBy} at ${d.updatedAt} (now version ${d.version}); your changes were made on version ${version}: reload it and make them again.`, details);
  }
}

/** Applies a change on `version`, or throws what stopped it. */
async function change(ctx: Ctx, d: Draft, version: number, what: Omit<DraftChange, "at">, force = false): Promise<Draft> {
  const result = await updateDraft(ctx.db, d.id, version, { ...what, at: new Date().toISOString() }, force);
  if (result.outcome === "missing") throw notFound("draft", d.id);
  if (result.outcome !== "updated") checkOpenAt(result.draft, version);
  return (result as { draft: Draft }).draft;
}

/**
 * The reviewed draft's content: the input's entities, deals and roles, each keeping what
 * the extractor said of it (confidence, rule, notes, mentions) by key. BAD_USER_INPUT
 * naming the field for a duplicate key, a key no entity has, a match that is not in the graph.
 */
async function reviewed(ctx: Ctx, d: Draft, input: DraftInput): Promise<DraftContent> {
  const limits = articleLimits(ctx.config);
  if (input.entities.length > limits.maxEntities) throw badInput("input.entities", `holds ${input.entities.length} entities; at most ${limits.maxEntities}`);
  if (input.deals.length + input.roles.length > limits.maxFacts) throw badInput("input.deals", `deals and roles hold ${input.deals.length + input.roles.length} facts; at most ${limits.maxFacts}`);
  const keys = new Set<string>();
  const unique = (key: string, path: string) => {
    if (!key.trim()) throw badInput(path, "must not be empty");
    if (keys.has(key)) throw badInput(path, `${JSON.stringify(key)} is used twice: keys are unique within a draft`);
    keys.add(key);
  };
  input.entities.forEach((e, i) => unique(e.key, `input.entities[${i}].key`));
  const entityKeys = new Set(input.entities.map((e) => e.key));
  const entityRef = (key: string, path: string) => {
    if (!entityKeys.has(key)) throw badInput(path, `${JSON.stringify(key)} is not the key of an entity of the draft`);
  };

  const before = <T extends { key: string }>(list: T[], key: string) => list.find((x) => x.key === key);
  // Every match looked up at once: one batch through the request's node loader, not a query per entity.
  const matches = await Promise.all(
    input.entities.map((e) => (e.matchedId && (e.type === "Company" || e.type === "Person") ? ctx.stores.entities.byId(e.type, e.matchedId) : null)),
  );
  const entities: DraftEntity[] = [];
  for (const [i, e] of input.entities.entries()) {
    const path = `input.entities[${i}]`;
    if (e.type !== "Company" && e.type !== "Person") throw badInput(`${path}.type`, `${JSON.stringify(e.type)} is not Company or Person`);
    if (!e.name.trim()) throw badInput(`${path}.name`, "must not be empty");
    let matchedName: string | null = null;
    if (e.matchedId) {
      const node = matches[i];
      if (!node) throw badInput(`${path}.matchedId`, `no ${e.type} of the graph has id ${JSON.stringify(e.matchedId)}`);
      matchedName = node.name;
    }
    const was = before(d.entities, e.key);
    entities.push({
      key: e.key, type: e.type, name: e.name.trim(), aliases: e.aliases ?? [], kind: e.type === "Company" ? ((e.kind as DraftEntity["kind"]) ?? null) : null,
      matchedId: e.matchedId ?? null, matchedName, candidates: was?.candidates ?? [], confidence: was?.confidence ?? 1, rule: was?.rule ?? REVIEWER_RULE,
      reasons: was?.reasons ?? [], decision: e.decision, mentions: was?.mentions ?? mentionsIn(d.article.body, [e.name, ...(e.aliases ?? [])], MAX_MENTIONS),
    });
  }
  const body = d.article.body;
  const deals = input.deals.map((x, i) => {
    const path = `input.deals[${i}]`;
    unique(x.key, `${path}.key`);
    entityRef(x.target, `${path}.target`);
    x.investors.forEach((ref, j) => entityRef(ref, `${path}.investors[${j}]`));
    (x.leadInvestors ?? []).forEach((ref, j) => entityRef(ref, `${path}.leadInvestors[${j}]`));
    const was = before(d.deals, x.key);
    return {
      key: x.key, kind: x.kind as Draft["deals"][number]["kind"], target: x.target, investors: x.investors, leadInvestors: x.leadInvestors ?? [], otherInvestors: x.otherInvestors ?? false,
      amount: x.amount ?? null, valuation: x.valuation ?? null, stakePercent: x.stakePercent ?? null, stage: (x.stage ?? null) as Draft["deals"][number]["stage"],
      status: (x.status ?? null) as Draft["deals"][number]["status"], announcedOn: x.announcedOn ?? null, evidence: x.evidence, evidenceSpan: evidenceSpan(body, x.evidence),
      confidence: was?.confidence ?? 1, rule: was?.rule ?? REVIEWER_RULE, notes: was?.notes ?? [], decision: x.decision,
    };
  });
  const roles = input.roles.map((x, i) => {
    const path = `input.roles[${i}]`;
    unique(x.key, `${path}.key`);
    entityRef(x.person, `${path}.person`);
    entityRef(x.company, `${path}.company`);
    const was = before(d.roles, x.key);
    return {
      key: x.key, person: x.person, company: x.company, title: x.title, since: x.since ?? null, until: x.until ?? null, evidence: x.evidence,
      evidenceSpan: evidenceSpan(body, x.evidence), confidence: was?.confidence ?? 1, rule: was?.rule ?? REVIEWER_RULE, notes: was?.notes ?? [], decision: x.decision,
    };
  });
  const a = input.article;
  return {
    article: { articleId: a.articleId, title: a.title, publisher: a.publisher ?? null, url: a.url ?? null, source: a.source ?? null, language: a.language, publishedOn: a.publishedOn, body },
    entities, deals, roles, problems: [],
  };
}

/** Saves the whole reviewed draft over `version` (its problems cleared: publishing finds them again). */
export async function saveDraft(ctx: Ctx, id: string, version: number, input: DraftInput, who: string): Promise<Draft> {
  const d = await existing(ctx, id);
  checkOpenAt(d, version);
  return change(ctx, d, version, { content: await reviewed(ctx, d, input), by: who });
}

/** Discards the draft at `version`. */
export async function discardDraft(ctx: Ctx, id: string, version: number, who: string): Promise<Draft> {
  const d = await existing(ctx, id);
  checkOpenAt(d, version);
  return change(ctx, d, version, { status: "DISCARDED", by: who });
}

export interface PublishOutcome {
  published: boolean;
  draft: Draft;
  report: ReportRecord | null;
  problems: DraftProblem[];
}

/**
 * Publishes the draft at `version`: its article (draftArticle) loaded by ingestArticle,
 * exactly as the mutation loads one. Refused, with the problems kept on the draft and
 * nothing written, when the draft or the loader finds any, or when another article has its
 * id (a draft never replaces an article: give it another id, or use ingestArticle).
 */
export async function publishDraft(ctx: Ctx, id: string, version: number, who: string): Promise<PublishOutcome> {
  const d = await existing(ctx, id);
  checkOpenAt(d, version);
  const { article, origin, problems } = draftArticle(d);
  const refuse = async (found: DraftProblem[]): Promise<PublishOutcome> => {
    const draft = await change(ctx, d, version, { content: { ...d, problems: found }, by: who });
    return { published: false, draft, report: null, problems: found };
  };
  if (problems.length) return refuse(problems);
  const other = isId(article.id) ? await ctx.stores.entities.byId("Article", article.id) : null;
  if (other) {
    return refuse([{
      path: "input.id", key: null, field: "article.articleId",
      message: `the graph already has an article with id ${article.id} (${JSON.stringify(other.title)}); a draft does not replace another article: give it another id`,
    }]);
  }
  let report: ReportRecord;
  try {
    report = toReport(await ingestArticle(ctx.db, article, articleLimits(ctx.config), ctx.events));
  } catch (error) {
    const listed = error instanceof GraphQLError && error.extensions.code === ErrorCode.BAD_USER_INPUT ? (error.extensions.problems as Array<{ field: string; message: string }> | undefined) : undefined;
    if (!listed) throw error;
    return refuse(listed.map((p) => problemOnDraft(p.field, p.message, origin)));
  }
  // The article is in the graph: the draft says so even if someone saved it meanwhile.
  const draft = await change(ctx, d, version, { status: "PUBLISHED", publishedArticleId: report.articleId, content: { ...d, problems: [] }, by: who }, true);
  return { published: true, draft, report, problems: [] };
}
