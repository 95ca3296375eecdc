// What ingestArticle and removeArticle answer: what changed in the graph.
import { HoldsAtMost } from "../common/list-bound.js";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum IngestOutcome {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
  REMOVED = "REMOVED",
}

registerEnumType(IngestOutcome, {
  name: "IngestOutcome",
  description: "What happened to the article itself.",
  valuesConfig: {
    CREATED: { description: "It was new." },
    UPDATED: { description: "It existed with other content, which it replaced." },
    UNCHANGED: { description: "It existed with the same content: nothing was written." },
    REMOVED: { description: "It was withdrawn." },
  },
});

/**
 * The most entries a report's list can hold: what one article states (its entities and
 * facts, within the per-article caps of the loader) and what only it supported.
 */
export const MAX_CHANGES = 10_000;

@ObjectType("ChangedNode", { description: "A fact or entity an ingest touched." })
export class ChangedNode {
  @Field(() => ID, { description: "Its id." })
  id!: string;

  @Field(() => String, { description: "Company, Person, Investment, Role or Relation." })
  type!: string;
}

@ObjectType("IngestReport", { description: "What loading or withdrawing one article changed." })
export class IngestReport {
  @Field(() => ID, { description: "The article's id." })
  articleId!: string;

  @Field(() => IngestOutcome, { description: "What happened to the article itself." })
  outcome!: IngestOutcome;

  @Field(() => [ChangedNode], { description: "Facts and entities that did not exist before." })
  @HoldsAtMost(MAX_CHANGES)
  created!: ChangedNode[];

  @Field(() => [ChangedNode], { description: "Existing facts and entities whose sources or names this article changed." })
  @HoldsAtMost(MAX_CHANGES)
  updated!: ChangedNode[];

  @Field(() => [ChangedNode], { description: "What the article states, when its content had not changed (nothing was written)." })
  @HoldsAtMost(MAX_CHANGES)
  unchanged!: ChangedNode[];

  @Field(() => [ChangedNode], { description: "Facts and entities deleted because no article supports them any more." })
  @HoldsAtMost(MAX_CHANGES)
  removed!: ChangedNode[];
}
