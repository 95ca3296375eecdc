/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a company mainly is. */
export const CompanyKind = {
  /** An operating business (the default). */
  Company: 'COMPANY',
  /** An investment firm or fund. */
  Investor: 'INVESTOR',
  /** A news outlet or publisher. */
  Media: 'MEDIA',
  /** Anything else. */
  Other: 'OTHER',
  /** A research firm, lab or analyst. */
  Research: 'RESEARCH'
} as const;

export type CompanyKind = typeof CompanyKind[keyof typeof CompanyKind];
/** How to sort companies. */
export type CompanyOrder = {
  /** The direction, ASC by default. */
  direction?: OrderDirection;
  /** The sort field. */
  field: CompanyOrderField;
};

/** What companies can be sorted by; ties are broken by id. */
export const CompanyOrderField = {
  /** dealCount: deals the company invested in plus deals it received. */
  DealCount: 'DEAL_COUNT',
  /** latestValuation in US dollars; companies without one come last. */
  LatestValuationUsd: 'LATEST_VALUATION_USD',
  /** Display name, case-insensitively. */
  Name: 'NAME',
  /** totalInvestedUsd, as an investor; companies without one come last. */
  TotalInvestedUsd: 'TOTAL_INVESTED_USD',
  /** totalRaisedUsd; companies without one come last. */
  TotalRaisedUsd: 'TOTAL_RAISED_USD'
} as const;

export type CompanyOrderField = typeof CompanyOrderField[keyof typeof CompanyOrderField];
/** Filters on companies; every filter given must hold. */
export type CompanyWhere = {
  /** Only companies based in one of these countries (ISO 3166-1 alpha-2, e.g. FR). */
  country?: Array<string> | null | undefined;
  /** Only these companies. */
  ids?: Array<string | number> | null | undefined;
  /** Only companies this company or person invested in (its portfolio). */
  investorId?: string | number | null | undefined;
  /** Only companies of these kinds (one kind may be given alone). */
  kind?: Array<CompanyKind> | null | undefined;
  /** Only companies whose totalRaisedUsd is at most this much (companies without one are left out). */
  maxTotalRaisedUsd?: number | null | undefined;
  /** Only companies whose totalRaisedUsd is at least this much. */
  minTotalRaisedUsd?: number | null | undefined;
  /** Only companies with a name or alias containing this text (case- and accent-insensitive). */
  nameContains?: string | null | undefined;
  /** Only companies with a name or alias starting with this text (case- and accent-insensitive): what a type-ahead asks. */
  nameStartsWith?: string | null | undefined;
};

/** A text to draft an article from. */
export type CreateDraftInput = {
  /** The text: plain text, Markdown or a saved web page's HTML; at most ARTICLE_MAX_BODY_BYTES (256 KiB) of UTF-8, or ARTICLE_MAX_FILE_BYTES (1 MiB) for HTML. */
  content: string;
  /** The name of the file it came from: its extension gives the format, its name the article id. */
  fileName?: string | null | undefined;
  /** What `content` is; else from `fileName`'s extension (.txt .md .html .htm), else sniffed. */
  format?: DraftFormat | null | undefined;
  /** ISO 639-1 code of the text's language; else the page's, else detected (en or fr). */
  language?: string | null | undefined;
  /** Publication date; else the page's, else today. */
  publishedOn?: string | null | undefined;
  /** Absolute http(s) URL where it was published; else the page's canonical URL. */
  url?: string | null | undefined;
};

/** Which edges a deal graph or a path may use; every filter given must hold. Nodes are reached only through such edges. */
export type DealGraphWhere = {
  /** Only these kinds of edge; all when absent. */
  edgeTypes?: Array<GraphEdgeType> | null | undefined;
  /** From this date on: deals announced then or later (undated deals are left out), roles held then or later. Relations have no date and stay. */
  from?: string | null | undefined;
  /** INVESTED_IN edges only for deals of these kinds. */
  kinds?: Array<InvestmentKind> | null | undefined;
  /** INVESTED_IN edges only for deals of at least this many US dollars. */
  minUsd?: number | null | undefined;
  /** INVESTED_IN edges only for deals with these statuses. */
  statuses?: Array<DealStatus> | null | undefined;
  /** Up to this date, inclusive ("2025" takes in all of 2025): deals announced by then, roles begun by then. */
  to?: string | null | undefined;
};

/** How deals are bucketed along a chart's x axis. */
export const DealStatsGroup = {
  /** By kind of deal, every kind listed. */
  Kind: 'KIND',
  /** By month announced (2024-03); deals dated only to the year are `unplaced`. */
  Month: 'MONTH',
  /** By quarter announced (2024-Q1); deals dated only to the year are `unplaced`. */
  Quarter: 'QUARTER',
  /** By status, every status listed. */
  Status: 'STATUS',
  /** By year announced; every year from the first to the last, empty ones included. */
  Year: 'YEAR'
} as const;

export type DealStatsGroup = typeof DealStatsGroup[keyof typeof DealStatsGroup];
/** Where a deal stands, as its most recent source reports. */
export const DealStatus = {
  /** Announced, not yet reported closed (the default). */
  Announced: 'ANNOUNCED',
  /** Closed. */
  Completed: 'COMPLETED',
  /** Reported but not confirmed by the parties. */
  Rumored: 'RUMORED',
  /** Called off. */
  Terminated: 'TERMINATED'
} as const;

export type DealStatus = typeof DealStatus[keyof typeof DealStatus];
/** MERGE: two deals are one. SPLIT: an article's report is another deal than the one it was matched to. DISTINCT: two possible duplicates are different deals (or companies, or people). MERGE_ENTITIES: two companies (or two people) are one. */
export const DecisionAction = {
  Distinct: 'DISTINCT',
  Merge: 'MERGE',
  MergeEntities: 'MERGE_ENTITIES',
  Split: 'SPLIT'
} as const;

export type DecisionAction = typeof DecisionAction[keyof typeof DecisionAction];
/** A field of a deal its sources can disagree on. */
export const DisagreementField = {
  /** The amount, as "<value> <currency>". */
  Amount: 'AMOUNT',
  /** The announcement date; dates one of which contains the other (2024, 2024-05) agree. */
  AnnouncedOn: 'ANNOUNCED_ON',
  /** The investors' ids, sorted, comma-separated; a list contained in another agrees with it. */
  Investors: 'INVESTORS',
  Kind: 'KIND',
  Stage: 'STAGE',
  /** The stake, in percent. */
  Stake: 'STAKE',
  Status: 'STATUS',
  /** The valuation, as "<value> <currency>". */
  Valuation: 'VALUATION'
} as const;

export type DisagreementField = typeof DisagreementField[keyof typeof DisagreementField];
/** The article's fields as the reviewer leaves them (the body is fixed). */
export type DraftArticleInput = {
  articleId: string | number;
  language: string;
  publishedOn: string;
  publisher?: string | null | undefined;
  source?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
};

/** A deal as the reviewer leaves it; a new key adds one. */
export type DraftDealInput = {
  amount?: MoneyInput | null | undefined;
  announcedOn?: string | null | undefined;
  decision: FactDecision;
  /** A passage of the body, verbatim. */
  evidence: string;
  /** Entity keys. */
  investors: Array<string>;
  key: string;
  kind: InvestmentKind;
  /** Entity keys, among `investors`. */
  leadInvestors?: Array<string> | null | undefined;
  otherInvestors?: boolean | null | undefined;
  stage?: RoundStage | null | undefined;
  stakePercent?: number | null | undefined;
  status?: DealStatus | null | undefined;
  /** Entity key. */
  target: string;
  valuation?: MoneyInput | null | undefined;
};

/** An entity as the reviewer leaves it: type, name, match fixed; a new key adds one. */
export type DraftEntityInput = {
  aliases?: Array<string> | null | undefined;
  decision: FactDecision;
  key: string;
  kind?: CompanyKind | null | undefined;
  /** The graph entity it is (of the same type); null: a new one. */
  matchedId?: string | number | null | undefined;
  name: string;
  /** `Company` or `Person`. */
  type: string;
};

/** What a draft was made from: plain text, Markdown (its inline markup taken out) or a saved web page (its main text, read with Readability). */
export const DraftFormat = {
  Html: 'HTML',
  Markdown: 'MARKDOWN',
  Text: 'TEXT'
} as const;

