// The alternative: the same graph served by the official Neo4j GraphQL Library
// (@neo4j/graphql, a dev dependency), as a team would set it up instead of Dealgraph:
// type definitions that map docs/graph-model.md onto the library's directives, an Apollo
// Server in front. The library turns each root field into one generated Cypher statement.
//
// What it cannot express and how the benchmark asks it anyway (docs/benchmarks.md):
// - search over names and aliases: its @fulltext queries take a Lucene phrase per label, so
//   companies and people are two root fields (two statements), ranked by Lucene's score;
// - a deal graph (breadth first, deduplicated, capped): only as nested relationship fields,
//   a tree with repeats and a `limit` per list instead of a node budget;
// - shortest paths: only through a @cypher field whose Cypher is written by hand, here the
//   same SHORTEST pattern as the raw query.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { COMPANY_KINDS, DEAL_STATUSES, INVESTMENT_KINDS, RELATION_TYPES } from "../../domain/vocabulary.js";

export const MAX_PATH_HOPS = 4;

// A hop goes from an entity through one fact to another, by the fact's two different ends.
const HOP = "(x:Entity)-[r1:INVESTED|TARGET|HOLDS|AT|FROM|TO]-(f:Fact)-[r2:INVESTED|TARGET|HOLDS|AT|FROM|TO]-(y:Entity)";

export const libraryTypeDefs = /* GraphQL */ `
  enum CompanyKind { ${COMPANY_KINDS.join(" ")} }
  enum InvestmentKind { ${INVESTMENT_KINDS.join(" ")} }
  enum DealStatus { ${DEAL_STATUSES.join(" ")} }
  enum RelationType { ${RELATION_TYPES.join(" ")} }

  type Company
    @node(labels: ["Company"])
    @fulltext(indexes: [{ indexName: "entity_names", queryName: "companiesByName", fields: ["name"] }]) {
    id: ID!
    name: String!
    aliases: [String!]!
    kind: CompanyKind
    country: String
    website: String
    description: String
    investmentsMade: [Investment!]! @relationship(type: "INVESTED", direction: OUT, properties: "Invested")
    investmentsReceived: [Investment!]! @relationship(type: "TARGET", direction: IN)
    roles: [Role!]! @relationship(type: "AT", direction: IN)
    relationsFrom: [Relation!]! @relationship(type: "FROM", direction: IN)
    relationsTo: [Relation!]! @relationship(type: "TO", direction: IN)
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Person
    @node(labels: ["Person"])
    @fulltext(indexes: [{ indexName: "entity_names", queryName: "peopleByName", fields: ["name"] }]) {
    id: ID!
    name: String!
    aliases: [String!]!
    investments: [Investment!]! @relationship(type: "INVESTED", direction: OUT, properties: "Invested")
    roles: [Role!]! @relationship(type: "HOLDS", direction: OUT)
    mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN)
  }

  union Investor = Company | Person

  type Invested @relationshipProperties {
    lead: Boolean
  }

  type Source @relationshipProperties {
    evidence: String!
    publishedOn: String
    amountValue: Float
    amountCurrency: String
    announcedOn: String
    since: String
    until: String
  }

  type Investment @node(labels: ["Investment"]) {
    id: ID!
    kind: InvestmentKind!
    status: DealStatus
    announcedOn: String
    amountValue: Float
    amountCurrency: String
    amountUsd: Float
    valuationValue: Float
    valuationCurrency: String
    valuationUsd: Float
    stakePercent: Float
    otherInvestors: Boolean
    sourceCount: Int
    investors: [Investor!]! @relationship(type: "INVESTED", direction: IN, properties: "Invested")
    target: Company @relationship(type: "TARGET", direction: OUT)
    sources: [Article!]! @relationship(type: "SOURCED_FROM", direction: OUT, properties: "Source")
  }

  type Role @node(labels: ["Role"]) {
    id: ID!
    title: String!
    since: String
    until: String
    person: Person @relationship(type: "HOLDS", direction: IN)
    company: Company @relationship(type: "AT", direction: OUT)
    sources: [Article!]! @relationship(type: "SOURCED_FROM", direction: OUT, properties: "Source")
  }

  type Relation @node(labels: ["Relation"]) {
    id: ID!
    type: RelationType!
    from: Company @relationship(type: "FROM", direction: OUT)
    to: Company @relationship(type: "TO", direction: OUT)
    sources: [Article!]! @relationship(type: "SOURCED_FROM", direction: OUT, properties: "Source")
  }

  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String!
    publisher: String!
    language: String!
    publishedOn: String!
    url: String
  }

  type Query {
    """The ids along a shortest chain of facts between two entities (hand-written Cypher: the library has no path query)."""
    shortestPathIds(from: ID!, to: ID!): [ID!]!
      @cypher(
        statement: """
        MATCH p = SHORTEST 1 (:Entity {id: $from}) (${HOP} WHERE type(r1) <> type(r2)){1,${MAX_PATH_HOPS}} (:Entity {id: $to})
        RETURN [n IN nodes(p) WHERE n:Entity | n.id] AS ids
        """
        columnName: "ids"
      )
  }
`;

/**
 * The library's executable schema over `driver`. Partial dates are strings, so range
 * filters on them (announcedOn >= "2020") need the String comparison filters, which the
 * library leaves off by default.
 */
export function buildLibrarySchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: libraryTypeDefs, driver, features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } } }).getSchema();
}

/**
 * The library behind Apollo's standalone HTTP server, set up as its documentation shows,
 * in production mode (no stack traces, no introspection).
 */
export async function serveLibrary(driver: Driver, host: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new ApolloServer({ schema: await buildLibrarySchema(driver), nodeEnv: "production", introspection: false });
  const { url } = await startStandaloneServer(server, { listen: { host, port } });
  return { url, stop: () => server.stop() };
}
