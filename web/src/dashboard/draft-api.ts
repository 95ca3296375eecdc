// The inbox's side of the API: the drafts queue, a draft, and the mutations that make,
// save, publish and discard one (editors only), as the DraftApi the view is written against.
// A draft goes back whole to saveDraft: every entity, deal and role it keeps, with the
// fields the view does not show (aliases, kind, status) as they came.
import { request } from "../graphql.js";
import type { DraftDeal, DraftEntity, DraftRole, EditableDraft, EntityKind } from "./draft-model.js";
import type { DraftApi, QueueItem } from "./inbox.js";
import { ARTICLE_FOCUS, CREATE_DRAFT, DISCARD_DRAFT, DRAFT, DRAFT_QUEUE, type DraftFields, type DraftInput, type DraftFormat, PUBLISH_DRAFT, SAVE_DRAFT } from "./queries.js";

/** How many open drafts the queue lists (the newest). */
const QUEUE_SIZE = 50;

function editable(d: DraftFields): EditableDraft {
  return {
    ...d,
    entities: d.entities.map((e) => ({ ...e, type: (e.type === "Person" ? "Person" : "Company") as EntityKind, kind: e.kind ?? null })),
    deals: d.deals.map((x) => ({ ...x, amount: x.amount && { value: x.amount.value, currency: x.amount.currency }, valuation: x.valuation && { value: x.valuation.value, currency: x.valuation.currency } })),
    roles: d.roles.map((r) => ({ ...r })),
  };
}

function input(d: EditableDraft): DraftInput {
  const a = d.article;
  const entity = (e: DraftEntity) => ({ key: e.key, type: e.type, name: e.name, aliases: e.aliases, kind: e.type === "Company" ? (e.kind as DraftInput["entities"][number]["kind"]) : null, matchedId: e.matchedId, decision: e.decision });
  const deal = (x: DraftDeal) => ({
    key: x.key,
    kind: x.kind as DraftInput["deals"][number]["kind"],
    target: x.target,
    investors: x.investors,
    leadInvestors: x.leadInvestors.filter((k) => x.investors.includes(k)),
    otherInvestors: x.otherInvestors,
    amount: x.amount,
    valuation: x.valuation,
    stakePercent: x.stakePercent,
    stage: x.stage as DraftInput["deals"][number]["stage"],
    status: x.status as DraftInput["deals"][number]["status"],
    announcedOn: x.announcedOn,
    evidence: x.evidence,
    decision: x.decision,
  });
  const role = (r: DraftRole) => ({ key: r.key, person: r.person, company: r.company, title: r.title, since: r.since, until: r.until, evidence: r.evidence, decision: r.decision });
  return {
    article: { articleId: a.articleId, title: a.title, publisher: a.publisher, url: a.url, source: a.source, language: a.language, publishedOn: a.publishedOn },
    entities: d.entities.map(entity),
    deals: d.deals.map(deal),
    roles: d.roles.map(role),
  };
}

export const draftApi: DraftApi = {
  async queue(signal) {
    const { drafts } = await request(DRAFT_QUEUE, { first: QUEUE_SIZE }, signal);
    return drafts.edges.map(({ node: d }): QueueItem => ({
      id: d.id,
      title: d.article.title,
      createdBy: d.createdBy,
      updatedBy: d.updatedBy,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      entities: d.entities.length,
      deals: d.deals.length,
      roles: d.roles.length,
    }));
  },
  async create(draft, by) {
    const { createDraft } = await request(CREATE_DRAFT, { input: { ...draft, format: draft.format as DraftFormat }, by });
    return createDraft.id;
  },
  async draft(id, signal) {
    const { draft } = await request(DRAFT, { id }, signal);
    return draft && editable(draft);
  },
  async save(draft, by) {
    const { saveDraft } = await request(SAVE_DRAFT, { id: draft.id, version: draft.version, input: input(draft), by });
    return editable(saveDraft);
  },
  async publish(id, version, by) {
    const { publishDraft } = await request(PUBLISH_DRAFT, { id, version, by });
    return { published: publishDraft.published, draft: editable(publishDraft.draft), problems: publishDraft.problems };
  },
  async discard(id, version, by) {
    await request(DISCARD_DRAFT, { id, version, by });
  },
  async articleFocus(articleId) {
    const { article } = await request(ARTICLE_FOCUS, { id: articleId });
    const deal = article?.investments[0];
    return deal ? { id: deal.target.id, name: deal.target.name } : null;
  },
};
