// Query.dealGraph, shortestPath and allShortestPaths, and the sources of a graph edge.
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { DealgraphContext } from "../context.js";
import { BoundedBy, checkFirst, FirstArg, firstOf, LIST_BOUND } from "../common/list-bound.js";
import { badInput } from "../errors.js";
import { checkId } from "../common/arguments.js";
import type { SourceRecord } from "../common/source.record.js";
import { Source } from "../common/source.type.js";
import {
  AllPathsArgs,
  DealGraphArgs,
  DEFAULT_MAX_EDGES,
  DEFAULT_MAX_NODES,
  MAX_DEPTH,
  MAX_EDGES,
  MAX_HOPS,
  MAX_NODES,
  MAX_SEEDS,
  PathArgs,
  PATHS_BOUND,
} from "./graph.args.js";
import type { InvestmentRecord } from "../investment/investment.record.js";
import { Investment } from "../investment/investment.type.js";
import { loadTyped } from "../node/node.loader.js";
import type { RelationRecord } from "../relation/relation.record.js";
import { CompanyRelation } from "../relation/relation.type.js";
import type { RoleRecord } from "../role/role.record.js";
import { Role } from "../role/role.type.js";
import { dealGraph, type DealGraphRecord, type GraphEdgeRecord, type PathRecord, shortestPaths, toGraphNode } from "./graph.repository.js";
import { DealGraph, GraphEdge, GraphPath } from "./graph.type.js";

/** A size argument as the cost counts it: its default when absent, never past its maximum (the resolver refuses more). */
function capOf(value: unknown, fallback: number, max: number): number {
  return typeof value === "number" ? Math.max(0, Math.min(value, max)) : fallback;
}

function checkRange(value: number, min: number, max: number, argument: string): number {
  if (value < min || value > max) throw badInput(argument, `must be ${min} to ${max}, got ${value}`);
  return value;
}

/** The path arguments, checked, defaults filled in (an argument given as null takes its default). */
function pathArgs(args: PathArgs) {
  return {
    from: checkId(args.from, "from"),
    to: checkId(args.to, "to"),
    maxHops: checkRange(args.maxHops ?? MAX_HOPS, 1, MAX_HOPS, "maxHops"),
    where: args.where,
  };
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
  async dealGraph(@Args(() => DealGraphArgs) args: DealGraphArgs, @Ctx() { loaders }: DealgraphContext): Promise<DealGraphRecord> {
    checkRange(args.ids.length, 0, MAX_SEEDS, "ids");
    args.ids.forEach((id, i) => checkId(id, `ids[${i}]`));
    const graph = await dealGraph(loaders.reader, {
      ids: args.ids,
      depth: checkRange(args.depth ?? 1, 1, MAX_DEPTH, "depth"),
      where: args.where,
      maxNodes: checkRange(args.maxNodes ?? DEFAULT_MAX_NODES, 1, MAX_NODES, "maxNodes"),
      maxEdges: checkRange(args.maxEdges ?? DEFAULT_MAX_EDGES, 1, MAX_EDGES, "maxEdges"),
    });
    primeGraph(loaders.prime, graph);
    return graph;
  }

  @Query(() => GraphPath, {
    nullable: true,
    description:
      "A shortest chain of deals, roles and relations from one company or person to another, at most maxHops hops (one of them when several tie: see allShortestPaths); null when there is none.",
    // A path holds at most maxHops + 1 nodes and maxHops edges.
    complexity: ({ args, childComplexity }) => 1 + (capOf(args.maxHops, MAX_HOPS, MAX_HOPS) + 1) * childComplexity,
  })
  async shortestPath(@Args(() => PathArgs) args: PathArgs, @Ctx() { loaders }: DealgraphContext): Promise<PathRecord | null> {
    const checked = pathArgs(args);
    if (checked.from === checked.to) return stay(loaders, checked.from);
    const [path] = await shortestPaths(loaders.reader, { ...checked, all: false, first: 1 });
    if (path) primeGraph(loaders.prime, path);
    return path ?? null;
  }

  @Query(() => [GraphPath], {
    description: "Every shortest chain (all of the same, least length) from one company or person to another, up to `first` of them; empty when there is none.",
    complexity: ({ args, childComplexity }) =>
      capOf(args.first, PATHS_BOUND.default, PATHS_BOUND.max) * (1 + (capOf(args.maxHops, MAX_HOPS, MAX_HOPS) + 1) * childComplexity),
  })
  @BoundedBy(PATHS_BOUND)
  async allShortestPaths(@Args(() => AllPathsArgs) args: AllPathsArgs, @Ctx() { loaders }: DealgraphContext): Promise<PathRecord[]> {
    const first = checkFirst(args.first, PATHS_BOUND);
    const checked = pathArgs(args);
    if (checked.from === checked.to) return [await stay(loaders, checked.from)].filter((p) => p !== null);
    const paths = await shortestPaths(loaders.reader, { ...checked, all: true, first });
    for (const path of paths) primeGraph(loaders.prime, path);
    // The database returns them in no particular order: by the ids along each path.
    const key = (p: PathRecord) => [...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)].join(" ");
    return paths.sort((a, b) => key(a).localeCompare(key(b)));
  }

  @FieldResolver(() => Investment, { nullable: true, description: "The deal, on INVESTED_IN edges." })
  investment(@Root() edge: GraphEdgeRecord, @Ctx() { loaders }: DealgraphContext): Promise<InvestmentRecord | null> {
    return edge.type === "INVESTED_IN" ? loadTyped(loaders.nodes, edge.factId, "Investment") : Promise.resolve(null);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The role, on HOLDS_ROLE edges." })
  role(@Root() edge: GraphEdgeRecord, @Ctx() { loaders }: DealgraphContext): Promise<RoleRecord | null> {
    return edge.type === "HOLDS_ROLE" ? loadTyped(loaders.nodes, edge.factId, "Role") : Promise.resolve(null);
  }

  @FieldResolver(() => CompanyRelation, { nullable: true, description: "The relation, on COMPETES_WITH, PARTNERS_WITH and SUBSIDIARY_OF edges." })
  relation(@Root() edge: GraphEdgeRecord, @Ctx() { loaders }: DealgraphContext): Promise<RelationRecord | null> {
    return edge.type === "INVESTED_IN" || edge.type === "HOLDS_ROLE" ? Promise.resolve(null) : loadTyped(loaders.nodes, edge.factId, "CompanyRelation");
  }

  @FieldResolver(() => [Source], { description: "The articles that report the edge's deal, role or relation, newest first, each with its evidence." })
  @BoundedBy(LIST_BOUND)
  async sources(@Root() edge: GraphEdgeRecord, @FirstArg(LIST_BOUND, "sources") first: number | null, @Ctx() { loaders }: DealgraphContext): Promise<SourceRecord[]> {
    return firstOf(await loaders.article.sources.load(edge.factId), first, LIST_BOUND);
  }
}

/** The path from an entity to itself: no hop; null when there is no such entity. */
async function stay(loaders: DealgraphContext["loaders"], id: string): Promise<PathRecord | null> {
  const entity = (await loadTyped(loaders.nodes, id, "Company")) ?? (await loadTyped(loaders.nodes, id, "Person"));
  return entity ? { length: 0, nodes: [toGraphNode(entity, null)], edges: [] } : null;
}

/** The entities of a graph, handed to the node loader: a deal's target or a role's person then costs nothing more. */
function primeGraph(prime: DealgraphContext["loaders"]["prime"], graph: { nodes: DealGraphRecord["nodes"] }): void {
  prime(graph.nodes.map((n) => n.entity));
}
