// Live updates: the graphChanged subscription, over WebSocket (graphql-ws, src/events/websocket.ts).
// Changes come from the connection's event bus (src/events/bus.ts), not from type-graphql's
// global pubSub, so that each server (and each test server) has its own.
import { Args, Resolver, Root, Subscription } from "type-graphql";
import { badInput } from "../../errors.js";
import type { EventBus } from "../../events/bus.js";
import { type GraphChange as Change, touches } from "../../events/change.js";
import { checkId } from "../common/arguments.js";
import { GraphChangedArgs, MAX_TOUCHING } from "./events.args.js";
import { GraphChange } from "./events.type.js";

/** What a subscription's resolvers get: the bus of the server the client is connected to. */
export interface SubscriptionContext {
  events: EventBus;
}

/** The changes of `source` that touch `ids`, ending when the subscription does. */
async function* only(source: AsyncIterableIterator<Change>, ids: string[] | undefined): AsyncGenerator<Change> {
  try {
    for await (const change of source) if (touches(change, ids)) yield change;
  } finally {
    await source.return?.();
  }
}

@Resolver(() => GraphChange)
export class EventsResolver {
  @Subscription(() => GraphChange, {
    description:
      "Articles loaded (ingestArticle) or withdrawn (removeArticle), each with the facts and " +
      "entities it changed, as they are committed. Over WebSocket (graphql-ws protocol) at /graphql; with QUERY_ACCESS=token, " +
      "send `{ authorization: \"Bearer <token>\" }` as the connection parameters. Instances sharing a Redis (REDIS_URL) all announce every change.",
    subscribe: ({ args, context }) => {
      const { touching } = args as GraphChangedArgs;
      if (touching && touching.length > MAX_TOUCHING) throw badInput("touching", `at most ${MAX_TOUCHING} ids`);
      const ids = touching?.map((id, i) => checkId(id, `touching[${i}]`)) ?? undefined;
      return only((context as SubscriptionContext).events.subscribe(), ids);
    },
  })
  graphChanged(@Root() change: Change, @Args(() => GraphChangedArgs) _args: GraphChangedArgs): Change {
    return change;
  }
}

/**
 * What type-graphql is given as its pubSub: it insists on one as soon as there is a
 * subscription, but ours take their changes from the connection's bus (see above), so no
 * topic-based subscription may use it.
 */
export const noTopicPubSub = {
  publish(): void {
    throw new Error("Topics are not used: publish on the server's EventBus (src/events/bus.ts)");
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error("Topics are not used: subscriptions read the connection's EventBus (src/events/bus.ts)");
  },
};
