// The graph object types: nodes and edges shaped as Cytoscape.js elements' `data`
// ({ id, label, ... } and { id, source, target, label, ... }), a deal graph, a path.
import { HoldsAtMost } from "../common/list-bound.js";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Entity } from "../common/entity.type.js";
import { PartialDateScalar } from "../common/partial-date.scalar.js";

@ObjectType("GraphNode", { description: "A company or person in a deal graph or a path: the `data` of a Cytoscape.js node element." })
export class GraphNode {
  @Field(() => ID, { description: "The entity's id." })
  id!: string;

  @Field(() => String, { description: "COMPANY or PERSON." })
  type!: string;

  @Field(() => String, { description: "The entity's display name." })
  label!: string;

  @Field(() => String, { nullable: true, description: "For a company, its CompanyKind (COMPANY, INVESTOR, ...); null for a person." })
  kind!: string | null;

  @Field(() => Int, { nullable: true, description: "In a deal graph, how many edges away from the nearest seed (0 for a seed); null in a path." })
  depth!: number | null;

  @Field(() => Entity, { description: "The company or person itself." })
  entity!: unknown;
}

@ObjectType("GraphEdge", { description: "A deal, role or relation between two nodes: the `data` of a Cytoscape.js edge element." })
export class GraphEdge {
  @Field(() => ID, { description: "Unique in the graph: the fact's id, and for INVESTED_IN `<deal id>:<investor id>` (a deal with three investors is three edges)." })
  id!: string;

  @Field(() => ID, { description: "Id of the node it starts from: the investor, the person holding a role, a relation's `from`." })
  source!: string;

  @Field(() => ID, { description: "Id of the node it points to: the target, the company, a relation's `to`." })
  target!: string;

  @Field(() => String, { description: "INVESTED_IN, HOLDS_ROLE, COMPETES_WITH, PARTNERS_WITH or SUBSIDIARY_OF (see GraphEdgeType)." })
  type!: string;

  @Field(() => String, { description: 'A short label: "$14.3B · 49% · 2025-06", "CEO · 2016–2025-06", "competes with".' })
  label!: string;

  @Field(() => Float, { nullable: true, description: "For INVESTED_IN, the deal's amount in US dollars (for edge widths); else null." })
  amountUsd!: number | null;

  @Field(() => PartialDateScalar, { nullable: true, description: "The deal's announcement, or the role's start; null when unknown or for a relation." })
  date!: string | null;
}

@ObjectType("DealGraph", { description: "The neighbourhood of some companies and people: nodes and edges, capped in size." })
export class DealGraph {
  @Field(() => [GraphNode], { description: "The seeds first, then by depth, then by id." })
  @HoldsAtMost("parent")
  nodes!: unknown[];

  @Field(() => [GraphEdge], { description: "The allowed edges between two of the nodes, latest first. Past maxEdges, those of the seeds and the most connected nodes are kept." })
  @HoldsAtMost("parent")
  edges!: unknown[];

  @Field(() => Boolean, { description: "True when maxNodes or maxEdges cut the graph: more lies beyond." })
  truncated!: boolean;
}

@ObjectType("GraphPath", { description: "A chain of deals, roles and relations from one entity to another." })
export class GraphPath {
  @Field(() => Int, { description: "How many hops: edges between consecutive nodes." })
  length!: number;

  @Field(() => [GraphNode], { description: "From the start to the end, length + 1 of them." })
  @HoldsAtMost("parent")
  nodes!: unknown[];

  @Field(() => [GraphEdge], { description: "The edge of each hop, in order; its source and target follow the fact (investor to target), not the path." })
  @HoldsAtMost("parent")
  edges!: unknown[];
}
