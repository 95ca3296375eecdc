// What the graphChanged subscription sends: one article's ingest or withdrawal, and the
// facts and entities it created, updated or removed.
import type { EventBus } from "../../events/bus.js";
import { HoldsAtMost } from "../common/list-bound.js";
import { Field, ID, ObjectType } from "type-graphql";
import { ChangedNode, IngestOutcome, MAX_CHANGES } from "../ingest/index.js";

@ObjectType("GraphChange", {
  description:
    "What loading or withdrawing one article changed in the graph, sent once the change is committed. " +
    "Ask the queries (e.g. `dealGraph`, `node`) for the new state of what it names.",
})
export class GraphChange {
  @Field(() => ID, { description: "Unique id of this announcement." })
  id!: string;

  @Field(() => String, { description: "When the change was committed (ISO 8601, UTC), e.g. 2025-06-13T09:30:00.000Z." })
  at!: string;

  @Field(() => ID, { description: "The article loaded or withdrawn." })
  articleId!: string;

  @Field(() => IngestOutcome, { description: "CREATED, UPDATED or REMOVED (an article sent again unchanged changes nothing and is not announced)." })
  outcome!: IngestOutcome;

  @Field(() => [ChangedNode], { description: "Facts and entities that did not exist before." })
  @HoldsAtMost(MAX_CHANGES)
  created!: ChangedNode[];

  @Field(() => [ChangedNode], { description: "Existing facts and entities the article now sources or mentions, or no longer does." })
  @HoldsAtMost(MAX_CHANGES)
  updated!: ChangedNode[];

  @Field(() => [ChangedNode], { description: "Facts and entities deleted because no article supports them any more." })
  @HoldsAtMost(MAX_CHANGES)
  removed!: ChangedNode[];
}

/** What a subscription's resolvers get: the bus of the server the client is connected to. */
export interface SubscriptionContext {
  events: EventBus;
}
