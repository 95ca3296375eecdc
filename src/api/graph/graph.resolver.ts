// Query.dealGraph, shortestPath and allShortestPaths, and the sources of a graph edge.
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { type DealGraphRecord, type GraphEdgeRecord, type InvestmentRecord, type PathRecord, type RelationRecord, type RoleRecord, type SourceRecord, toGraphNode } from "../../store/index.js";
import { BoundedBy, FirstArg, firstOf, LIST_BOUND, sizeOf } from "../common/list-bound.js";
import { Source } from "../common/source.type.js";
import {
  AllPathsArgs,
  DealGraphArgs,
  DEFAULT_MAX_EDGES,
  DEFAULT_MAX_NODES,
  MAX_EDGES,
  MAX_HOPS,
  MAX_NODES,
  PathArgs,
  PATHS_BOUND,
} from "./graph.args.js";
import { Investment } from "../investment/index.js";
import { CompanyRelation } from "../relation/index.js";
import { Role } from "../role/index.js";
import { DealGraph, GraphEdge, GraphPath } from "./graph.type.js";

/** A size argument as the cost counts it: its default when absent, never past its maximum (its declared rule refuses more). */
function capOf(value: unknown, fallback: number, max: number): number {
  return typeof value === "number" ? Math.max(0, Math.min(value, max)) : fallback;
}

/** The path arguments (checked by PathArgs' rules), defaults filled in (an argument given as null takes its default). */
function pathArgs(args: PathArgs) {
  return { from: args.from, to: args.to, maxHops: args.maxHops ?? MAX_HOPS, where: args.where };
}

@Resolver(() => GraphEdge)
export class GraphResolver {
  @Query(() => DealGraph, {
    description:
      "The deals, roles and relations around some companies and people, up to 3 edges away, as nodes and edges that map one to one onto Cytoscape.js elements. Capped by maxNodes and maxEdges; `truncated` says when the cap cut it.",
    // Its nodes and edges count once each (HoldsAtMost("parent")); there are at most maxNodes
    // of one and maxEdges of the other, so the larger cap times both is an upper bound.
    complexity: ({ args, childComplexity }) =>
      1 + Math.max(capOf(args.maxNodes, DEFAULT_MAX_NODES, MAX_NODES), capOf(args.maxEdges, DEFAULT_MAX_EDGES, MAX_EDGES)) * childComplexity,
  })
  async dealGraph(@Args(() => DealGraphArgs) args: DealGraphArgs, @Ctx() { stores }: DealgraphContext): Promise<DealGraphRecord> {
    return stores.graph.dealGraph({
      ids: args.ids,
      depth: args.depth ?? 1,
      where: args.where,
      maxNodes: args.maxNodes ?? DEFAULT_MAX_NODES,
      maxEdges: args.maxEdges ?? DEFAULT_MAX_EDGES,
    });
  }

  @Query(() => GraphPath, {
    nullable: true,
    description:
      "A shortest chain of deals, roles and relations from one company or person to another, at most maxHops hops (one of them when several tie: see allShortestPaths); null when there is none.",
    // A path holds at most maxHops + 1 nodes and maxHops edges.
    complexity: ({ args, childComplexity }) => 1 + (capOf(args.maxHops, MAX_HOPS, MAX_HOPS) + 1) * childComplexity,
  })
  async shortestPath(@Args(() => PathArgs) args: PathArgs, @Ctx() { stores }: DealgraphContext): Promise<PathRecord | null> {
    const checked = pathArgs(args);
    if (checked.from === checked.to) return stay(stores, checked.from);
    const [path] = await stores.graph.shortestPaths({ ...checked, all: false, first: 1 });
    return path ?? null;
  }

  @Query(() => [GraphPath], {
    description: "Every shortest chain (all of the same, least length) from one company or person to another, up to `first` of them; empty when there is none.",
    complexity: ({ args, childComplexity }) =>
      capOf(args.first, PATHS_BOUND.default, PATHS_BOUND.max) * (1 + (capOf(args.maxHops, MAX_HOPS, MAX_HOPS) + 1) * childComplexity),
  })
  @BoundedBy(PATHS_BOUND)
  async allShortestPaths(@Args(() => AllPathsArgs) args: AllPathsArgs, @Ctx() { stores }: DealgraphContext): Promise<PathRecord[]> {
    const first = sizeOf(args.first, PATHS_BOUND);
    const checked = pathArgs(args);
    if (checked.from === checked.to) return [await stay(stores, checked.from)].filter((p) => p !== null);
    const paths = await stores.graph.shortestPaths({ ...checked, all: true, first });
    // The database returns them in no particular order: by the ids along each path.
    const key = (p: PathRecord) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)].join(" ");
    return paths.sort((a, b) => key(a).localeCompare(key(b)));
  }

  @FieldResolver(() => Investment, { nullable: true, description: "The deal, on INVESTED_IN edges." })
  investment(@Root() edge: GraphEdgeRecord, @Ctx() { stores }: DealgraphContext): Promise<InvestmentRecord | null> {
    return edge.type === "INVESTED_IN" ? stores.entities.byId("Investment", edge.factId) : Promise.resolve(null);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The role, on HOLDS_ROLE edges." })
  role(@Root() edge: GraphEdgeRecord, @Ctx() { stores }: DealgraphContext): Promise<RoleRecord | null> {
    return edge.type === "HOLDS_ROLE" ? stores.entities.byId("Role", edge.factId) : Promise.resolve(null);
  }

  @FieldResolver(() => CompanyRelation, { nullable: true, description: "The relation, on COMPETES_WITH, PARTNERS_WITH and SUBSIDIARY_OF edges." })
  relation(@Root() edge: GraphEdgeRecord, @Ctx() { stores }: DealgraphContext): Promise<RelationRecord | null> {
    return edge.type === "INVESTED_IN" || edge.type === "HOLDS_ROLE" ? Promise.resolve(null) : stores.entities.byId("CompanyRelation", edge.factId);
  }

  @FieldResolver(() => [Source], { description: "The articles that report the edge's deal, role or relation, newest first, each with its evidence." })
  @BoundedBy(LIST_BOUND)
  async sources(@Root() edge: GraphEdgeRecord, @FirstArg(LIST_BOUND, "sources") first: number | null, @Ctx() { stores }: DealgraphContext): Promise<SourceRecord[]> {
    return firstOf(await stores.articles.sourcesOf(edge.factId), first, LIST_BOUND);
  }
}

/** The path from an entity to itself: no hop; null when there is no such entity. */
async function stay(stores: DealgraphContext["stores"], id: string): Promise<PathRecord | null> {
  const entity = (await stores.entities.byId("Company", id)) ?? (await stores.entities.byId("Person", id));
  return entity ? { length: 0, nodes: [toGraphNode(entity, null)], edges: [] } : null;
}
