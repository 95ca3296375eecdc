// Every GraphQL operation the dashboard sends. Only the public API: a dashboard of your own
// can start from these. The shapes of their answers are not written here: `npm run codegen`
// generates them, with the variables and the enums they use, from schema/schema.graphql into
// ../gql/, and `tsc -p web` then checks each document below against the schema.
import { graphql } from "../gql/index.js";
import type {
  DashboardDealGraphQuery,
  DashboardDealStatsQuery,
  DashboardDuplicateCandidatesQuery,
  DashboardEntityQuery,
  DashboardGraphChangedSubscription,
  DashboardGraphEdgeFragment,
  DashboardGraphNodeFragment,
  DashboardInvestmentQuery,
  DashboardMoneyFragment,
  DashboardRoleQuery,
  DashboardSearchQuery,
  DashboardShortestPathQuery,
  DashboardSourceFragment,
  DashboardRelationQuery,
  DashboardDealRowFragment,
  DashboardDealTotalFragment,
  DashboardDraftFragment,
  DashboardCompanyPageQuery,
  DashboardPersonPageQuery,
  DashboardTableCompaniesQuery,
  DashboardTableDealsQuery,
  DashboardTablePeopleQuery,
} from "../gql/graphql.js";

// The words of the API, as the schema has them (generated const objects: values and types).
export { DealStatsGroup, DuplicateKind, GraphEdgeType, InvestmentKind, MatchField, RelationType, type DealGraphWhere, type InvestmentWhere } from "../gql/graphql.js";

export type Money = DashboardMoneyFragment;

export const MONEY_FIELDS = graphql(`
  fragment DashboardMoney on Money { value currency usd }
`);

export const SEARCH = graphql(`
  query DashboardSearch($text: String!) {
    search(text: $text, first: 8) {
      score
      matchedText
      entity {
        __typename
        ... on Company { id name }
        ... on Person { id name }
      }
    }
  }
`);

/**
 * A hit of the search box: a company or a person, and the name or alias that matched
 * ("Facebook" for Meta). The search asks for companies and people only, so `entity` is set.
 */
export type SearchHit = DashboardSearchQuery["search"][number] & { entity: NonNullable<DashboardSearchQuery["search"][number]["entity"]> };

/** In a deal graph, `depth` is how many edges away from the nearest seed; null in a path. */
export type GraphNode = DashboardGraphNodeFragment;
/** For a deal, `amountUsd` is its amount in US dollars (the edge's width). */
export type GraphEdge = DashboardGraphEdgeFragment;

export const GRAPH_NODE_FIELDS = graphql(`
  fragment DashboardGraphNode on GraphNode { id type label depth }
`);

export const GRAPH_EDGE_FIELDS = graphql(`
  fragment DashboardGraphEdge on GraphEdge {
    id source target type label amountUsd date
    investment { id }
    role { id current }
  }
`);

export type DealGraph = DashboardDealGraphQuery["dealGraph"];

export const DEAL_GRAPH = graphql(`
  query DashboardDealGraph($ids: [ID!]!, $depth: Int, $where: DealGraphWhere) {
    dealGraph(ids: $ids, depth: $depth, where: $where) {
      nodes { ...DashboardGraphNode }
      edges { ...DashboardGraphEdge }
      truncated
    }
  }
`);

export type GraphPath = NonNullable<DashboardShortestPathQuery["shortestPath"]>;

export const SHORTEST_PATH = graphql(`
  query DashboardShortestPath($from: ID!, $to: ID!, $maxHops: Int) {
    shortestPath(from: $from, to: $to, maxHops: $maxHops) {
      length
      nodes { ...DashboardGraphNode }
      edges { ...DashboardGraphEdge }
    }
  }
`);

export type SourceView = DashboardSourceFragment;
/** How deal resolution matched a deal's source to the deal; null for a role's or a relation's. */
export type SourceMatchView = NonNullable<SourceView["match"]>;

export const SOURCE_FIELDS = graphql(`
  fragment DashboardSource on Source {
    evidence
    article { id title publisher url publishedOn language source }
    match { method score agreed conflicting decision }
  }
`);

export type InvestmentView = NonNullable<DashboardInvestmentQuery["investment"]>;

