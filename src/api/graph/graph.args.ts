// Arguments of the deal graph and of paths: seeds, depth, filters on edges, size caps.
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { idList, idRule, outsideRange, within } from "../common/arguments.js";
import { Check } from "../common/checks.js";
import { firstWithin, type ListBound } from "../common/list-bound.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";
import { DealStatus, InvestmentKind } from "../investment/index.js";
import { MAX_DEPTH, MAX_HOPS } from "../../domain/limits.js";
import { GRAPH_EDGE_TYPES, type GraphEdgeTypeName } from "../../domain/vocabulary.js";
import { enumOf } from "../common/enum.js";

export const GraphEdgeType = enumOf(GRAPH_EDGE_TYPES);
export type GraphEdgeType = GraphEdgeTypeName;

registerEnumType(GraphEdgeType, {
  name: "GraphEdgeType",
  description: "The kinds of edge in a deal graph or a path (GraphEdge.type).",
  valuesConfig: {
    INVESTED_IN: { description: "Investor -> target: one edge per investor of a deal." },
    HOLDS_ROLE: { description: "Person -> company: a role." },
    COMPETES_WITH: { description: "Company -> company, in id order: they compete." },
    PARTNERS_WITH: { description: "Company -> company, in id order: they work together." },
    SUBSIDIARY_OF: { description: "Subsidiary -> parent." },
  },
});

@InputType("DealGraphWhere", { description: "Which edges a deal graph or a path may use; every filter given must hold. Nodes are reached only through such edges." })
export class DealGraphWhere {
  @Field(() => [GraphEdgeType], { nullable: true, description: "Only these kinds of edge; all when absent." })
  edgeTypes?: GraphEdgeType[] | null;

  @Field(() => [InvestmentKind], { nullable: true, description: "INVESTED_IN edges only for deals of these kinds." })
  kinds?: InvestmentKind[] | null;

  @Field(() => [DealStatus], { nullable: true, description: "INVESTED_IN edges only for deals with these statuses." })
  statuses?: DealStatus[] | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "From this date on: deals announced then or later (undated deals are left out), roles held then or later. Relations have no date and stay.",
  })
  from?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Up to this date, inclusive ("2025" takes in all of 2025): deals announced by then, roles begun by then.',
  })
  to?: string | null;

  @Field(() => Float, { nullable: true, description: "INVESTED_IN edges only for deals of at least this many US dollars." })
  minUsd?: number | null;
}

export const MAX_SEEDS = 50;
export const DEFAULT_MAX_NODES = 200;
export const MAX_NODES = 2000;
export const DEFAULT_MAX_EDGES = 1000;
export const MAX_EDGES = 10000;
// The reach limits are shared with the dashboard, which offers no more than the API allows.
export { MAX_DEPTH, MAX_HOPS };
export const DEFAULT_PATHS = 10;
export const MAX_PATHS = 50;
/** `first` of allShortestPaths. */
export const PATHS_BOUND: ListBound = { default: DEFAULT_PATHS, min: 1, max: MAX_PATHS };

@ArgsType()
export class DealGraphArgs {
  @Field(() => [ID], { description: `The companies and people to start from (at most ${MAX_SEEDS}; none gives an empty graph).` })
  @Check(idList({ max: MAX_SEEDS, message: (n) => outsideRange(0, MAX_SEEDS, n) }))
  ids!: string[];

  @Field(() => Int, { nullable: true, defaultValue: 1, description: `How many edges away from them to go: 1 to ${MAX_DEPTH}.` })
  @Check(within(1, MAX_DEPTH))
  depth?: number | null;

  @Field(() => DealGraphWhere, { nullable: true, description: "Which edges to follow and show; all when absent." })
  where?: DealGraphWhere | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_MAX_NODES,
    description: `At most this many nodes (1 to ${MAX_NODES}). Past it, the neighbours most connected to the graph so far are kept (ties as they come), and truncated is true.`,
  })
  @Check(within(1, MAX_NODES))
  maxNodes?: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_MAX_EDGES,
    description: `At most this many edges (1 to ${MAX_EDGES}); past it, those of the seeds and of the nodes most connected to them are kept, and truncated is true.`,
  })
  @Check(within(1, MAX_EDGES))
  maxEdges?: number | null;
}

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: "The company or person to start from." })
  @Check(idRule)
  from!: string;

  @Field(() => ID, { description: "The company or person to reach." })
  @Check(idRule)
  to!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: MAX_HOPS,
    description: `At most this many hops (1 to ${MAX_HOPS}). A hop goes from an entity to the next through one deal, role or relation.`,
  })
  @Check(within(1, MAX_HOPS))
  maxHops?: number | null;

  @Field(() => DealGraphWhere, { nullable: true, description: "Which edges the path may use; all when absent." })
  where?: DealGraphWhere | null;
}

@ArgsType()
export class AllPathsArgs extends PathArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PATHS, description: `At most this many paths (1 to ${MAX_PATHS}).` })
  @Check(firstWithin(PATHS_BOUND))
  first?: number | null;
}
