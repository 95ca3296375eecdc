// The GraphQL schema, built from the type-graphql classes under modules/.
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { ArticleResolver } from "./modules/article/article.resolver.js";
import { CompanyResolver } from "./modules/company/company.resolver.js";
import { GraphResolver } from "./modules/graph/graph.resolver.js";
import { EventsResolver, noTopicPubSub } from "./modules/events/events.resolver.js";
import { IngestResolver } from "./modules/ingest/ingest.resolver.js";
import { InvestmentResolver } from "./modules/investment/investment.resolver.js";
import { CoInvestorResolver, InvestorResolver, InvestorTotalResolver } from "./modules/investor/investor.resolver.js";
import { NodeResolver } from "./modules/node/node.resolver.js";
import { PersonResolver } from "./modules/person/person.resolver.js";
import { RelationResolver } from "./modules/relation/relation.resolver.js";
import { RoleResolver } from "./modules/role/role.resolver.js";
import { SearchResolver } from "./modules/search/search.resolver.js";
import { StatsResolver } from "./modules/stats/stats.resolver.js";

export const resolvers = [
  NodeResolver,
  CompanyResolver,
  PersonResolver,
  InvestmentResolver,
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
  EventsResolver,
] as const;

let built: GraphQLSchema | undefined;

/**
 * The executable schema. Built once per process: type-graphql's metadata is global, and
 * the schema holds no per-request state. Arguments are checked by the resolvers, not by
 * class-validator (`validate: false`).
 */
export function buildDealgraphSchema(): GraphQLSchema {
  built ??= buildSchemaSync({ resolvers: [...resolvers], validate: false, emitSchemaFile: false, pubSub: noTopicPubSub });
  return built;
}

/** The schema as SDL, types sorted by name: the text of schema/schema.graphql. */
export function printDealgraphSchema(schema: GraphQLSchema = buildDealgraphSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
