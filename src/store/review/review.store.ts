// The review store: the pairs resolution could not tell apart (deals, or companies, or
// people), linked as possible duplicates (`(a)-[:POSSIBLE_DUPLICATE]->(b)`, a the newer),
// a page at a time, newest link first, for a person to decide on (merge, or mark
// distinct). A read model: the links are written through store/common/duplicates.writes.ts
// and removed by the decisions store.
import { fetchPage, type PageArgs, type PageQuery, type PageRecord, type PageWants, type Reader, WANTS_ALL } from "../common/index.js";
import { num, row, str, strs } from "../common/index.js";

/** What is linked: deals, companies or people. */
export type DuplicateKind = "DEAL" | "COMPANY" | "PERSON";
export const DUPLICATE_KINDS = ["DEAL", "COMPANY", "PERSON"] as const satisfies readonly DuplicateKind[];

// The allow-list of labels: the only Cypher a kind can reach, with the typename of the
// nodes of that label (what the API resolves `a` and `b` to).
const KINDS = {
  DEAL: { label: "Investment", typename: "Investment" },
  COMPANY: { label: "Company", typename: "Company" },
  PERSON: { label: "Person", typename: "Person" },
} as const satisfies Record<DuplicateKind, { label: string; typename: string }>;

export type DuplicateTypename = (typeof KINDS)[DuplicateKind]["typename"];

/** One possible duplicate: the newer node `a`, the older `b`, and why they were linked. */
export interface DuplicateCandidateRecord {
  /** The pair, "<a id> <b id>": a row's id in the page machinery (its cursor's tie-breaker). */
  id: string;
  typename: DuplicateTypename;
  aId: string;
  bId: string;
  score: number;
  agreed: string[];
  conflicting: string[];
  /** When the link was first found, ISO 8601. */
  foundAt: string;
  /** The article whose report made the link, when the link says. */
  articleId: string | null;
}

export interface DuplicatePageArgs extends PageArgs {
  kind: DuplicateKind;
  /** What the client selected of the connection; all of it by default. */
  wants?: PageWants;
}

/**
 * The page query over links. The page machinery pages one row variable by a sort value and
 * the row's `id`, so each link becomes a map `p` whose id is the pair "<a id> <b id>": ids
 * are slugs ([a-z0-9-]), which all sort after the space, so ordering by the pair is
 * ordering by a's id, then b's. Newest first: by foundAt in milliseconds (a number the
 * cursor keeps exactly), then by the pair, both descending.
 */
function pageQuery(kind: DuplicateKind): PageQuery {
  const { label } = KINDS[kind];
  return {
    name: "review.duplicateCandidates",
    match: `MATCH (a:${label})-[l:POSSIBLE_DUPLICATE]->(b:${label})
  WITH { id: a.id + ' ' + b.id, a: a.id, b: b.id, foundAt: l.foundAt, score: l.score, agreed: l.agreed, conflicting: l.conflicting, articleId: l.articleId } AS p`,
    variable: "p",
    filters: [],
    params: {},
    sort: { cypher: "toFloat(p.foundAt.epochMillis)", type: "number" },
    direction: "DESC",
    projection: "p { .id, .a, .b, .score, .agreed, .conflicting, .articleId, foundAtMillis: p.foundAt.epochMillis }",
  };
}

function toCandidate(kind: DuplicateKind, value: unknown): DuplicateCandidateRecord {
  const r = row(value);
  const millis = num(r.foundAtMillis);
  return {
    id: String(r.id),
    typename: KINDS[kind].typename,
    aId: String(r.a),
    bId: String(r.b),
    score: num(r.score) ?? 0,
    agreed: strs(r.agreed),
    conflicting: strs(r.conflicting),
    foundAt: millis === null ? "" : new Date(millis).toISOString(),
    articleId: str(r.articleId),
  };
}

/** The review store of one request. */
export function createReviewStore(reader: Reader) {
  return {
    /**
     * A page of possible duplicates of one kind, newest link first; `a` and `b` are ids of
     * that kind's nodes (the API looks them up through the node cache, in one batch).
     *
     * @example await stores.review.duplicateCandidates({ kind: "DEAL", first: 20 })
     */
    duplicateCandidates(args: DuplicatePageArgs): Promise<PageRecord<DuplicateCandidateRecord>> {
      return fetchPage(reader, pageQuery(args.kind), args, (r) => toCandidate(args.kind, r), args.wants ?? WANTS_ALL);
    },
  };
}

export type ReviewStore = ReturnType<typeof createReviewStore>;