export type DraftFormat = typeof DraftFormat[keyof typeof DraftFormat];
/** The whole reviewed draft: every entity, deal and role it keeps (one left out is dropped). Confidence, rule, notes and mentions stay the draft's, by key; the body cannot change. */
export type DraftInput = {
  article: DraftArticleInput;
  deals: Array<DraftDealInput>;
  entities: Array<DraftEntityInput>;
  roles: Array<DraftRoleInput>;
};

/** A role as the reviewer leaves it; a new key adds one. */
export type DraftRoleInput = {
  /** Entity key of the company. */
  company: string;
  decision: FactDecision;
  evidence: string;
  key: string;
  /** Entity key of the person. */
  person: string;
  since?: string | null | undefined;
  title: string;
  until?: string | null | undefined;
};

/** Where a draft is in review. */
export const DraftStatus = {
  /** Set aside; nothing of it was loaded. */
  Discarded: 'DISCARDED',
  /** Waiting for review: it can be saved, published or discarded. */
  Open: 'OPEN',
  /** Its accepted facts were loaded into the graph (publishedArticleId). */
  Published: 'PUBLISHED'
} as const;

export type DraftStatus = typeof DraftStatus[keyof typeof DraftStatus];
/** What the possible duplicates are: DEAL (two deals, `Investment`), COMPANY or PERSON (two entities, one named by a shorter or longer form of the other's name). */
export const DuplicateKind = {
  Company: 'COMPANY',
  Deal: 'DEAL',
  Person: 'PERSON'
} as const;

export type DuplicateKind = typeof DuplicateKind[keyof typeof DuplicateKind];
/** A reviewer's word on a proposed entity, deal or role. Only ACCEPTED deals and roles are published, with the entities they use and the ACCEPTED entities. A new draft has ACCEPTED where the extractor's confidence reached its threshold, PENDING elsewhere. */
export const FactDecision = {
  Accepted: 'ACCEPTED',
  Pending: 'PENDING',
  Rejected: 'REJECTED'
} as const;

export type FactDecision = typeof FactDecision[keyof typeof FactDecision];
/** The kinds of edge in a deal graph or a path (GraphEdge.type). */
export const GraphEdgeType = {
  /** Company -> company, in id order: they compete. */
  CompetesWith: 'COMPETES_WITH',
  /** Person -> company: a role. */
  HoldsRole: 'HOLDS_ROLE',
  /** Investor -> target: one edge per investor of a deal. */
  InvestedIn: 'INVESTED_IN',
  /** Company -> company, in id order: they work together. */
  PartnersWith: 'PARTNERS_WITH',
  /** Subsidiary -> parent. */
  SubsidiaryOf: 'SUBSIDIARY_OF'
} as const;

export type GraphEdgeType = typeof GraphEdgeType[keyof typeof GraphEdgeType];
/** What happened to the article itself. */
export const IngestOutcome = {
  /** It was new. */
  Created: 'CREATED',
  /** It was withdrawn. */
  Removed: 'REMOVED',
  /** It existed with the same content: nothing was written. */
  Unchanged: 'UNCHANGED',
  /** It existed with other content, which it replaced. */
  Updated: 'UPDATED'
} as const;

export type IngestOutcome = typeof IngestOutcome[keyof typeof IngestOutcome];
/** What kind of deal an investment is. */
export const InvestmentKind = {
  /** A company is bought outright. */
  Acquisition: 'ACQUISITION',
  /** Investors buy a share of an existing company. */
  EquityStake: 'EQUITY_STAKE',
  /** A company raises money from investors (seed, Series A, ...). */
  FundingRound: 'FUNDING_ROUND',
  /** A licence fee plus hiring the team (a so-called acqui-hire). */
  LicenseAndHire: 'LICENSE_AND_HIRE'
} as const;

export type InvestmentKind = typeof InvestmentKind[keyof typeof InvestmentKind];
/** How to sort deals. */
export type InvestmentOrder = {
  /** The direction, ASC by default. */
  direction?: OrderDirection;
  /** The sort field. */
  field: InvestmentOrderField;
};

/** What deals can be sorted by; ties are broken by id. */
export const InvestmentOrderField = {
  /** Amount in US dollars; deals without one come last. */
  AmountUsd: 'AMOUNT_USD',
  /** Announcement date. */
  AnnouncedOn: 'ANNOUNCED_ON',
  /** How many articles report the deal. */
  SourceCount: 'SOURCE_COUNT',
  /** Stake obtained, in percent; deals without one come last. */
  StakePercent: 'STAKE_PERCENT',
  /** The target's valuation in US dollars; deals without one come last. */
  ValuationUsd: 'VALUATION_USD'
} as const;

export type InvestmentOrderField = typeof InvestmentOrderField[keyof typeof InvestmentOrderField];
/** Filters on deals; every filter given must hold. */
export type InvestmentWhere = {
  /** Only deals announced on or after this date ("2025" means from 2025 on). */
  announcedFrom?: string | null | undefined;
  /** Only deals announced on or before this date, inclusive ("2025" takes in all of 2025). */
  announcedTo?: string | null | undefined;
  /** Only deals this article reports. */
  articleId?: string | number | null | undefined;
  /** Only deals whose amount is given in one of these currencies (ISO 4217, e.g. EUR). */
  currency?: Array<string> | null | undefined;
  /** Only these deals. */
  ids?: Array<string | number> | null | undefined;
  /** Only deals this company or person invested in. */
  investorId?: string | number | null | undefined;
  /** Only deals with an investor (company or person) whose name or alias contains this text (case- and accent-insensitive): an investor search. */
  investorNameContains?: string | null | undefined;
  /** Only deals of these kinds (one kind may be given alone). */
  kind?: Array<InvestmentKind> | null | undefined;
  /** Only deals this company or person led. */
  leadInvestorId?: string | number | null | undefined;
  /** Only deals whose amount in US dollars is at most this much (deals without one are left out). */
  maxUsd?: number | null | undefined;
  /** Only deals whose amount in US dollars is at least this much (deals without one are left out). */
  minUsd?: number | null | undefined;
  /** Only deals this company or person took part in, as an investor or as the target. */
  participantId?: string | number | null | undefined;
  /** Only funding rounds at these stages (one stage may be given alone). */
  stage?: Array<RoundStage> | null | undefined;
  /** Only deals with these statuses (one status may be given alone). */
  status?: Array<DealStatus> | null | undefined;
  /** Only deals whose target is based in one of these countries (ISO 3166-1 alpha-2, e.g. FR). */
  targetCountry?: Array<string> | null | undefined;
  /** Only deals whose target is this company. */
  targetId?: string | number | null | undefined;
};

/** A field deal resolution compares two reports on. */
export const MatchField = {
  Amount: 'AMOUNT',
  AnnouncedOn: 'ANNOUNCED_ON',
  Country: 'COUNTRY',
  Investors: 'INVESTORS',
  Name: 'NAME',
  SoleCandidate: 'SOLE_CANDIDATE',
  Stage: 'STAGE',
  Stake: 'STAKE',
  Valuation: 'VALUATION'
} as const;

export type MatchField = typeof MatchField[keyof typeof MatchField];
/** How a report was matched to its deal: ID (the article names the deal), KEY (same target, kind, month and investors), SCORE (its fields scored as the same deal), NEW (no deal matched: it made this one), DECISION (a person's decision placed it). */
export const MatchMethod = {
  Decision: 'DECISION',
  Id: 'ID',
  Key: 'KEY',
  New: 'NEW',
  Score: 'SCORE'
} as const;

export type MatchMethod = typeof MatchMethod[keyof typeof MatchMethod];
/** An amount of money: a number and its ISO 4217 currency code. */
export type MoneyInput = {
  /** ISO 4217 code, e.g. USD or EUR. */
  currency: string;
  /** The amount, e.g. 14300000000. */
  value: number;
};

/** Sort direction. Rows without a value for the sort field come last either way. */
export const OrderDirection = {
  /** Smallest first (A to Z, oldest, least). */
  Asc: 'ASC',
  /** Largest first (Z to A, newest, most). */
  Desc: 'DESC'
} as const;