export const INVESTMENT = graphql(`
  query DashboardInvestment($id: ID!) {
    investment(id: $id) {
      id kind status stage announcedOn stakePercent otherInvestors
      amount { ...DashboardMoney }
      valuation { ...DashboardMoney }
      investors { ... on Company { id name } ... on Person { id name } }
      leadInvestors { ... on Company { id } ... on Person { id } }
      target { id name }
      sources { ...DashboardSource }
      disagreements { field values { value articles { id title } } }
    }
  }
`);

export type RoleView = Extract<NonNullable<DashboardRoleQuery["node"]>, { __typename: "Role" }>;

export const ROLE = graphql(`
  query DashboardRole($id: ID!) {
    node(id: $id) {
      __typename
      ... on Role {
        id title since until current
        person { id name }
        company { id name }
        sources { ...DashboardSource }
      }
    }
  }
`);

export type EntityView = Extract<NonNullable<DashboardEntityQuery["node"]>, { __typename: "Company" | "Person" }>;

export const ENTITY = graphql(`
  query DashboardEntity($id: ID!) {
    node(id: $id) {
      __typename
      ... on Company { id name aliases country description totalRaisedUsd articles { id title publisher publishedOn url } }
      ... on Person { id name aliases articles { id title publisher publishedOn url } }
    }
  }
`);

export type GraphChange = DashboardGraphChangedSubscription["graphChanged"];

export const GRAPH_CHANGED = graphql(`
  subscription DashboardGraphChanged {
    graphChanged {
      id at articleId outcome
      created { id type }
      updated { id type }
      removed { id type }
    }
  }
`);

export type DealStats = DashboardDealStatsQuery["dealStats"];

export const DEAL_STATS = graphql(`
  query DashboardDealStats($groupBy: DealStatsGroup!, $where: InvestmentWhere) {
    dealStats(groupBy: $groupBy, where: $where) {
      buckets { key label dealCount totalUsd amountKnownCount }
      unplaced { dealCount }
      total { dealCount totalUsd }
    }
  }
`);

export type DuplicateCandidate = DashboardDuplicateCandidatesQuery["duplicateCandidates"]["edges"][number]["node"];
/** One side of a possible duplicate deal. */
export type CandidateDeal = Extract<DuplicateCandidate["a"], { __typename: "Investment" }>;
/** One side of a possible duplicate company. */
export type CandidateCompany = Extract<DuplicateCandidate["a"], { __typename: "Company" }>;
/** One side of a possible duplicate person. */
export type CandidatePerson = Extract<DuplicateCandidate["a"], { __typename: "Person" }>;

export const CANDIDATE_DEAL_FIELDS = graphql(`
  fragment DashboardCandidateDeal on Investment {
    id kind stage announcedOn otherInvestors
    amount { ...DashboardMoney }
    target { id name }
    investors { ... on Company { id name } ... on Person { id name } }
    sources { evidence article { id title publisher publishedOn language } }
  }
`);

export const CANDIDATE_COMPANY_FIELDS = graphql(`
  fragment DashboardCandidateCompany on Company {
    id name aliases country companyKind: kind dealCount
    articlesConnection(first: 5) { totalCount edges { node { id title publisher publishedOn } } }
  }
`);

export const CANDIDATE_PERSON_FIELDS = graphql(`
  fragment DashboardCandidatePerson on Person {
    id name aliases dealCount
    roles(first: 3) { title current company { name } }
    articlesConnection(first: 5) { totalCount edges { node { id title publisher publishedOn } } }
  }
`);

/** The deals (or companies, or people) resolution could not tell apart, newest first, for the review view. */
export const DUPLICATE_CANDIDATES = graphql(`
  query DashboardDuplicateCandidates($kind: DuplicateKind!, $first: Int) {
    duplicateCandidates(kind: $kind, first: $first) {
      totalCount
      edges {
        node {
          score agreed conflicting foundAt
          article { id title }
          a { __typename id ...DashboardCandidateDeal ...DashboardCandidateCompany ...DashboardCandidatePerson }
          b { __typename id ...DashboardCandidateDeal ...DashboardCandidateCompany ...DashboardCandidatePerson }
        }
      }
    }
  }
`);

/** "Same deal": `from` (the newer) is merged into `into`. Needs an editor token. */
export const MERGE_DEALS = graphql(`
  mutation DashboardMergeDeals($from: ID!, $into: ID!, $reason: String!) {
    mergeDeals(from: $from, into: $into, reason: $reason) { id action }
  }
`);

