// The GraphQL schema, built from the type-graphql classes under src/api/ (types, arguments, resolvers).
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { validateArgs } from "./common/checks.js";
import { ArticleResolver } from "./article/article.resolver.js";
import { CompanyResolver } from "./company/company.resolver.js";
import { DecisionResolver } from "./decision/decision.resolver.js";
import { DraftResolver } from "./draft/draft.resolver.js";
import { GraphResolver } from "./graph/graph.resolver.js";
import { EventsResolver, noTopicPubSub } from "./events/events.resolver.js";
import { IngestResolver } from "./ingest/ingest.resolver.js";
import { DisagreeingValueResolver, InvestmentResolver } from "./investment/investment.resolver.js";
import { CoInvestorResolver, InvestorResolver, InvestorTotalResolver } from "./investor/investor.resolver.js";
import { NodeResolver } from "./node/node.resolver.js";
import { PersonResolver } from "./person/person.resolver.js";
import { RelationResolver } from "./relation/relation.resolver.js";
import { ReviewResolver } from "./review/review.resolver.js";
import { RoleResolver } from "./role/role.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";
import { StatsResolver } from "./stats/stats.resolver.js";

export const resolvers = [
  NodeResolver,
  CompanyResolver,
  PersonResolver,
  InvestmentResolver,
  DisagreeingValueResolver,
  RoleResolver,
  RelationResolver,
  InvestorResolver,
  CoInvestorResolver,
  InvestorTotalResolver,
  SearchResolver,
  GraphResolver,
  StatsResolver,
  ArticleResolver,
  IngestResolver,
  DecisionResolver,
  ReviewResolver,
  DraftResolver,
  EventsResolver,
] as const;

let built: GraphQLSchema | undefined;

/**
 * The executable schema. Built once per process: type-graphql's metadata is global, and
 * the schema holds no per-request state. Arguments are checked against the rules their
 * types declare (common/checks.ts) before each resolver runs: validateFn replaces
 * type-graphql's class-validator step.
 */
export function buildDealgraphSchema(): GraphQLSchema {
  built ??= buildSchemaSync({ resolvers: [...resolvers], validateFn: validateArgs, emitSchemaFile: false, pubSub: noTopicPubSub });
  return built;
}

/** The schema as SDL, types sorted by name: the text of schema/schema.graphql. */
export function printDealgraphSchema(schema: GraphQLSchema = buildDealgraphSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