export type OrderDirection = typeof OrderDirection[keyof typeof OrderDirection];
/** How to sort people. */
export type PersonOrder = {
  /** The direction, ASC by default. */
  direction?: OrderDirection;
  /** The sort field. */
  field: PersonOrderField;
};

/** What people can be sorted by; ties are broken by id. */
export const PersonOrderField = {
  /** dealCount: deals the person invested in. */
  DealCount: 'DEAL_COUNT',
  /** Display name, case-insensitively. */
  Name: 'NAME',
  /** How many roles they hold or held. */
  RoleCount: 'ROLE_COUNT',
  /** totalInvestedUsd; people without one come last. */
  TotalInvestedUsd: 'TOTAL_INVESTED_USD'
} as const;

export type PersonOrderField = typeof PersonOrderField[keyof typeof PersonOrderField];
/** Filters on people; every filter given must hold. */
export type PersonWhere = {
  /** Only people who hold or held a role at this company. */
  companyId?: string | number | null | undefined;
  /** Only these people. */
  ids?: Array<string | number> | null | undefined;
  /** true: only people who invested in a deal; false: only those who did not. */
  investor?: boolean | null | undefined;
  /** Only people with a name or alias containing this text (case- and accent-insensitive). */
  nameContains?: string | null | undefined;
  /** Only people with a name or alias starting with this text (case- and accent-insensitive). */
  nameStartsWith?: string | null | undefined;
  /** With companyId or titleContains: only roles held at some time in this period (see Role.current for how ends count). */
  roleAsOf?: string | null | undefined;
  /** Only people with a role whose title contains this text (case-insensitive), e.g. CEO. */
  titleContains?: string | null | undefined;
};

/** How two companies relate. */
export const RelationType = {
  /** They compete (symmetric: `from` and `to` are in id order). */
  CompetesWith: 'COMPETES_WITH',
  /** They work together (symmetric: `from` and `to` are in id order). */
  PartnersWith: 'PARTNERS_WITH',
  /** `from` is a subsidiary of `to`. */
  SubsidiaryOf: 'SUBSIDIARY_OF'
} as const;

export type RelationType = typeof RelationType[keyof typeof RelationType];
/** The stage of a funding round, as news labels it (seed, Series A ... Series J, bridge, growth, IPO). */
export const RoundStage = {
  Bridge: 'BRIDGE',
  Growth: 'GROWTH',
  Ipo: 'IPO',
  PreIpo: 'PRE_IPO',
  PreSeed: 'PRE_SEED',
  Seed: 'SEED',
  SeriesA: 'SERIES_A',
  SeriesB: 'SERIES_B',
  SeriesC: 'SERIES_C',
  SeriesD: 'SERIES_D',
  SeriesE: 'SERIES_E',
  SeriesF: 'SERIES_F',
  SeriesG: 'SERIES_G',
  SeriesH: 'SERIES_H',
  SeriesI: 'SERIES_I',
  SeriesJ: 'SERIES_J'
} as const;

export type RoundStage = typeof RoundStage[keyof typeof RoundStage];
export type DashboardMoneyFragment = { value: number, currency: string, usd: number | null };

export type DashboardSearchQueryVariables = Exact<{
  text: string;
}>;


export type DashboardSearchQuery = { search: Array<{ score: number, matchedText: string, entity:
      | { __typename: 'Company', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
     | null }> };

export type DashboardGraphNodeFragment = { id: string, type: string, label: string, depth: number | null };

export type DashboardGraphEdgeFragment = { id: string, source: string, target: string, type: string, label: string, amountUsd: number | null, date: string | null, investment: { id: string } | null, role: { id: string, current: boolean } | null };

export type DashboardDealGraphQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  where?: DealGraphWhere | null | undefined;
}>;


export type DashboardDealGraphQuery = { dealGraph: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string, depth: number | null }>, edges: Array<{ id: string, source: string, target: string, type: string, label: string, amountUsd: number | null, date: string | null, investment: { id: string } | null, role: { id: string, current: boolean } | null }> } };

export type DashboardShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type DashboardShortestPathQuery = { shortestPath: { length: number, nodes: Array<{ id: string, type: string, label: string, depth: number | null }>, edges: Array<{ id: string, source: string, target: string, type: string, label: string, amountUsd: number | null, date: string | null, investment: { id: string } | null, role: { id: string, current: boolean } | null }> } | null };

export type DashboardSourceFragment = { evidence: string, article: { id: string, title: string, publisher: string, url: string | null, publishedOn: string, language: string, source: string | null }, match: { method: MatchMethod, score: number | null, agreed: Array<MatchField>, conflicting: Array<MatchField>, decision: string | null } | null };

export type DashboardInvestmentQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardInvestmentQuery = { investment: { id: string, kind: InvestmentKind, status: DealStatus, stage: RoundStage | null, announcedOn: string | null, stakePercent: number | null, otherInvestors: boolean, amount: { value: number, currency: string, usd: number | null } | null, valuation: { value: number, currency: string, usd: number | null } | null, investors: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, leadInvestors: Array<
      | { id: string }
      | { id: string }
    >, target: { id: string, name: string }, sources: Array<{ evidence: string, article: { id: string, title: string, publisher: string, url: string | null, publishedOn: string, language: string, source: string | null }, match: { method: MatchMethod, score: number | null, agreed: Array<MatchField>, conflicting: Array<MatchField>, decision: string | null } | null }>, disagreements: Array<{ field: DisagreementField, values: Array<{ value: string, articles: Array<{ id: string, title: string }> }> }> } | null };

export type DashboardRoleQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardRoleQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Company' }
    | { __typename: 'CompanyRelation' }
    | { __typename: 'Investment' }
    | { __typename: 'Person' }
    | { __typename: 'Role', id: string, title: string, since: string | null, until: string | null, current: boolean, person: { id: string, name: string }, company: { id: string, name: string }, sources: Array<{ evidence: string, article: { id: string, title: string, publisher: string, url: string | null, publishedOn: string, language: string, source: string | null }, match: { method: MatchMethod, score: number | null, agreed: Array<MatchField>, conflicting: Array<MatchField>, decision: string | null } | null }> }
   | null };

export type DashboardEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardEntityQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Company', id: string, name: string, aliases: Array<string>, country: string | null, description: string | null, totalRaisedUsd: number | null, articles: Array<{ id: string, title: string, publisher: string, publishedOn: string, url: string | null }> }
    | { __typename: 'CompanyRelation' }
    | { __typename: 'Investment' }
    | { __typename: 'Person', id: string, name: string, aliases: Array<string>, articles: Array<{ id: string, title: string, publisher: string, publishedOn: string, url: string | null }> }
    | { __typename: 'Role' }
   | null };

export type DashboardGraphChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardGraphChangedSubscription = { graphChanged: { id: string, at: string, articleId: string, outcome: IngestOutcome, created: Array<{ id: string, type: string }>, updated: Array<{ id: string, type: string }>, removed: Array<{ id: string, type: string }> } };

export type DashboardDealStatsQueryVariables = Exact<{
  groupBy: DealStatsGroup;
  where?: InvestmentWhere | null | undefined;
}>;


export type DashboardDealStatsQuery = { dealStats: { buckets: Array<{ key: string, label: string, dealCount: number, totalUsd: number, amountKnownCount: number }>, unplaced: { dealCount: number }, total: { dealCount: number, totalUsd: number } } };

export type DashboardCandidateDealFragment = { id: string, kind: InvestmentKind, stage: RoundStage | null, announcedOn: string | null, otherInvestors: boolean, amount: { value: number, currency: string, usd: number | null } | null, target: { id: string, name: string }, investors: Array<
    | { id: string, name: string }
    | { id: string, name: string }
  >, sources: Array<{ evidence: string, article: { id: string, title: string, publisher: string, publishedOn: string, language: string } }> };

export type DashboardCandidateCompanyFragment = { id: string, name: string, aliases: Array<string>, country: string | null, dealCount: number, companyKind: CompanyKind, articlesConnection: { totalCount: number, edges: Array<{ node: { id: string, title: string, publisher: string, publishedOn: string } }> } };