/** "Same company" or "Same person": `from` (the newer) is merged into `into`. Needs an editor token. */
export const MERGE_ENTITIES = graphql(`
  mutation DashboardMergeEntities($from: ID!, $into: ID!, $reason: String!) {
    mergeEntities(from: $from, into: $into, reason: $reason) { id action }
  }
`);

/** "Different": the pair (two deals, companies or people) is marked distinct and leaves the list. Needs an editor token. */
export const MARK_DISTINCT = graphql(`
  mutation DashboardMarkDistinct($a: ID!, $b: ID!, $reason: String!) {
    markDistinct(a: $a, b: $b, reason: $reason) { id action }
  }
`);

export type RelationView = Extract<NonNullable<DashboardRelationQuery["node"]>, { __typename: "CompanyRelation" }>;

export const RELATION = graphql(`
  query DashboardRelation($id: ID!) {
    node(id: $id) {
      __typename
      ... on CompanyRelation {
        id type
        from { id name }
        to { id name }
        sources { ...DashboardSource }
      }
    }
  }
`);

/** A deal as a row of an entity page: enough to say what it is; its sources open in the panel. */
export type DealRow = DashboardDealRowFragment;

export const DEAL_ROW_FIELDS = graphql(`
  fragment DashboardDealRow on Investment {
    id kind stage status announcedOn otherInvestors
    amount { ...DashboardMoney }
    investors { __typename ... on Company { id name } ... on Person { id name } }
    target { id name }
  }
`);

export const DEAL_TOTAL_FIELDS = graphql(`
  fragment DashboardDealTotal on DealBucket { key label dealCount totalUsd amountKnownCount }
`);

export type DealTotal = DashboardDealTotalFragment;
export type CompanyPage = NonNullable<DashboardCompanyPageQuery["company"]>;
export type CompanyPageStats = Omit<DashboardCompanyPageQuery, "company">;

/**
 * A company's page in one request: the company with its deals, investors, people, relations
 * and articles, and its totals from dealStats (each deal counted once), under the definitions
 * the page states: `raised` (deals received of the kinds totalRaisedUsd counts, not called off),
 * `invested` (deals invested in, not called off), `participant` (deals on either side).
 */
export const COMPANY_PAGE = graphql(`
  query DashboardCompanyPage($id: ID!, $raised: InvestmentWhere!, $invested: InvestmentWhere!, $participant: InvestmentWhere!) {
    company(id: $id) {
      id name aliases country description website dealCount totalRaisedUsd totalInvestedUsd
      latestValuation { ...DashboardMoney }
      received: investmentsConnection(side: TARGET, first: 100) { totalCount edges { node { ...DashboardDealRow } } }
      made: investmentsConnection(side: INVESTOR, first: 100) { totalCount edges { node { ...DashboardDealRow } } }
      investorTotals(first: 100) {
        dealCount totalUsd led
        investor { __typename ... on Company { id name } ... on Person { id name } }
        investments(first: 100) { id announcedOn kind }
      }
      executives(first: 100) { id title since until current person { id name } }
      relations(first: 100) { id type from { id name } to { id name } }
      articles(first: 100) { id title publisher publishedOn url }
    }
    raised: dealStats(groupBy: YEAR, where: $raised) {
      buckets { ...DashboardDealTotal }
      unplaced { ...DashboardDealTotal }
      total { ...DashboardDealTotal }
    }
    invested: dealStats(groupBy: YEAR, where: $invested) { total { ...DashboardDealTotal } }
    participant: dealStats(groupBy: YEAR, where: $participant) { total { ...DashboardDealTotal } }
  }
`);

export type PersonPage = NonNullable<DashboardPersonPageQuery["person"]>;

/** A person's page in one request: roles, the deals they invested in, articles, and the invested total from dealStats. */
export const PERSON_PAGE = graphql(`
  query DashboardPersonPage($id: ID!, $invested: InvestmentWhere!) {
    person(id: $id) {
      id name aliases dealCount totalInvestedUsd
      roles(first: 100) { id title since until current company { id name } }
      made: investmentsConnection(first: 100) { totalCount edges { node { ...DashboardDealRow } } }
      articles(first: 100) { id title publisher publishedOn url }
    }
    invested: dealStats(groupBy: YEAR, where: $invested) { total { ...DashboardDealTotal } }
  }
`);

// ---------------------------------------------------------------- the table (table.ts)

export { CompanyKind, CompanyOrderField, InvestmentOrderField, OrderDirection, PersonOrderField, RoundStage } from "../gql/graphql.js";
export type { CompanyWhere, PersonWhere } from "../gql/graphql.js";

