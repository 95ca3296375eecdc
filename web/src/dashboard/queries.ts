// Every GraphQL operation the dashboard sends, with the shapes of their answers. Only
// the public API: a dashboard of your own can start from these.

export type EntityType = "COMPANY" | "PERSON";
export type InvestmentKind = "EQUITY_STAKE" | "FUNDING_ROUND" | "ACQUISITION" | "LICENSE_AND_HIRE";
export type EdgeType = "INVESTED_IN" | "HOLDS_ROLE" | "COMPETES_WITH" | "PARTNERS_WITH" | "SUBSIDIARY_OF";

export interface Money {
  value: number;
  currency: string;
  usd: number | null;
}

export interface SearchHit {
  score: number;
  /** The name or alias that matched ("Facebook" for Meta). */
  matchedText: string;
  entity: { __typename: "Company" | "Person"; id: string; name: string };
}

export const SEARCH = /* GraphQL */ `
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
`;

export interface GraphNode {
  id: string;
  /** COMPANY or PERSON. */
  type: string;
  label: string;
  /** In a deal graph, how many edges away from the nearest seed; null in a path. */
  depth: number | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  /** For a deal, its amount in US dollars (the edge's width). */
  amountUsd: number | null;
  investment: { id: string } | null;
  role: { id: string; current: boolean } | null;
}

export interface DealGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

const GRAPH_FIELDS = /* GraphQL */ `
  nodes { id type label depth }
  edges {
    id source target type label amountUsd
    investment { id }
    role { id current }
  }
`;

export const DEAL_GRAPH = /* GraphQL */ `
  query DashboardDealGraph($ids: [ID!]!, $depth: Int, $where: DealGraphWhere) {
    dealGraph(ids: $ids, depth: $depth, where: $where) {
      ${GRAPH_FIELDS}
      truncated
    }
  }
`;

export interface GraphPath {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const SHORTEST_PATH = /* GraphQL */ `
  query DashboardShortestPath($from: ID!, $to: ID!, $maxHops: Int) {
    shortestPath(from: $from, to: $to, maxHops: $maxHops) {
      length
      ${GRAPH_FIELDS}
    }
  }
`;

export interface SourceView {
  evidence: string;
  article: { id: string; title: string; publisher: string; url: string | null; publishedOn: string; language: string; source: string | null };
}

const SOURCE_FIELDS = /* GraphQL */ `
  sources { evidence article { id title publisher url publishedOn language source } }
`;

export interface InvestmentView {
  id: string;
  kind: InvestmentKind;
  status: string;
  announcedOn: string | null;
  stakePercent: number | null;
  amount: Money | null;
  valuation: Money | null;
  otherInvestors: boolean;
  investors: Array<{ id: string; name: string }>;
  leadInvestors: Array<{ id: string }>;
  target: { id: string; name: string };
  sources: SourceView[];
}

export const INVESTMENT = /* GraphQL */ `
  query DashboardInvestment($id: ID!) {
    investment(id: $id) {
      id kind status announcedOn stakePercent otherInvestors
      amount { value currency usd }
      valuation { value currency usd }
      investors { ... on Company { id name } ... on Person { id name } }
      leadInvestors { ... on Company { id } ... on Person { id } }
      target { id name }
      ${SOURCE_FIELDS}
    }
  }
`;

export interface RoleView {
  id: string;
  title: string;
  since: string | null;
  until: string | null;
  current: boolean;
  person: { id: string; name: string };
  company: { id: string; name: string };
  sources: SourceView[];
}

export const ROLE = /* GraphQL */ `
  query DashboardRole($id: ID!) {
    node(id: $id) {
      ... on Role {
        id title since until current
        person { id name }
        company { id name }
        ${SOURCE_FIELDS}
      }
    }
  }
`;

export interface EntityView {
  __typename: "Company" | "Person";
  id: string;
  name: string;
  aliases: string[];
  country?: string | null;
  description?: string | null;
  totalRaisedUsd?: number | null;
  articles: Array<{ id: string; title: string; publisher: string; publishedOn: string; url: string | null }>;
}

export const ENTITY = /* GraphQL */ `
  query DashboardEntity($id: ID!) {
    node(id: $id) {
      __typename
      ... on Company { id name aliases country description totalRaisedUsd articles { id title publisher publishedOn url } }
      ... on Person { id name aliases articles { id title publisher publishedOn url } }
    }
  }
`;

export const GRAPH_CHANGED = /* GraphQL */ `
  subscription DashboardGraphChanged {
    graphChanged {
      id at articleId outcome
      created { id type }
      updated { id type }
      removed { id type }
    }
  }
`;

export interface GraphChange {
  id: string;
  at: string;
  articleId: string;
  outcome: "CREATED" | "UPDATED" | "REMOVED";
  created: Array<{ id: string; type: string }>;
  updated: Array<{ id: string; type: string }>;
  removed: Array<{ id: string; type: string }>;
}

export type StatsGroup = "YEAR" | "KIND";

export interface DealBucket {
  key: string;
  label: string;
  dealCount: number;
  totalUsd: number;
  amountKnownCount: number;
}

export interface DealStats {
  buckets: DealBucket[];
  unplaced: { dealCount: number };
  total: { dealCount: number; totalUsd: number };
}

export const DEAL_STATS = /* GraphQL */ `
  query DashboardDealStats($groupBy: DealStatsGroup!, $where: InvestmentWhere) {
    dealStats(groupBy: $groupBy, where: $where) {
      buckets { key label dealCount totalUsd amountKnownCount }
      unplaced { dealCount }
      total { dealCount totalUsd }
    }
  }
`;