export type DashboardCandidatePersonFragment = { id: string, name: string, aliases: Array<string>, dealCount: number, roles: Array<{ title: string, current: boolean, company: { name: string } }>, articlesConnection: { totalCount: number, edges: Array<{ node: { id: string, title: string, publisher: string, publishedOn: string } }> } };

export type DashboardDuplicateCandidatesQueryVariables = Exact<{
  kind: DuplicateKind;
  first?: number | null | undefined;
}>;


export type DashboardDuplicateCandidatesQuery = { duplicateCandidates: { totalCount: number, edges: Array<{ node: { score: number, agreed: Array<MatchField>, conflicting: Array<MatchField>, foundAt: string, article: { id: string, title: string } | null, a:
          | { __typename: 'Article', id: string }
          | { __typename: 'Company', id: string, name: string, aliases: Array<string>, country: string | null, dealCount: number, companyKind: CompanyKind, articlesConnection: { totalCount: number, edges: Array<{ node: { id: string, title: string, publisher: string, publishedOn: string } }> } }
          | { __typename: 'CompanyRelation', id: string }
          | { __typename: 'Investment', id: string, kind: InvestmentKind, stage: RoundStage | null, announcedOn: string | null, otherInvestors: boolean, amount: { value: number, currency: string, usd: number | null } | null, target: { id: string, name: string }, investors: Array<
              | { id: string, name: string }
              | { id: string, name: string }
            >, sources: Array<{ evidence: string, article: { id: string, title: string, publisher: string, publishedOn: string, language: string } }> }
          | { __typename: 'Person', id: string, name: string, aliases: Array<string>, dealCount: number, roles: Array<{ title: string, current: boolean, company: { name: string } }>, articlesConnection: { totalCount: number, edges: Array<{ node: { id: string, title: string, publisher: string, publishedOn: string } }> } }
          | { __typename: 'Role', id: string }
        , b:
          | { __typename: 'Article', id: string }
          | { __typename: 'Company', id: string, name: string, aliases: Array<string>, country: string | null, dealCount: number, companyKind: CompanyKind, articlesConnection: { totalCount: number, edges: Array<{ node: { id: string, title: string, publisher: string, publishedOn: string } }> } }
          | { __typename: 'CompanyRelation', id: string }
          | { __typename: 'Investment', id: string, kind: InvestmentKind, stage: RoundStage | null, announcedOn: string | null, otherInvestors: boolean, amount: { value: number, currency: string, usd: number | null } | null, target: { id: string, name: string }, investors: Array<
              | { id: string, name: string }
              | { id: string, name: string }
            >, sources: Array<{ evidence: string, article: { id: string, title: string, publisher: string, publishedOn: string, language: string } }> }
          | { __typename: 'Person', id: string, name: string, aliases: Array<string>, dealCount: number, roles: Array<{ title: string, current: boolean, company: { name: string } }>, articlesConnection: { totalCount: number, edges: Array<{ node: { id: string, title: string, publisher: string, publishedOn: string } }> } }
          | { __typename: 'Role', id: string }
         } }> } };

export type DashboardMergeDealsMutationVariables = Exact<{
  from: string | number;
  into: string | number;
  reason: string;
}>;


export type DashboardMergeDealsMutation = { mergeDeals: { id: string, action: DecisionAction } };

export type DashboardMergeEntitiesMutationVariables = Exact<{
  from: string | number;
  into: string | number;
  reason: string;
}>;


export type DashboardMergeEntitiesMutation = { mergeEntities: { id: string, action: DecisionAction } };

export type DashboardMarkDistinctMutationVariables = Exact<{
  a: string | number;
  b: string | number;
  reason: string;
}>;


export type DashboardMarkDistinctMutation = { markDistinct: { id: string, action: DecisionAction } };

export type DashboardRelationQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardRelationQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Company' }
    | { __typename: 'CompanyRelation', id: string, type: RelationType, from: { id: string, name: string }, to: { id: string, name: string }, sources: Array<{ evidence: string, article: { id: string, title: string, publisher: string, url: string | null, publishedOn: string, language: string, source: string | null }, match: { method: MatchMethod, score: number | null, agreed: Array<MatchField>, conflicting: Array<MatchField>, decision: string | null } | null }> }
    | { __typename: 'Investment' }
    | { __typename: 'Person' }
    | { __typename: 'Role' }
   | null };

export type DashboardDealRowFragment = { id: string, kind: InvestmentKind, stage: RoundStage | null, status: DealStatus, announcedOn: string | null, otherInvestors: boolean, amount: { value: number, currency: string, usd: number | null } | null, investors: Array<
    | { __typename: 'Company', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  >, target: { id: string, name: string } };

export type DashboardDealTotalFragment = { key: string, label: string, dealCount: number, totalUsd: number, amountKnownCount: number };

export type DashboardCompanyPageQueryVariables = Exact<{
  id: string | number;
  raised: InvestmentWhere;
  invested: InvestmentWhere;
  participant: InvestmentWhere;
}>;


export type DashboardCompanyPageQuery = { company: { id: string, name: string, aliases: Array<string>, country: string | null, description: string | null, website: string | null, dealCount: number, totalRaisedUsd: number | null, totalInvestedUsd: number | null, latestValuation: { value: number, currency: string, usd: number | null } | null, received: { totalCount: number, edges: Array<{ node: { id: string, kind: InvestmentKind, stage: RoundStage | null, status: DealStatus, announcedOn: string | null, otherInvestors: boolean, amount: { value: number, currency: string, usd: number | null } | null, investors: Array<
            | { __typename: 'Company', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, target: { id: string, name: string } } }> }, made: { totalCount: number, edges: Array<{ node: { id: string, kind: InvestmentKind, stage: RoundStage | null, status: DealStatus, announcedOn: string | null, otherInvestors: boolean, amount: { value: number, currency: string, usd: number | null } | null, investors: Array<
            | { __typename: 'Company', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, target: { id: string, name: string } } }> }, investorTotals: Array<{ dealCount: number, totalUsd: number | null, led: boolean, investor:
        | { __typename: 'Company', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      , investments: Array<{ id: string, announcedOn: string | null, kind: InvestmentKind }> }>, executives: Array<{ id: string, title: string, since: string | null, until: string | null, current: boolean, person: { id: string, name: string } }>, relations: Array<{ id: string, type: RelationType, from: { id: string, name: string }, to: { id: string, name: string } }>, articles: Array<{ id: string, title: string, publisher: string, publishedOn: string, url: string | null }> } | null, raised: { buckets: Array<{ key: string, label: string, dealCount: number, totalUsd: number, amountKnownCount: number }>, unplaced: { key: string, label: string, dealCount: number, totalUsd: number, amountKnownCount: number }, total: { key: string, label: string, dealCount: number, totalUsd: number, amountKnownCount: number } }, invested: { total: { key: string, label: string, dealCount: number, totalUsd: number, amountKnownCount: number } }, participant: { total: { key: string, label: string, dealCount: number, totalUsd: number, amountKnownCount: number } } };

export type DashboardPersonPageQueryVariables = Exact<{
  id: string | number;
  invested: InvestmentWhere;
}>;


export type DashboardPersonPageQuery = { person: { id: string, name: string, aliases: Array<string>, dealCount: number, totalInvestedUsd: number | null, roles: Array<{ id: string, title: string, since: string | null, until: string | null, current: boolean, company: { id: string, name: string } }>, made: { totalCount: number, edges: Array<{ node: { id: string, kind: InvestmentKind, stage: RoundStage | null, status: DealStatus, announcedOn: string | null, otherInvestors: boolean, amount: { value: number, currency: string, usd: number | null } | null, investors: Array<
            | { __typename: 'Company', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
          >, target: { id: string, name: string } } }> }, articles: Array<{ id: string, title: string, publisher: string, publishedOn: string, url: string | null }> } | null, invested: { total: { key: string, label: string, dealCount: number, totalUsd: number, amountKnownCount: number } } };

export type DashboardTablePageFragment = { hasNextPage: boolean, endCursor: string | null };

export type DashboardTableDealsQueryVariables = Exact<{
  where?: InvestmentWhere | null | undefined;
  orderBy?: InvestmentOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardTableDealsQuery = { investments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, announcedOn: string | null, kind: InvestmentKind, stage: RoundStage | null, stakePercent: number | null, sourceCount: number, otherInvestors: boolean, amount: { value: number, currency: string, usd: number | null } | null, valuation: { value: number, currency: string, usd: number | null } | null, target: { id: string, name: string, country: string | null }, investors: Array<
          | { __typename: 'Company', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        > } }> } };

export type DashboardTableCompaniesQueryVariables = Exact<{
  where?: CompanyWhere | null | undefined;
  orderBy?: CompanyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardTableCompaniesQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: CompanyKind, country: string | null, dealCount: number, totalRaisedUsd: number | null, totalInvestedUsd: number | null, latestValuation: { value: number, currency: string, usd: number | null } | null } }> } };

export type DashboardTablePeopleQueryVariables = Exact<{
  where?: PersonWhere | null | undefined;
  orderBy?: PersonOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardTablePeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, dealCount: number, totalInvestedUsd: number | null, roles: Array<{ title: string, current: boolean, company: { id: string, name: string } }> } }> } };

