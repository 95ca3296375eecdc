/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DashboardMoney on Money { value currency usd }\n": typeof types.DashboardMoneyFragmentDoc,
    "\n  query DashboardSearch($text: String!) {\n    search(text: $text, first: 8) {\n      score\n      matchedText\n      entity {\n        __typename\n        ... on Company { id name }\n        ... on Person { id name }\n      }\n    }\n  }\n": typeof types.DashboardSearchDocument,
    "\n  fragment DashboardGraphNode on GraphNode { id type label depth }\n": typeof types.DashboardGraphNodeFragmentDoc,
    "\n  fragment DashboardGraphEdge on GraphEdge {\n    id source target type label amountUsd date\n    investment { id }\n    role { id current }\n  }\n": typeof types.DashboardGraphEdgeFragmentDoc,
    "\n  query DashboardDealGraph($ids: [ID!]!, $depth: Int, $where: DealGraphWhere) {\n    dealGraph(ids: $ids, depth: $depth, where: $where) {\n      nodes { ...DashboardGraphNode }\n      edges { ...DashboardGraphEdge }\n      truncated\n    }\n  }\n": typeof types.DashboardDealGraphDocument,
    "\n  query DashboardShortestPath($from: ID!, $to: ID!, $maxHops: Int) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      nodes { ...DashboardGraphNode }\n      edges { ...DashboardGraphEdge }\n    }\n  }\n": typeof types.DashboardShortestPathDocument,
    "\n  fragment DashboardSource on Source {\n    evidence\n    article { id title publisher url publishedOn language source }\n    match { method score agreed conflicting decision }\n  }\n": typeof types.DashboardSourceFragmentDoc,
    "\n  query DashboardInvestment($id: ID!) {\n    investment(id: $id) {\n      id kind status stage announcedOn stakePercent otherInvestors\n      amount { ...DashboardMoney }\n      valuation { ...DashboardMoney }\n      investors { ... on Company { id name } ... on Person { id name } }\n      leadInvestors { ... on Company { id } ... on Person { id } }\n      target { id name }\n      sources { ...DashboardSource }\n      disagreements { field values { value articles { id title } } }\n    }\n  }\n": typeof types.DashboardInvestmentDocument,
    "\n  query DashboardRole($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Role {\n        id title since until current\n        person { id name }\n        company { id name }\n        sources { ...DashboardSource }\n      }\n    }\n  }\n": typeof types.DashboardRoleDocument,
    "\n  query DashboardEntity($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Company { id name aliases country description totalRaisedUsd articles { id title publisher publishedOn url } }\n      ... on Person { id name aliases articles { id title publisher publishedOn url } }\n    }\n  }\n": typeof types.DashboardEntityDocument,
    "\n  subscription DashboardGraphChanged {\n    graphChanged {\n      id at articleId outcome\n      created { id type }\n      updated { id type }\n      removed { id type }\n    }\n  }\n": typeof types.DashboardGraphChangedDocument,
    "\n  query DashboardDealStats($groupBy: DealStatsGroup!, $where: InvestmentWhere) {\n    dealStats(groupBy: $groupBy, where: $where) {\n      buckets { key label dealCount totalUsd amountKnownCount }\n      unplaced { dealCount }\n      total { dealCount totalUsd }\n    }\n  }\n": typeof types.DashboardDealStatsDocument,
    "\n  fragment DashboardCandidateDeal on Investment {\n    id kind stage announcedOn otherInvestors\n    amount { ...DashboardMoney }\n    target { id name }\n    investors { ... on Company { id name } ... on Person { id name } }\n    sources { evidence article { id title publisher publishedOn language } }\n  }\n": typeof types.DashboardCandidateDealFragmentDoc,
    "\n  fragment DashboardCandidateCompany on Company {\n    id name aliases country companyKind: kind dealCount\n    articlesConnection(first: 5) { totalCount edges { node { id title publisher publishedOn } } }\n  }\n": typeof types.DashboardCandidateCompanyFragmentDoc,
    "\n  fragment DashboardCandidatePerson on Person {\n    id name aliases dealCount\n    roles(first: 3) { title current company { name } }\n    articlesConnection(first: 5) { totalCount edges { node { id title publisher publishedOn } } }\n  }\n": typeof types.DashboardCandidatePersonFragmentDoc,
    "\n  query DashboardDuplicateCandidates($kind: DuplicateKind!, $first: Int) {\n    duplicateCandidates(kind: $kind, first: $first) {\n      totalCount\n      edges {\n        node {\n          score agreed conflicting foundAt\n          article { id title }\n          a { __typename id ...DashboardCandidateDeal ...DashboardCandidateCompany ...DashboardCandidatePerson }\n          b { __typename id ...DashboardCandidateDeal ...DashboardCandidateCompany ...DashboardCandidatePerson }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDuplicateCandidatesDocument,
    "\n  mutation DashboardMergeDeals($from: ID!, $into: ID!, $reason: String!) {\n    mergeDeals(from: $from, into: $into, reason: $reason) { id action }\n  }\n": typeof types.DashboardMergeDealsDocument,
    "\n  mutation DashboardMergeEntities($from: ID!, $into: ID!, $reason: String!) {\n    mergeEntities(from: $from, into: $into, reason: $reason) { id action }\n  }\n": typeof types.DashboardMergeEntitiesDocument,
    "\n  mutation DashboardMarkDistinct($a: ID!, $b: ID!, $reason: String!) {\n    markDistinct(a: $a, b: $b, reason: $reason) { id action }\n  }\n": typeof types.DashboardMarkDistinctDocument,
    "\n  query DashboardRelation($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on CompanyRelation {\n        id type\n        from { id name }\n        to { id name }\n        sources { ...DashboardSource }\n      }\n    }\n  }\n": typeof types.DashboardRelationDocument,
    "\n  fragment DashboardDealRow on Investment {\n    id kind stage status announcedOn otherInvestors\n    amount { ...DashboardMoney }\n    investors { __typename ... on Company { id name } ... on Person { id name } }\n    target { id name }\n  }\n": typeof types.DashboardDealRowFragmentDoc,
    "\n  fragment DashboardDealTotal on DealBucket { key label dealCount totalUsd amountKnownCount }\n": typeof types.DashboardDealTotalFragmentDoc,
    "\n  query DashboardCompanyPage($id: ID!, $raised: InvestmentWhere!, $invested: InvestmentWhere!, $participant: InvestmentWhere!) {\n    company(id: $id) {\n      id name aliases country description website dealCount totalRaisedUsd totalInvestedUsd\n      latestValuation { ...DashboardMoney }\n      received: investmentsConnection(side: TARGET, first: 100) { totalCount edges { node { ...DashboardDealRow } } }\n      made: investmentsConnection(side: INVESTOR, first: 100) { totalCount edges { node { ...DashboardDealRow } } }\n      investorTotals(first: 100) {\n        dealCount totalUsd led\n        investor { __typename ... on Company { id name } ... on Person { id name } }\n        investments(first: 100) { id announcedOn kind }\n      }\n      executives(first: 100) { id title since until current person { id name } }\n      relations(first: 100) { id type from { id name } to { id name } }\n      articles(first: 100) { id title publisher publishedOn url }\n    }\n    raised: dealStats(groupBy: YEAR, where: $raised) {\n      buckets { ...DashboardDealTotal }\n      unplaced { ...DashboardDealTotal }\n      total { ...DashboardDealTotal }\n    }\n    invested: dealStats(groupBy: YEAR, where: $invested) { total { ...DashboardDealTotal } }\n    participant: dealStats(groupBy: YEAR, where: $participant) { total { ...DashboardDealTotal } }\n  }\n": typeof types.DashboardCompanyPageDocument,
    "\n  query DashboardPersonPage($id: ID!, $invested: InvestmentWhere!) {\n    person(id: $id) {\n      id name aliases dealCount totalInvestedUsd\n      roles(first: 100) { id title since until current company { id name } }\n      made: investmentsConnection(first: 100) { totalCount edges { node { ...DashboardDealRow } } }\n      articles(first: 100) { id title publisher publishedOn url }\n    }\n    invested: dealStats(groupBy: YEAR, where: $invested) { total { ...DashboardDealTotal } }\n  }\n": typeof types.DashboardPersonPageDocument,
    "\n  fragment DashboardTablePage on PageInfo { hasNextPage endCursor }\n": typeof types.DashboardTablePageFragmentDoc,
    "\n  query DashboardTableDeals($where: InvestmentWhere, $orderBy: InvestmentOrder, $first: Int, $after: String) {\n    investments(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...DashboardTablePage }\n      edges {\n        node {\n          id announcedOn kind stage stakePercent sourceCount otherInvestors\n          amount { ...DashboardMoney }\n          valuation { ...DashboardMoney }\n          target { id name country }\n          investors(first: 6) { __typename ... on Company { id name } ... on Person { id name } }\n        }\n      }\n    }\n  }\n": typeof types.DashboardTableDealsDocument,
    "\n  query DashboardTableCompanies($where: CompanyWhere, $orderBy: CompanyOrder, $first: Int, $after: String) {\n    companies(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...DashboardTablePage }\n      edges { node { id name kind country dealCount totalRaisedUsd totalInvestedUsd latestValuation { ...DashboardMoney } } }\n    }\n  }\n": typeof types.DashboardTableCompaniesDocument,
    "\n  query DashboardTablePeople($where: PersonWhere, $orderBy: PersonOrder, $first: Int, $after: String) {\n    people(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...DashboardTablePage }\n      edges { node { id name dealCount totalInvestedUsd roles(first: 1) { title current company { id name } } } }\n    }\n  }\n": typeof types.DashboardTablePeopleDocument,
    "\n  fragment DashboardDraft on Draft {\n    id status version createdAt updatedAt createdBy updatedBy publishedArticleId\n    article { articleId title publisher url source language publishedOn body }\n    entities { key type name aliases kind matchedId matchedName candidates { id name } confidence rule decision mentions { start end } }\n    deals {\n      key kind target investors leadInvestors otherInvestors\n      amount { value currency } valuation { value currency }\n      stakePercent stage status announcedOn evidence evidenceSpan { start end } confidence rule notes decision\n    }\n    roles { key person company title since until evidence evidenceSpan { start end } confidence rule notes decision }\n    problems { path message key field }\n  }\n": typeof types.DashboardDraftFragmentDoc,
    "\n  query DashboardDraftQueue($first: Int) {\n    drafts(status: OPEN, first: $first) {\n      totalCount\n      edges { node { id createdAt updatedAt createdBy updatedBy article { title } entities { key } deals { key } roles { key } } }\n    }\n  }\n": typeof types.DashboardDraftQueueDocument,
    "\n  query DashboardDraft($id: ID!) { draft(id: $id) { ...DashboardDraft } }\n": typeof types.DashboardDraftDocument,
    "\n  mutation DashboardCreateDraft($input: CreateDraftInput!, $by: String) { createDraft(input: $input, by: $by) { id } }\n": typeof types.DashboardCreateDraftDocument,
    "\n  mutation DashboardSaveDraft($id: ID!, $version: Int!, $input: DraftInput!, $by: String) {\n    saveDraft(id: $id, version: $version, input: $input, by: $by) { ...DashboardDraft }\n  }\n": typeof types.DashboardSaveDraftDocument,
    "\n  mutation DashboardPublishDraft($id: ID!, $version: Int!, $by: String) {\n    publishDraft(id: $id, version: $version, by: $by) { published draft { ...DashboardDraft } problems { path message key field } }\n  }\n": typeof types.DashboardPublishDraftDocument,
    "\n  mutation DashboardDiscardDraft($id: ID!, $version: Int!, $by: String) {\n    discardDraft(id: $id, version: $version, by: $by) { id status }\n  }\n": typeof types.DashboardDiscardDraftDocument,
    "\n  query DashboardArticleFocus($id: ID!) { article(id: $id) { id investments(first: 1) { id target { id name } } } }\n": typeof types.DashboardArticleFocusDocument,
};
const documents: Documents = {
    "\n  fragment DashboardMoney on Money { value currency usd }\n": types.DashboardMoneyFragmentDoc,
    "\n  query DashboardSearch($text: String!) {\n    search(text: $text, first: 8) {\n      score\n      matchedText\n      entity {\n        __typename\n        ... on Company { id name }\n        ... on Person { id name }\n      }\n    }\n  }\n": types.DashboardSearchDocument,
    "\n  fragment DashboardGraphNode on GraphNode { id type label depth }\n": types.DashboardGraphNodeFragmentDoc,
    "\n  fragment DashboardGraphEdge on GraphEdge {\n    id source target type label amountUsd date\n    investment { id }\n    role { id current }\n  }\n": types.DashboardGraphEdgeFragmentDoc,
    "\n  query DashboardDealGraph($ids: [ID!]!, $depth: Int, $where: DealGraphWhere) {\n    dealGraph(ids: $ids, depth: $depth, where: $where) {\n      nodes { ...DashboardGraphNode }\n      edges { ...DashboardGraphEdge }\n      truncated\n    }\n  }\n": types.DashboardDealGraphDocument,
    "\n  query DashboardShortestPath($from: ID!, $to: ID!, $maxHops: Int) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      nodes { ...DashboardGraphNode }\n      edges { ...DashboardGraphEdge }\n    }\n  }\n": types.DashboardShortestPathDocument,
    "\n  fragment DashboardSource on Source {\n    evidence\n    article { id title publisher url publishedOn language source }\n    match { method score agreed conflicting decision }\n  }\n": types.DashboardSourceFragmentDoc,
    "\n  query DashboardInvestment($id: ID!) {\n    investment(id: $id) {\n      id kind status stage announcedOn stakePercent otherInvestors\n      amount { ...DashboardMoney }\n      valuation { ...DashboardMoney }\n      investors { ... on Company { id name } ... on Person { id name } }\n      leadInvestors { ... on Company { id } ... on Person { id } }\n      target { id name }\n      sources { ...DashboardSource }\n      disagreements { field values { value articles { id title } } }\n    }\n  }\n": types.DashboardInvestmentDocument,
    "\n  query DashboardRole($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Role {\n        id title since until current\n        person { id name }\n        company { id name }\n        sources { ...DashboardSource }\n      }\n    }\n  }\n": types.DashboardRoleDocument,
    "\n  query DashboardEntity($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Company { id name aliases country description totalRaisedUsd articles { id title publisher publishedOn url } }\n      ... on Person { id name aliases articles { id title publisher publishedOn url } }\n    }\n  }\n": types.DashboardEntityDocument,
    "\n  subscription DashboardGraphChanged {\n    graphChanged {\n      id at articleId outcome\n      created { id type }\n      updated { id type }\n      removed { id type }\n    }\n  }\n": types.DashboardGraphChangedDocument,
    "\n  query DashboardDealStats($groupBy: DealStatsGroup!, $where: InvestmentWhere) {\n    dealStats(groupBy: $groupBy, where: $where) {\n      buckets { key label dealCount totalUsd amountKnownCount }\n      unplaced { dealCount }\n      total { dealCount totalUsd }\n    }\n  }\n": types.DashboardDealStatsDocument,
    "\n  fragment DashboardCandidateDeal on Investment {\n    id kind stage announcedOn otherInvestors\n    amount { ...DashboardMoney }\n    target { id name }\n    investors { ... on Company { id name } ... on Person { id name } }\n    sources { evidence article { id title publisher publishedOn language } }\n  }\n": types.DashboardCandidateDealFragmentDoc,
    "\n  fragment DashboardCandidateCompany on Company {\n    id name aliases country companyKind: kind dealCount\n    articlesConnection(first: 5) { totalCount edges { node { id title publisher publishedOn } } }\n  }\n": types.DashboardCandidateCompanyFragmentDoc,
    "\n  fragment DashboardCandidatePerson on Person {\n    id name aliases dealCount\n    roles(first: 3) { title current company { name } }\n    articlesConnection(first: 5) { totalCount edges { node { id title publisher publishedOn } } }\n  }\n": types.DashboardCandidatePersonFragmentDoc,
    "\n  query DashboardDuplicateCandidates($kind: DuplicateKind!, $first: Int) {\n    duplicateCandidates(kind: $kind, first: $first) {\n      totalCount\n      edges {\n        node {\n          score agreed conflicting foundAt\n          article { id title }\n          a { __typename id ...DashboardCandidateDeal ...DashboardCandidateCompany ...DashboardCandidatePerson }\n          b { __typename id ...DashboardCandidateDeal ...DashboardCandidateCompany ...DashboardCandidatePerson }\n        }\n      }\n    }\n  }\n": types.DashboardDuplicateCandidatesDocument,
    "\n  mutation DashboardMergeDeals($from: ID!, $into: ID!, $reason: String!) {\n    mergeDeals(from: $from, into: $into, reason: $reason) { id action }\n  }\n": types.DashboardMergeDealsDocument,
    "\n  mutation DashboardMergeEntities($from: ID!, $into: ID!, $reason: String!) {\n    mergeEntities(from: $from, into: $into, reason: $reason) { id action }\n  }\n": types.DashboardMergeEntitiesDocument,
    "\n  mutation DashboardMarkDistinct($a: ID!, $b: ID!, $reason: String!) {\n    markDistinct(a: $a, b: $b, reason: $reason) { id action }\n  }\n": types.DashboardMarkDistinctDocument,
    "\n  query DashboardRelation($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on CompanyRelation {\n        id type\n        from { id name }\n        to { id name }\n        sources { ...DashboardSource }\n      }\n    }\n  }\n": types.DashboardRelationDocument,
    "\n  fragment DashboardDealRow on Investment {\n    id kind stage status announcedOn otherInvestors\n    amount { ...DashboardMoney }\n    investors { __typename ... on Company { id name } ... on Person { id name } }\n    target { id name }\n  }\n": types.DashboardDealRowFragmentDoc,
    "\n  fragment DashboardDealTotal on DealBucket { key label dealCount totalUsd amountKnownCount }\n": types.DashboardDealTotalFragmentDoc,
    "\n  query DashboardCompanyPage($id: ID!, $raised: InvestmentWhere!, $invested: InvestmentWhere!, $participant: InvestmentWhere!) {\n    company(id: $id) {\n      id name aliases country description website dealCount totalRaisedUsd totalInvestedUsd\n      latestValuation { ...DashboardMoney }\n      received: investmentsConnection(side: TARGET, first: 100) { totalCount edges { node { ...DashboardDealRow } } }\n      made: investmentsConnection(side: INVESTOR, first: 100) { totalCount edges { node { ...DashboardDealRow } } }\n      investorTotals(first: 100) {\n        dealCount totalUsd led\n        investor { __typename ... on Company { id name } ... on Person { id name } }\n        investments(first: 100) { id announcedOn kind }\n      }\n      executives(first: 100) { id title since until current person { id name } }\n      relations(first: 100) { id type from { id name } to { id name } }\n      articles(first: 100) { id title publisher publishedOn url }\n    }\n    raised: dealStats(groupBy: YEAR, where: $raised) {\n      buckets { ...DashboardDealTotal }\n      unplaced { ...DashboardDealTotal }\n      total { ...DashboardDealTotal }\n    }\n    invested: dealStats(groupBy: YEAR, where: $invested) { total { ...DashboardDealTotal } }\n    participant: dealStats(groupBy: YEAR, where: $participant) { total { ...DashboardDealTotal } }\n  }\n": types.DashboardCompanyPageDocument,
    "\n  query DashboardPersonPage($id: ID!, $invested: InvestmentWhere!) {\n    person(id: $id) {\n      id name aliases dealCount totalInvestedUsd\n      roles(first: 100) { id title since until current company { id name } }\n      made: investmentsConnection(first: 100) { totalCount edges { node { ...DashboardDealRow } } }\n      articles(first: 100) { id title publisher publishedOn url }\n    }\n    invested: dealStats(groupBy: YEAR, where: $invested) { total { ...DashboardDealTotal } }\n  }\n": types.DashboardPersonPageDocument,
    "\n  fragment DashboardTablePage on PageInfo { hasNextPage endCursor }\n": types.DashboardTablePageFragmentDoc,
    "\n  query DashboardTableDeals($where: InvestmentWhere, $orderBy: InvestmentOrder, $first: Int, $after: String) {\n    investments(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...DashboardTablePage }\n      edges {\n        node {\n          id announcedOn kind stage stakePercent sourceCount otherInvestors\n          amount { ...DashboardMoney }\n          valuation { ...DashboardMoney }\n          target { id name country }\n          investors(first: 6) { __typename ... on Company { id name } ... on Person { id name } }\n        }\n      }\n    }\n  }\n": types.DashboardTableDealsDocument,
    "\n  query DashboardTableCompanies($where: CompanyWhere, $orderBy: CompanyOrder, $first: Int, $after: String) {\n    companies(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...DashboardTablePage }\n      edges { node { id name kind country dealCount totalRaisedUsd totalInvestedUsd latestValuation { ...DashboardMoney } } }\n    }\n  }\n": types.DashboardTableCompaniesDocument,
    "\n  query DashboardTablePeople($where: PersonWhere, $orderBy: PersonOrder, $first: Int, $after: String) {\n    people(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...DashboardTablePage }\n      edges { node { id name dealCount totalInvestedUsd roles(first: 1) { title current company { id name } } } }\n    }\n  }\n": types.DashboardTablePeopleDocument,
    "\n  fragment DashboardDraft on Draft {\n    id status version createdAt updatedAt createdBy updatedBy publishedArticleId\n    article { articleId title publisher url source language publishedOn body }\n    entities { key type name aliases kind matchedId matchedName candidates { id name } confidence rule decision mentions { start end } }\n    deals {\n      key kind target investors leadInvestors otherInvestors\n      amount { value currency } valuation { value currency }\n      stakePercent stage status announcedOn evidence evidenceSpan { start end } confidence rule notes decision\n    }\n    roles { key person company title since until evidence evidenceSpan { start end } confidence rule notes decision }\n    problems { path message key field }\n  }\n": types.DashboardDraftFragmentDoc,
    "\n  query DashboardDraftQueue($first: Int) {\n    drafts(status: OPEN, first: $first) {\n      totalCount\n      edges { node { id createdAt updatedAt createdBy updatedBy article { title } entities { key } deals { key } roles { key } } }\n    }\n  }\n": types.DashboardDraftQueueDocument,
    "\n  query DashboardDraft($id: ID!) { draft(id: $id) { ...DashboardDraft } }\n": types.DashboardDraftDocument,
    "\n  mutation DashboardCreateDraft($input: CreateDraftInput!, $by: String) { createDraft(input: $input, by: $by) { id } }\n": types.DashboardCreateDraftDocument,
    "\n  mutation DashboardSaveDraft($id: ID!, $version: Int!, $input: DraftInput!, $by: String) {\n    saveDraft(id: $id, version: $version, input: $input, by: $by) { ...DashboardDraft }\n  }\n": types.DashboardSaveDraftDocument,
    "\n  mutation DashboardPublishDraft($id: ID!, $version: Int!, $by: String) {\n    publishDraft(id: $id, version: $version, by: $by) { published draft { ...DashboardDraft } problems { path message key field } }\n  }\n": types.DashboardPublishDraftDocument,
    "\n  mutation DashboardDiscardDraft($id: ID!, $version: Int!, $by: String) {\n    discardDraft(id: $id, version: $version, by: $by) { id status }\n  }\n": types.DashboardDiscardDraftDocument,
    "\n  query DashboardArticleFocus($id: ID!) { article(id: $id) { id investments(first: 1) { id target { id name } } } }\n": types.DashboardArticleFocusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardMoney on Money { value currency usd }\n"): typeof import('./graphql').DashboardMoneyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSearch($text: String!) {\n    search(text: $text, first: 8) {\n      score\n      matchedText\n      entity {\n        __typename\n        ... on Company { id name }\n        ... on Person { id name }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardGraphNode on GraphNode { id type label depth }\n"): typeof import('./graphql').DashboardGraphNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardGraphEdge on GraphEdge {\n    id source target type label amountUsd date\n    investment { id }\n    role { id current }\n  }\n"): typeof import('./graphql').DashboardGraphEdgeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDealGraph($ids: [ID!]!, $depth: Int, $where: DealGraphWhere) {\n    dealGraph(ids: $ids, depth: $depth, where: $where) {\n      nodes { ...DashboardGraphNode }\n      edges { ...DashboardGraphEdge }\n      truncated\n    }\n  }\n"): typeof import('./graphql').DashboardDealGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardShortestPath($from: ID!, $to: ID!, $maxHops: Int) {\n    shortestPath(from: $from, to: $to, maxHops: $maxHops) {\n      length\n      nodes { ...DashboardGraphNode }\n      edges { ...DashboardGraphEdge }\n    }\n  }\n"): typeof import('./graphql').DashboardShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardSource on Source {\n    evidence\n    article { id title publisher url publishedOn language source }\n    match { method score agreed conflicting decision }\n  }\n"): typeof import('./graphql').DashboardSourceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardInvestment($id: ID!) {\n    investment(id: $id) {\n      id kind status stage announcedOn stakePercent otherInvestors\n      amount { ...DashboardMoney }\n      valuation { ...DashboardMoney }\n      investors { ... on Company { id name } ... on Person { id name } }\n      leadInvestors { ... on Company { id } ... on Person { id } }\n      target { id name }\n      sources { ...DashboardSource }\n      disagreements { field values { value articles { id title } } }\n    }\n  }\n"): typeof import('./graphql').DashboardInvestmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRole($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Role {\n        id title since until current\n        person { id name }\n        company { id name }\n        sources { ...DashboardSource }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardEntity($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Company { id name aliases country description totalRaisedUsd articles { id title publisher publishedOn url } }\n      ... on Person { id name aliases articles { id title publisher publishedOn url } }\n    }\n  }\n"): typeof import('./graphql').DashboardEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardGraphChanged {\n    graphChanged {\n      id at articleId outcome\n      created { id type }\n      updated { id type }\n      removed { id type }\n    }\n  }\n"): typeof import('./graphql').DashboardGraphChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDealStats($groupBy: DealStatsGroup!, $where: InvestmentWhere) {\n    dealStats(groupBy: $groupBy, where: $where) {\n      buckets { key label dealCount totalUsd amountKnownCount }\n      unplaced { dealCount }\n      total { dealCount totalUsd }\n    }\n  }\n"): typeof import('./graphql').DashboardDealStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardCandidateDeal on Investment {\n    id kind stage announcedOn otherInvestors\n    amount { ...DashboardMoney }\n    target { id name }\n    investors { ... on Company { id name } ... on Person { id name } }\n    sources { evidence article { id title publisher publishedOn language } }\n  }\n"): typeof import('./graphql').DashboardCandidateDealFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardCandidateCompany on Company {\n    id name aliases country companyKind: kind dealCount\n    articlesConnection(first: 5) { totalCount edges { node { id title publisher publishedOn } } }\n  }\n"): typeof import('./graphql').DashboardCandidateCompanyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardCandidatePerson on Person {\n    id name aliases dealCount\n    roles(first: 3) { title current company { name } }\n    articlesConnection(first: 5) { totalCount edges { node { id title publisher publishedOn } } }\n  }\n"): typeof import('./graphql').DashboardCandidatePersonFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDuplicateCandidates($kind: DuplicateKind!, $first: Int) {\n    duplicateCandidates(kind: $kind, first: $first) {\n      totalCount\n      edges {\n        node {\n          score agreed conflicting foundAt\n          article { id title }\n          a { __typename id ...DashboardCandidateDeal ...DashboardCandidateCompany ...DashboardCandidatePerson }\n          b { __typename id ...DashboardCandidateDeal ...DashboardCandidateCompany ...DashboardCandidatePerson }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDuplicateCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardMergeDeals($from: ID!, $into: ID!, $reason: String!) {\n    mergeDeals(from: $from, into: $into, reason: $reason) { id action }\n  }\n"): typeof import('./graphql').DashboardMergeDealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardMergeEntities($from: ID!, $into: ID!, $reason: String!) {\n    mergeEntities(from: $from, into: $into, reason: $reason) { id action }\n  }\n"): typeof import('./graphql').DashboardMergeEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardMarkDistinct($a: ID!, $b: ID!, $reason: String!) {\n    markDistinct(a: $a, b: $b, reason: $reason) { id action }\n  }\n"): typeof import('./graphql').DashboardMarkDistinctDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRelation($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on CompanyRelation {\n        id type\n        from { id name }\n        to { id name }\n        sources { ...DashboardSource }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardRelationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardDealRow on Investment {\n    id kind stage status announcedOn otherInvestors\n    amount { ...DashboardMoney }\n    investors { __typename ... on Company { id name } ... on Person { id name } }\n    target { id name }\n  }\n"): typeof import('./graphql').DashboardDealRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardDealTotal on DealBucket { key label dealCount totalUsd amountKnownCount }\n"): typeof import('./graphql').DashboardDealTotalFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCompanyPage($id: ID!, $raised: InvestmentWhere!, $invested: InvestmentWhere!, $participant: InvestmentWhere!) {\n    company(id: $id) {\n      id name aliases country description website dealCount totalRaisedUsd totalInvestedUsd\n      latestValuation { ...DashboardMoney }\n      received: investmentsConnection(side: TARGET, first: 100) { totalCount edges { node { ...DashboardDealRow } } }\n      made: investmentsConnection(side: INVESTOR, first: 100) { totalCount edges { node { ...DashboardDealRow } } }\n      investorTotals(first: 100) {\n        dealCount totalUsd led\n        investor { __typename ... on Company { id name } ... on Person { id name } }\n        investments(first: 100) { id announcedOn kind }\n      }\n      executives(first: 100) { id title since until current person { id name } }\n      relations(first: 100) { id type from { id name } to { id name } }\n      articles(first: 100) { id title publisher publishedOn url }\n    }\n    raised: dealStats(groupBy: YEAR, where: $raised) {\n      buckets { ...DashboardDealTotal }\n      unplaced { ...DashboardDealTotal }\n      total { ...DashboardDealTotal }\n    }\n    invested: dealStats(groupBy: YEAR, where: $invested) { total { ...DashboardDealTotal } }\n    participant: dealStats(groupBy: YEAR, where: $participant) { total { ...DashboardDealTotal } }\n  }\n"): typeof import('./graphql').DashboardCompanyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPersonPage($id: ID!, $invested: InvestmentWhere!) {\n    person(id: $id) {\n      id name aliases dealCount totalInvestedUsd\n      roles(first: 100) { id title since until current company { id name } }\n      made: investmentsConnection(first: 100) { totalCount edges { node { ...DashboardDealRow } } }\n      articles(first: 100) { id title publisher publishedOn url }\n    }\n    invested: dealStats(groupBy: YEAR, where: $invested) { total { ...DashboardDealTotal } }\n  }\n"): typeof import('./graphql').DashboardPersonPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardTablePage on PageInfo { hasNextPage endCursor }\n"): typeof import('./graphql').DashboardTablePageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTableDeals($where: InvestmentWhere, $orderBy: InvestmentOrder, $first: Int, $after: String) {\n    investments(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...DashboardTablePage }\n      edges {\n        node {\n          id announcedOn kind stage stakePercent sourceCount otherInvestors\n          amount { ...DashboardMoney }\n          valuation { ...DashboardMoney }\n          target { id name country }\n          investors(first: 6) { __typename ... on Company { id name } ... on Person { id name } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardTableDealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTableCompanies($where: CompanyWhere, $orderBy: CompanyOrder, $first: Int, $after: String) {\n    companies(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...DashboardTablePage }\n      edges { node { id name kind country dealCount totalRaisedUsd totalInvestedUsd latestValuation { ...DashboardMoney } } }\n    }\n  }\n"): typeof import('./graphql').DashboardTableCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTablePeople($where: PersonWhere, $orderBy: PersonOrder, $first: Int, $after: String) {\n    people(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...DashboardTablePage }\n      edges { node { id name dealCount totalInvestedUsd roles(first: 1) { title current company { id name } } } }\n    }\n  }\n"): typeof import('./graphql').DashboardTablePeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardDraft on Draft {\n    id status version createdAt updatedAt createdBy updatedBy publishedArticleId\n    article { articleId title publisher url source language publishedOn body }\n    entities { key type name aliases kind matchedId matchedName candidates { id name } confidence rule decision mentions { start end } }\n    deals {\n      key kind target investors leadInvestors otherInvestors\n      amount { value currency } valuation { value currency }\n      stakePercent stage status announcedOn evidence evidenceSpan { start end } confidence rule notes decision\n    }\n    roles { key person company title since until evidence evidenceSpan { start end } confidence rule notes decision }\n    problems { path message key field }\n  }\n"): typeof import('./graphql').DashboardDraftFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDraftQueue($first: Int) {\n    drafts(status: OPEN, first: $first) {\n      totalCount\n      edges { node { id createdAt updatedAt createdBy updatedBy article { title } entities { key } deals { key } roles { key } } }\n    }\n  }\n"): typeof import('./graphql').DashboardDraftQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDraft($id: ID!) { draft(id: $id) { ...DashboardDraft } }\n"): typeof import('./graphql').DashboardDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateDraft($input: CreateDraftInput!, $by: String) { createDraft(input: $input, by: $by) { id } }\n"): typeof import('./graphql').DashboardCreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSaveDraft($id: ID!, $version: Int!, $input: DraftInput!, $by: String) {\n    saveDraft(id: $id, version: $version, input: $input, by: $by) { ...DashboardDraft }\n  }\n"): typeof import('./graphql').DashboardSaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardPublishDraft($id: ID!, $version: Int!, $by: String) {\n    publishDraft(id: $id, version: $version, by: $by) { published draft { ...DashboardDraft } problems { path message key field } }\n  }\n"): typeof import('./graphql').DashboardPublishDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDiscardDraft($id: ID!, $version: Int!, $by: String) {\n    discardDraft(id: $id, version: $version, by: $by) { id status }\n  }\n"): typeof import('./graphql').DashboardDiscardDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardArticleFocus($id: ID!) { article(id: $id) { id investments(first: 1) { id target { id name } } } }\n"): typeof import('./graphql').DashboardArticleFocusDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