export const TABLE_PAGE_INFO = graphql(`
  fragment DashboardTablePage on PageInfo { hasNextPage endCursor }
`);

export type TableDeal = DashboardTableDealsQuery["investments"]["edges"][number]["node"];

/** A page of deals as the table lists them; `investors(first: 6)` tells whether there are more than the five shown. */
export const TABLE_DEALS = graphql(`
  query DashboardTableDeals($where: InvestmentWhere, $orderBy: InvestmentOrder, $first: Int, $after: String) {
    investments(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { ...DashboardTablePage }
      edges {
        node {
          id announcedOn kind stage stakePercent sourceCount otherInvestors
          amount { ...DashboardMoney }
          valuation { ...DashboardMoney }
          target { id name country }
          investors(first: 6) { __typename ... on Company { id name } ... on Person { id name } }
        }
      }
    }
  }
`);

export type TableCompany = DashboardTableCompaniesQuery["companies"]["edges"][number]["node"];

export const TABLE_COMPANIES = graphql(`
  query DashboardTableCompanies($where: CompanyWhere, $orderBy: CompanyOrder, $first: Int, $after: String) {
    companies(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { ...DashboardTablePage }
      edges { node { id name kind country dealCount totalRaisedUsd totalInvestedUsd latestValuation { ...DashboardMoney } } }
    }
  }
`);

export type TablePerson = DashboardTablePeopleQuery["people"]["edges"][number]["node"];

export const TABLE_PEOPLE = graphql(`
  query DashboardTablePeople($where: PersonWhere, $orderBy: PersonOrder, $first: Int, $after: String) {
    people(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { ...DashboardTablePage }
      edges { node { id name dealCount totalInvestedUsd roles(first: 1) { title current company { id name } } } }
    }
  }
`);

// ---------------------------------------------------------------- the review inbox (dashboard/inbox.ts)

export const DRAFT_FIELDS = graphql(`
  fragment DashboardDraft on Draft {
    id status version createdAt updatedAt createdBy updatedBy publishedArticleId
    article { articleId title publisher url source language publishedOn body }
    entities { key type name aliases kind matchedId matchedName candidates { id name } confidence rule decision mentions { start end } }
    deals {
      key kind target investors leadInvestors otherInvestors
      amount { value currency } valuation { value currency }
      stakePercent stage status announcedOn evidence evidenceSpan { start end } confidence rule notes decision
    }
    roles { key person company title since until evidence evidenceSpan { start end } confidence rule notes decision }
    problems { path message key field }
  }
`);

export type DraftFields = DashboardDraftFragment;
export type { DraftFormat, DraftInput } from "../gql/graphql.js";

export const DRAFT_QUEUE = graphql(`
  query DashboardDraftQueue($first: Int) {
    drafts(status: OPEN, first: $first) {
      totalCount
      edges { node { id createdAt updatedAt createdBy updatedBy article { title } entities { key } deals { key } roles { key } } }
    }
  }
`);

export const DRAFT = graphql(`
  query DashboardDraft($id: ID!) { draft(id: $id) { ...DashboardDraft } }
`);

export const CREATE_DRAFT = graphql(`
  mutation DashboardCreateDraft($input: CreateDraftInput!, $by: String) { createDraft(input: $input, by: $by) { id } }
`);

export const SAVE_DRAFT = graphql(`
  mutation DashboardSaveDraft($id: ID!, $version: Int!, $input: DraftInput!, $by: String) {
    saveDraft(id: $id, version: $version, input: $input, by: $by) { ...DashboardDraft }
  }
`);

export const PUBLISH_DRAFT = graphql(`
  mutation DashboardPublishDraft($id: ID!, $version: Int!, $by: String) {
    publishDraft(id: $id, version: $version, by: $by) { published draft { ...DashboardDraft } problems { path message key field } }
  }
`);

export const DISCARD_DRAFT = graphql(`
  mutation DashboardDiscardDraft($id: ID!, $version: Int!, $by: String) {
    discardDraft(id: $id, version: $version, by: $by) { id status }
  }
`);

/** A published article's first deal's target: where the graph shows what was published. */
export const ARTICLE_FOCUS = graphql(`
  query DashboardArticleFocus($id: ID!) { article(id: $id) { id investments(first: 1) { id target { id name } } } }
`);
