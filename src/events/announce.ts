// Announcing what loads changed, on the event bus. The Apollo plugin announces every
// Mutation field that answers an IngestReport (ingestArticle, removeArticle, any later
// one) once its resolver has returned, i.e. once its transaction is committed; the
// mutations themselves know nothing of subscriptions. `announceLoads` does the same for
// the articles `npm run seed` wrote, so that, through REDIS_URL, they reach the live
// dashboards of every API instance.
import type { ApolloServerPlugin } from "@apollo/server";
import { getNamedType } from "graphql";
import type { Logger } from "../log.js";
import type { ArticleWriteResult } from "../ingest/write.js";
import type { EventBus } from "./bus.js";
import { changeFromReport, type ReportLike } from "./change.js";

/** The GraphQL type whose results are announced. */
const REPORT_TYPE = "IngestReport";

export function announceChanges(bus: EventBus, log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        // Queries never change anything: only mutations pay for watching their fields.
        async executionDidStart({ operation }) {
          if (operation?.operation !== "mutation") return;
          return {
            willResolveField({ info }) {
              if (info.parentType.name !== "Mutation" || getNamedType(info.returnType).name !== REPORT_TYPE) return;
              return (error, result) => {
                if (error || !result) return;
                const change = changeFromReport(result as ReportLike);
                if (!change) return;
                log.debug({ articleId: change.articleId, outcome: change.outcome }, "announcing a graph change");
                void bus.publish(change);
              };
            },
          };
        },
      };
    },
  };
}

/** Announces each article a load wrote (not those it left unchanged); resolves once all are published. */
export async function announceLoads(bus: EventBus, results: readonly ArticleWriteResult[]): Promise<number> {
  let announced = 0;
  for (const result of results) {
    const change = changeFromReport({ ...result, articleId: result.id, outcome: result.outcome.toUpperCase() });
    if (!change) continue;
    await bus.publish(change);
    announced++;
  }
  return announced;
}
