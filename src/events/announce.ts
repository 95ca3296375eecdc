// The Apollo plugin that announces what mutations changed. Every Mutation field that
// answers an IngestReport (ingestArticle, removeArticle, any later one) is announced on
// the event bus once its resolver has returned, i.e. once its transaction is committed;
// the mutations themselves know nothing of subscriptions.
import type { ApolloServerPlugin } from "@apollo/server";
import { getNamedType } from "graphql";
import type { Logger } from "../log.js";
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