export type DashboardDraftFragment = { id: string, status: DraftStatus, version: number, createdAt: string, updatedAt: string, createdBy: string, updatedBy: string, publishedArticleId: string | null, article: { articleId: string, title: string, publisher: string | null, url: string | null, source: string | null, language: string, publishedOn: string, body: string }, entities: Array<{ key: string, type: string, name: string, aliases: Array<string>, kind: CompanyKind | null, matchedId: string | null, matchedName: string | null, confidence: number, rule: string, decision: FactDecision, candidates: Array<{ id: string, name: string }>, mentions: Array<{ start: number, end: number }> }>, deals: Array<{ key: string, kind: InvestmentKind, target: string, investors: Array<string>, leadInvestors: Array<string>, otherInvestors: boolean, stakePercent: number | null, stage: RoundStage | null, status: DealStatus | null, announcedOn: string | null, evidence: string, confidence: number, rule: string, notes: Array<string>, decision: FactDecision, amount: { value: number, currency: string } | null, valuation: { value: number, currency: string } | null, evidenceSpan: { start: number, end: number } | null }>, roles: Array<{ key: string, person: string, company: string, title: string, since: string | null, until: string | null, evidence: string, confidence: number, rule: string, notes: Array<string>, decision: FactDecision, evidenceSpan: { start: number, end: number } | null }>, problems: Array<{ path: string, message: string, key: string | null, field: string | null }> };

export type DashboardDraftQueueQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardDraftQueueQuery = { drafts: { totalCount: number, edges: Array<{ node: { id: string, createdAt: string, updatedAt: string, createdBy: string, updatedBy: string, article: { title: string }, entities: Array<{ key: string }>, deals: Array<{ key: string }>, roles: Array<{ key: string }> } }> } };

export type DashboardDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardDraftQuery = { draft: { id: string, status: DraftStatus, version: number, createdAt: string, updatedAt: string, createdBy: string, updatedBy: string, publishedArticleId: string | null, article: { articleId: string, title: string, publisher: string | null, url: string | null, source: string | null, language: string, publishedOn: string, body: string }, entities: Array<{ key: string, type: string, name: string, aliases: Array<string>, kind: CompanyKind | null, matchedId: string | null, matchedName: string | null, confidence: number, rule: string, decision: FactDecision, candidates: Array<{ id: string, name: string }>, mentions: Array<{ start: number, end: number }> }>, deals: Array<{ key: string, kind: InvestmentKind, target: string, investors: Array<string>, leadInvestors: Array<string>, otherInvestors: boolean, stakePercent: number | null, stage: RoundStage | null, status: DealStatus | null, announcedOn: string | null, evidence: string, confidence: number, rule: string, notes: Array<string>, decision: FactDecision, amount: { value: number, currency: string } | null, valuation: { value: number, currency: string } | null, evidenceSpan: { start: number, end: number } | null }>, roles: Array<{ key: string, person: string, company: string, title: string, since: string | null, until: string | null, evidence: string, confidence: number, rule: string, notes: Array<string>, decision: FactDecision, evidenceSpan: { start: number, end: number } | null }>, problems: Array<{ path: string, message: string, key: string | null, field: string | null }> } | null };

export type DashboardCreateDraftMutationVariables = Exact<{
  input: CreateDraftInput;
  by?: string | null | undefined;
}>;


export type DashboardCreateDraftMutation = { createDraft: { id: string } };

export type DashboardSaveDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DraftInput;
  by?: string | null | undefined;
}>;


export type DashboardSaveDraftMutation = { saveDraft: { id: string, status: DraftStatus, version: number, createdAt: string, updatedAt: string, createdBy: string, updatedBy: string, publishedArticleId: string | null, article: { articleId: string, title: string, publisher: string | null, url: string | null, source: string | null, language: string, publishedOn: string, body: string }, entities: Array<{ key: string, type: string, name: string, aliases: Array<string>, kind: CompanyKind | null, matchedId: string | null, matchedName: string | null, confidence: number, rule: string, decision: FactDecision, candidates: Array<{ id: string, name: string }>, mentions: Array<{ start: number, end: number }> }>, deals: Array<{ key: string, kind: InvestmentKind, target: string, investors: Array<string>, leadInvestors: Array<string>, otherInvestors: boolean, stakePercent: number | null, stage: RoundStage | null, status: DealStatus | null, announcedOn: string | null, evidence: string, confidence: number, rule: string, notes: Array<string>, decision: FactDecision, amount: { value: number, currency: string } | null, valuation: { value: number, currency: string } | null, evidenceSpan: { start: number, end: number } | null }>, roles: Array<{ key: string, person: string, company: string, title: string, since: string | null, until: string | null, evidence: string, confidence: number, rule: string, notes: Array<string>, decision: FactDecision, evidenceSpan: { start: number, end: number } | null }>, problems: Array<{ path: string, message: string, key: string | null, field: string | null }> } };

export type DashboardPublishDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
  by?: string | null | undefined;
}>;


export type DashboardPublishDraftMutation = { publishDraft: { published: boolean, draft: { id: string, status: DraftStatus, version: number, createdAt: string, updatedAt: string, createdBy: string, updatedBy: string, publishedArticleId: string | null, article: { articleId: string, title: string, publisher: string | null, url: string | null, source: string | null, language: string, publishedOn: string, body: string }, entities: Array<{ key: string, type: string, name: string, aliases: Array<string>, kind: CompanyKind | null, matchedId: string | null, matchedName: string | null, confidence: number, rule: string, decision: FactDecision, candidates: Array<{ id: string, name: string }>, mentions: Array<{ start: number, end: number }> }>, deals: Array<{ key: string, kind: InvestmentKind, target: string, investors: Array<string>, leadInvestors: Array<string>, otherInvestors: boolean, stakePercent: number | null, stage: RoundStage | null, status: DealStatus | null, announcedOn: string | null, evidence: string, confidence: number, rule: string, notes: Array<string>, decision: FactDecision, amount: { value: number, currency: string } | null, valuation: { value: number, currency: string } | null, evidenceSpan: { start: number, end: number } | null }>, roles: Array<{ key: string, person: string, company: string, title: string, since: string | null, until: string | null, evidence: string, confidence: number, rule: string, notes: Array<string>, decision: FactDecision, evidenceSpan: { start: number, end: number } | null }>, problems: Array<{ path: string, message: string, key: string | null, field: string | null }> }, problems: Array<{ path: string, message: string, key: string | null, field: string | null }> } };

export type DashboardDiscardDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
  by?: string | null | undefined;
}>;


export type DashboardDiscardDraftMutation = { discardDraft: { id: string, status: DraftStatus } };

