// Live updates: the graphChanged subscription, over WebSocket (graphql-ws, src/api/server/websocket.ts).
// Changes come from the connection's event bus (src/events/bus.ts), not from type-graphql's
// global pubSub, so that each server (and each test server) has its own.
import { Args, Resolver, Root, Subscription } from "type-graphql";
import type { SubscriptionContext } from "./events.type.js";
import { type GraphChange as Change, touches } from "../../events/change.js";
import { checkArgs } from "../common/checks.js";
import { GraphChangedArgs } from "./events.args.js";
import { GraphChange } from "./events.type.js";


/**
 * The changes of `source` that touch `ids`, ending when the subscription does.
 *
 * Not an async generator: a generator waiting for the next change cannot be returned
 * until one arrives (its return() waits for the next yield), so a subscription that a
 * client completed, or whose socket closed, would stay attached to the bus until a change
 * touching it came, perhaps never. Here return() detaches the source at once, which also
 * ends a pending next().
 */
function only(source: AsyncIterableIterator<Change>, ids: string[] | undefined): AsyncIterableIterator<Change> {
  return {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || touches(result.value, ids)) return result;
      }
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

@Resolver(() => GraphChange)
export class EventsResolver {
  @Subscription(() => GraphChange, {
    description:
      "Articles loaded (ingestArticle) or withdrawn (removeArticle), each with the facts and " +
      "entities it changed, as they are committed. Over WebSocket (graphql-ws protocol) at /graphql; with QUERY_ACCESS=token, " +
      "send `{ authorization: \"Bearer <token>\" }` as the connection parameters. Instances sharing a Redis (REDIS_URL) all announce every change.",
    subscribe: ({ args, context }) => {
      // type-graphql checks the arguments of resolvers, not of a `subscribe` of our own: ask for the same rules.
      checkArgs(args, GraphChangedArgs);
      const { touching } = args as GraphChangedArgs;
      return only((context as SubscriptionContext).events.subscribe(), touching ?? undefined);
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
