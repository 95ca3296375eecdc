// What ingestArticle and removeArticle answer: what changed in the graph.
import { DEFAULT_ARTICLE_LIMITS } from "../../ingest/limits.js";
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
 * The most entries a report's list can hold, for the cost estimate: what one article
 * states or alone supported, its entities and facts within the default per-article caps
 * (src/ingest/limits.ts), and the article itself. Raising those caps raises what a report
 * may hold beyond this count; only editors send articles.
 */
export const MAX_CHANGES = DEFAULT_ARTICLE_LIMITS.maxEntities + DEFAULT_ARTICLE_LIMITS.maxFacts + 1;

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