export type DashboardArticleFocusQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardArticleFocusQuery = { article: { id: string, investments: Array<{ id: string, target: { id: string, name: string } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DashboardGraphNodeFragmentDoc = new TypedDocumentString(`
    fragment DashboardGraphNode on GraphNode {
  id
  type
  label
  depth
}
    `, {"fragmentName":"DashboardGraphNode"}) as unknown as TypedDocumentString<DashboardGraphNodeFragment, unknown>;
export const DashboardGraphEdgeFragmentDoc = new TypedDocumentString(`
    fragment DashboardGraphEdge on GraphEdge {
  id
  source
  target
  type
  label
  amountUsd
  date
  investment {
    id
  }
  role {
    id
    current
  }
}
    `, {"fragmentName":"DashboardGraphEdge"}) as unknown as TypedDocumentString<DashboardGraphEdgeFragment, unknown>;
export const DashboardSourceFragmentDoc = new TypedDocumentString(`
    fragment DashboardSource on Source {
  evidence
  article {
    id
    title
    publisher
    url
    publishedOn
    language
    source
  }
  match {
    method
    score
    agreed
    conflicting
    decision
  }
}
    `, {"fragmentName":"DashboardSource"}) as unknown as TypedDocumentString<DashboardSourceFragment, unknown>;
export const DashboardMoneyFragmentDoc = new TypedDocumentString(`
    fragment DashboardMoney on Money {
  value
  currency
  usd
}
    `, {"fragmentName":"DashboardMoney"}) as unknown as TypedDocumentString<DashboardMoneyFragment, unknown>;
export const DashboardCandidateDealFragmentDoc = new TypedDocumentString(`
    fragment DashboardCandidateDeal on Investment {
  id
  kind
  stage
  announcedOn
  otherInvestors
  amount {
    ...DashboardMoney
  }
  target {
    id
    name
  }
  investors {
    ... on Company {
      id
      name
    }
    ... on Person {
      id
      name
    }
  }
  sources {
    evidence
    article {
      id
      title
      publisher
      publishedOn
      language
    }
  }
}
    fragment DashboardMoney on Money {
  value
  currency
  usd
}`, {"fragmentName":"DashboardCandidateDeal"}) as unknown as TypedDocumentString<DashboardCandidateDealFragment, unknown>;
export const DashboardCandidateCompanyFragmentDoc = new TypedDocumentString(`
    fragment DashboardCandidateCompany on Company {
  id
  name
  aliases
  country
  companyKind: kind
  dealCount
  articlesConnection(first: 5) {
    totalCount
    edges {
      node {
        id
        title
        publisher
        publishedOn
      }
    }
  }
}
    `, {"fragmentName":"DashboardCandidateCompany"}) as unknown as TypedDocumentString<DashboardCandidateCompanyFragment, unknown>;
export const DashboardCandidatePersonFragmentDoc = new TypedDocumentString(`
    fragment DashboardCandidatePerson on Person {
  id
  name
  aliases
  dealCount
  roles(first: 3) {
    title
    current
    company {
      name
    }
  }
  articlesConnection(first: 5) {
    totalCount
    edges {
      node {
        id
        title
        publisher
        publishedOn
      }
    }
  }
}
    `, {"fragmentName":"DashboardCandidatePerson"}) as unknown as TypedDocumentString<DashboardCandidatePersonFragment, unknown>;
export const DashboardDealRowFragmentDoc = new TypedDocumentString(`
    fragment DashboardDealRow on Investment {
  id
  kind
  stage
  status
  announcedOn
  otherInvestors
  amount {
    ...DashboardMoney
  }
  investors {
    __typename
    ... on Company {
      id
      name
    }
    ... on Person {
      id
      name
    }
  }
  target {
    id
    name
  }
}
    fragment DashboardMoney on Money {
  value
  currency
  usd
}`, {"fragmentName":"DashboardDealRow"}) as unknown as TypedDocumentString<DashboardDealRowFragment, unknown>;
export const DashboardDealTotalFragmentDoc = new TypedDocumentString(`
    fragment DashboardDealTotal on DealBucket {
  key
  label
  dealCount
  totalUsd
  amountKnownCount
}
    `, {"fragmentName":"DashboardDealTotal"}) as unknown as TypedDocumentString<DashboardDealTotalFragment, unknown>;
export const DashboardTablePageFragmentDoc = new TypedDocumentString(`
    fragment DashboardTablePage on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"DashboardTablePage"}) as unknown as TypedDocumentString<DashboardTablePageFragment, unknown>;
export const DashboardDraftFragmentDoc = new TypedDocumentString(`
    fragment DashboardDraft on Draft {
  id
  status
  version
  createdAt
  updatedAt
  createdBy
  updatedBy
  publishedArticleId
  article {
    articleId
    title
    publisher
    url
    source
    language
    publishedOn
    body
  }
  entities {
    key
    type
    name
    aliases
    kind
    matchedId
    matchedName
    candidates {
      id
      name
    }
    confidence
    rule
    decision
    mentions {
      start
      end
    }
  }
  deals {
    key
    kind
    target
    investors
    leadInvestors
    otherInvestors
    amount {
      value
      currency
    }
    valuation {
      value
      currency
    }
    stakePercent
    stage
    status
    announcedOn
    evidence
    evidenceSpan {
      start
      end
    }
    confidence
    rule
    notes
    decision
  }
  roles {
    key
    person
    company
    title
    since
    until
    evidence
    evidenceSpan {
      start
      end
    }
    confidence
    rule
    notes
    decision
  }
  problems {
    path
    message
    key
    field
  }
}
    `, {"fragmentName":"DashboardDraft"}) as unknown as TypedDocumentString<DashboardDraftFragment, unknown>;
export const DashboardSearchDocument = new TypedDocumentString(`
    query DashboardSearch($text: String!) {
  search(text: $text, first: 8) {
    score
    matchedText
    entity {
      __typename
      ... on Company {
        id
        name
      }
      ... on Person {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardSearchQuery, DashboardSearchQueryVariables>;
export const DashboardDealGraphDocument = new TypedDocumentString(`
    query DashboardDealGraph($ids: [ID!]!, $depth: Int, $where: DealGraphWhere) {
  dealGraph(ids: $ids, depth: $depth, where: $where) {
    nodes {
      ...DashboardGraphNode
    }
    edges {
      ...DashboardGraphEdge
    }
    truncated
  }
}
    fragment DashboardGraphNode on GraphNode {
  id
  type
  label
  depth
}
fragment DashboardGraphEdge on GraphEdge {
  id
  source
  target
  type
  label
  amountUsd
  date
  investment {
    id
  }
  role {
    id
    current
  }
}`) as unknown as TypedDocumentString<DashboardDealGraphQuery, DashboardDealGraphQueryVariables>;
export const DashboardShortestPathDocument = new TypedDocumentString(`
    query DashboardShortestPath($from: ID!, $to: ID!, $maxHops: Int) {
  shortestPath(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes {
      ...DashboardGraphNode
    }
    edges {
      ...DashboardGraphEdge
    }
  }
}
    fragment DashboardGraphNode on GraphNode {
  id
  type
  label
  depth
}
fragment DashboardGraphEdge on GraphEdge {
  id
  source
  target
  type
  label
  amountUsd
  date
  investment {
    id
  }
  role {
    id
    current
  }
}`) as unknown as TypedDocumentString<DashboardShortestPathQuery, DashboardShortestPathQueryVariables>;
export const DashboardInvestmentDocument = new TypedDocumentString(`
    query DashboardInvestment($id: ID!) {
  investment(id: $id) {
    id
    kind
    status
    stage
    announcedOn
    stakePercent
    otherInvestors
    amount {
      ...DashboardMoney
    }
    valuation {
      ...DashboardMoney
    }
    investors {
      ... on Company {
        id
        name
      }
      ... on Person {
        id
        name
      }
    }
    leadInvestors {
      ... on Company {
        id
      }
      ... on Person {
        id
      }
    }
    target {
      id
      name
    }
    sources {
      ...DashboardSource
    }
    disagreements {
      field
      values {
        value
        articles {
          id
          title
        }
      }
    }
  }
}
    fragment DashboardMoney on Money {
  value
  currency
  usd
}
fragment DashboardSource on Source {
  evidence
  article {
    id
    title
    publisher
    url
    publishedOn
    language
    source
  }
  match {
    method
    score
    agreed
    conflicting
    decision
  }
}`) as unknown as TypedDocumentString<DashboardInvestmentQuery, DashboardInvestmentQueryVariables>;
export const DashboardRoleDocument = new TypedDocumentString(`
    query DashboardRole($id: ID!) {
  node(id: $id) {
    __typename
    ... on Role {
      id
      title
      since
      until
      current
      person {
        id
        name
      }
      company {
        id
        name
      }
      sources {
        ...DashboardSource
      }
    }
  }
}
    fragment DashboardSource on Source {
  evidence
  article {
    id
    title
    publisher
    url
    publishedOn
    language
    source
  }
  match {
    method
    score
    agreed
    conflicting
    decision
  }
}`) as unknown as TypedDocumentString<DashboardRoleQuery, DashboardRoleQueryVariables>;
export const DashboardEntityDocument = new TypedDocumentString(`
    query DashboardEntity($id: ID!) {
  node(id: $id) {
    __typename
    ... on Company {
      id
      name
      aliases
      country
      description
      totalRaisedUsd
      articles {
        id
        title
        publisher
        publishedOn
        url
      }
    }
    ... on Person {
      id
      name
      aliases
      articles {
        id
        title
        publisher
        publishedOn
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardEntityQuery, DashboardEntityQueryVariables>;
export const DashboardGraphChangedDocument = new TypedDocumentString(`
    subscription DashboardGraphChanged {
  graphChanged {
    id
    at
    articleId
    outcome
    created {
      id
      type
    }
    updated {
      id
      type
    }
    removed {
      id
      type
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardGraphChangedSubscription, DashboardGraphChangedSubscriptionVariables>;
export const DashboardDealStatsDocument = new TypedDocumentString(`
    query DashboardDealStats($groupBy: DealStatsGroup!, $where: InvestmentWhere) {
  dealStats(groupBy: $groupBy, where: $where) {
    buckets {
      key
      label
      dealCount
      totalUsd
      amountKnownCount
    }
    unplaced {
      dealCount
    }
    total {
      dealCount
      totalUsd
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardDealStatsQuery, DashboardDealStatsQueryVariables>;
export const DashboardDuplicateCandidatesDocument = new TypedDocumentString(`
    query DashboardDuplicateCandidates($kind: DuplicateKind!, $first: Int) {
  duplicateCandidates(kind: $kind, first: $first) {
    totalCount
    edges {
      node {
        score
        agreed
        conflicting
        foundAt
        article {
          id
          title
        }
        a {
          __typename
          id
          ...DashboardCandidateDeal
          ...DashboardCandidateCompany
          ...DashboardCandidatePerson
        }
        b {
          __typename
          id
          ...DashboardCandidateDeal
          ...DashboardCandidateCompany
          ...DashboardCandidatePerson
        }
      }
    }
  }
}
    fragment DashboardMoney on Money {
  value
  currency
  usd
}
fragment DashboardCandidateDeal on Investment {
  id
  kind
  stage
  announcedOn
  otherInvestors
  amount {
    ...DashboardMoney
  }
  target {
    id
    name
  }
  investors {
    ... on Company {
      id
      name
    }
    ... on Person {
      id
      name
    }
  }
  sources {
    evidence
    article {
      id
      title
      publisher
      publishedOn
      language
    }
  }
}
fragment DashboardCandidateCompany on Company {
  id
  name
  aliases
  country
  companyKind: kind
  dealCount
  articlesConnection(first: 5) {
    totalCount
    edges {
      node {
        id
        title
        publisher
        publishedOn
      }
    }
  }
}
fragment DashboardCandidatePerson on Person {
  id
  name
  aliases
  dealCount
  roles(first: 3) {
    title
    current
    company {
      name
    }
  }
  articlesConnection(first: 5) {
    totalCount
    edges {
      node {
        id
        title
        publisher
        publishedOn
      }
    }
  }
}`) as unknown as TypedDocumentString<DashboardDuplicateCandidatesQuery, DashboardDuplicateCandidatesQueryVariables>;
export const DashboardMergeDealsDocument = new TypedDocumentString(`
    mutation DashboardMergeDeals($from: ID!, $into: ID!, $reason: String!) {
  mergeDeals(from: $from, into: $into, reason: $reason) {
    id
    action
  }
}
    `) as unknown as TypedDocumentString<DashboardMergeDealsMutation, DashboardMergeDealsMutationVariables>;
export const DashboardMergeEntitiesDocument = new TypedDocumentString(`
    mutation DashboardMergeEntities($from: ID!, $into: ID!, $reason: String!) {
  mergeEntities(from: $from, into: $into, reason: $reason) {
    id
    action
  }
}
    `) as unknown as TypedDocumentString<DashboardMergeEntitiesMutation, DashboardMergeEntitiesMutationVariables>;
export const DashboardMarkDistinctDocument = new TypedDocumentString(`
    mutation DashboardMarkDistinct($a: ID!, $b: ID!, $reason: String!) {
  markDistinct(a: $a, b: $b, reason: $reason) {
    id
    action
  }
}
    `) as unknown as TypedDocumentString<DashboardMarkDistinctMutation, DashboardMarkDistinctMutationVariables>;
export const DashboardRelationDocument = new TypedDocumentString(`
    query DashboardRelation($id: ID!) {
  node(id: $id) {
    __typename
    ... on CompanyRelation {
      id
      type
      from {
        id
        name
      }
      to {
        id
        name
      }
      sources {
        ...DashboardSource
      }
    }
  }
}
    fragment DashboardSource on Source {
  evidence
  article {
    id
    title
    publisher
    url
    publishedOn
    language
    source
  }
  match {
    method
    score
    agreed
    conflicting
    decision
  }
}`) as unknown as TypedDocumentString<DashboardRelationQuery, DashboardRelationQueryVariables>;
export const DashboardCompanyPageDocument = new TypedDocumentString(`
    query DashboardCompanyPage($id: ID!, $raised: InvestmentWhere!, $invested: InvestmentWhere!, $participant: InvestmentWhere!) {
  company(id: $id) {
    id
    name
    aliases
    country
    description
    website
    dealCount
    totalRaisedUsd
    totalInvestedUsd
    latestValuation {
      ...DashboardMoney
    }
    received: investmentsConnection(side: TARGET, first: 100) {
      totalCount
      edges {
        node {
          ...DashboardDealRow
        }
      }
    }
    made: investmentsConnection(side: INVESTOR, first: 100) {
      totalCount
      edges {
        node {
          ...DashboardDealRow
        }
      }
    }
    investorTotals(first: 100) {
      dealCount
      totalUsd
      led
      investor {
        __typename
        ... on Company {
          id
          name
        }
        ... on Person {
          id
          name
        }
      }
      investments(first: 100) {
        id
        announcedOn
        kind
      }
    }
    executives(first: 100) {
      id
      title
      since
      until
      current
      person {
        id
        name
      }
    }
    relations(first: 100) {
      id
      type
      from {
        id
        name
      }
      to {
        id
        name
      }
    }
    articles(first: 100) {
      id
      title
      publisher
      publishedOn
      url
    }
  }
  raised: dealStats(groupBy: YEAR, where: $raised) {
    buckets {
      ...DashboardDealTotal
    }
    unplaced {
      ...DashboardDealTotal
    }
    total {
      ...DashboardDealTotal
    }
  }
  invested: dealStats(groupBy: YEAR, where: $invested) {
    total {
      ...DashboardDealTotal
    }
  }
  participant: dealStats(groupBy: YEAR, where: $participant) {
    total {
      ...DashboardDealTotal
    }
  }
}
    fragment DashboardMoney on Money {
  value
  currency
  usd
}
fragment DashboardDealRow on Investment {
  id
  kind
  stage
  status
  announcedOn
  otherInvestors
  amount {
    ...DashboardMoney
  }
  investors {
    __typename
    ... on Company {
      id
      name
    }
    ... on Person {
      id
      name
    }
  }
  target {
    id
    name
  }
}
fragment DashboardDealTotal on DealBucket {
  key
  label
  dealCount
  totalUsd
  amountKnownCount
}`) as unknown as TypedDocumentString<DashboardCompanyPageQuery, DashboardCompanyPageQueryVariables>;
export const DashboardPersonPageDocument = new TypedDocumentString(`
    query DashboardPersonPage($id: ID!, $invested: InvestmentWhere!) {
  person(id: $id) {
    id
    name
    aliases
    dealCount
    totalInvestedUsd
    roles(first: 100) {
      id
      title
      since
      until
      current
      company {
        id
        name
      }
    }
    made: investmentsConnection(first: 100) {
      totalCount
      edges {
        node {
          ...DashboardDealRow
        }
      }
    }
    articles(first: 100) {
      id
      title
      publisher
      publishedOn
      url
    }
  }
  invested: dealStats(groupBy: YEAR, where: $invested) {
    total {
      ...DashboardDealTotal
    }
  }
}
    fragment DashboardMoney on Money {
  value
  currency
  usd
}
fragment DashboardDealRow on Investment {
  id
  kind
  stage
  status
  announcedOn
  otherInvestors
  amount {
    ...DashboardMoney
  }
  investors {
    __typename
    ... on Company {
      id
      name
    }
    ... on Person {
      id
      name
    }
  }
  target {
    id
    name
  }
}
fragment DashboardDealTotal on DealBucket {
  key
  label
  dealCount
  totalUsd
  amountKnownCount
}`) as unknown as TypedDocumentString<DashboardPersonPageQuery, DashboardPersonPageQueryVariables>;
export const DashboardTableDealsDocument = new TypedDocumentString(`
    query DashboardTableDeals($where: InvestmentWhere, $orderBy: InvestmentOrder, $first: Int, $after: String) {
  investments(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...DashboardTablePage
    }
    edges {
      node {
        id
        announcedOn
        kind
        stage
        stakePercent
        sourceCount
        otherInvestors
        amount {
          ...DashboardMoney
        }
        valuation {
          ...DashboardMoney
        }
        target {
          id
          name
          country
        }
        investors(first: 6) {
          __typename
          ... on Company {
            id
            name
          }
          ... on Person {
            id
            name
          }
        }
      }
    }
  }
}
    fragment DashboardMoney on Money {
  value
  currency
  usd
}
fragment DashboardTablePage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<DashboardTableDealsQuery, DashboardTableDealsQueryVariables>;
export const DashboardTableCompaniesDocument = new TypedDocumentString(`
    query DashboardTableCompanies($where: CompanyWhere, $orderBy: CompanyOrder, $first: Int, $after: String) {
  companies(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...DashboardTablePage
    }
    edges {
      node {
        id
        name
        kind
        country
        dealCount
        totalRaisedUsd
        totalInvestedUsd
        latestValuation {
          ...DashboardMoney
        }
      }
    }
  }
}
    fragment DashboardMoney on Money {
  value
  currency
  usd
}
fragment DashboardTablePage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<DashboardTableCompaniesQuery, DashboardTableCompaniesQueryVariables>;
export const DashboardTablePeopleDocument = new TypedDocumentString(`
    query DashboardTablePeople($where: PersonWhere, $orderBy: PersonOrder, $first: Int, $after: String) {
  people(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...DashboardTablePage
    }
    edges {
      node {
        id
        name
        dealCount
        totalInvestedUsd
        roles(first: 1) {
          title
          current
          company {
            id
            name
          }
        }
      }
    }
  }
}
    fragment DashboardTablePage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<DashboardTablePeopleQuery, DashboardTablePeopleQueryVariables>;
export const DashboardDraftQueueDocument = new TypedDocumentString(`
    query DashboardDraftQueue($first: Int) {
  drafts(status: OPEN, first: $first) {
    totalCount
    edges {
      node {
        id
        createdAt
        updatedAt
        createdBy
        updatedBy
        article {
          title
        }
        entities {
          key
        }
        deals {
          key
        }
        roles {
          key
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardDraftQueueQuery, DashboardDraftQueueQueryVariables>;
export const DashboardDraftDocument = new TypedDocumentString(`
    query DashboardDraft($id: ID!) {
  draft(id: $id) {
    ...DashboardDraft
  }
}
    fragment DashboardDraft on Draft {
  id
  status
  version
  createdAt
  updatedAt
  createdBy
  updatedBy
  publishedArticleId
  article {
    articleId
    title
    publisher
    url
    source
    language
    publishedOn
    body
  }
  entities {
    key
    type
    name
    aliases
    kind
    matchedId
    matchedName
    candidates {
      id
      name
    }
    confidence
    rule
    decision
    mentions {
      start
      end
    }
  }
  deals {
    key
    kind
    target
    investors
    leadInvestors
    otherInvestors
    amount {
      value
      currency
    }
    valuation {
      value
      currency
    }
    stakePercent
    stage
    status
    announcedOn
    evidence
    evidenceSpan {
      start
      end
    }
    confidence
    rule
    notes
    decision
  }
  roles {
    key
    person
    company
    title
    since
    until
    evidence
    evidenceSpan {
      start
      end
    }
    confidence
    rule
    notes
    decision
  }
  problems {
    path
    message
    key
    field
  }
}`) as unknown as TypedDocumentString<DashboardDraftQuery, DashboardDraftQueryVariables>;
export const DashboardCreateDraftDocument = new TypedDocumentString(`
    mutation DashboardCreateDraft($input: CreateDraftInput!, $by: String) {
  createDraft(input: $input, by: $by) {
    id
  }
}
    `) as unknown as TypedDocumentString<DashboardCreateDraftMutation, DashboardCreateDraftMutationVariables>;
export const DashboardSaveDraftDocument = new TypedDocumentString(`
    mutation DashboardSaveDraft($id: ID!, $version: Int!, $input: DraftInput!, $by: String) {
  saveDraft(id: $id, version: $version, input: $input, by: $by) {
    ...DashboardDraft
  }
}
    fragment DashboardDraft on Draft {
  id
  status
  version
  createdAt
  updatedAt
  createdBy
  updatedBy
  publishedArticleId
  article {
    articleId
    title
    publisher
    url
    source
    language
    publishedOn
    body
  }
  entities {
    key
    type
    name
    aliases
    kind
    matchedId
    matchedName
    candidates {
      id
      name
    }
    confidence
    rule
    decision
    mentions {
      start
      end
    }
  }
  deals {
    key
    kind
    target
    investors
    leadInvestors
    otherInvestors
    amount {
      value
      currency
    }
    valuation {
      value
      currency
    }
    stakePercent
    stage
    status
    announcedOn
    evidence
    evidenceSpan {
      start
      end
    }
    confidence
    rule
    notes
    decision
  }
  roles {
    key
    person
    company
    title
    since
    until
    evidence
    evidenceSpan {
      start
      end
    }
    confidence
    rule
    notes
    decision
  }
  problems {
    path
    message
    key
    field
  }
}`) as unknown as TypedDocumentString<DashboardSaveDraftMutation, DashboardSaveDraftMutationVariables>;
export const DashboardPublishDraftDocument = new TypedDocumentString(`
    mutation DashboardPublishDraft($id: ID!, $version: Int!, $by: String) {
  publishDraft(id: $id, version: $version, by: $by) {
    published
    draft {
      ...DashboardDraft
    }
    problems {
      path
      message
      key
      field
    }
  }
}
    fragment DashboardDraft on Draft {
  id
  status
  version
  createdAt
  updatedAt
  createdBy
  updatedBy
  publishedArticleId
  article {
    articleId
    title
    publisher
    url
    source
    language
    publishedOn
    body
  }
  entities {
    key
    type
    name
    aliases
    kind
    matchedId
    matchedName
    candidates {
      id
      name
    }
    confidence
    rule
    decision
    mentions {
      start
      end
    }
  }
  deals {
    key
    kind
    target
    investors
    leadInvestors
    otherInvestors
    amount {
      value
      currency
    }
    valuation {
      value
      currency
    }
    stakePercent
    stage
    status
    announcedOn
    evidence
    evidenceSpan {
      start
      end
    }
    confidence
    rule
    notes
    decision
  }
  roles {
    key
    person
    company
    title
    since
    until
    evidence
    evidenceSpan {
      start
      end
    }
    confidence
    rule
    notes
    decision
  }
  problems {
    path
    message
    key
    field
  }
}`) as unknown as TypedDocumentString<DashboardPublishDraftMutation, DashboardPublishDraftMutationVariables>;
export const DashboardDiscardDraftDocument = new TypedDocumentString(`
    mutation DashboardDiscardDraft($id: ID!, $version: Int!, $by: String) {
  discardDraft(id: $id, version: $version, by: $by) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardDiscardDraftMutation, DashboardDiscardDraftMutationVariables>;
export const DashboardArticleFocusDocument = new TypedDocumentString(`
    query DashboardArticleFocus($id: ID!) {
  article(id: $id) {
    id
    investments(first: 1) {
      id
      target {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardArticleFocusQuery, DashboardArticleFocusQueryVariables>;