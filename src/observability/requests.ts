// One log line and the metrics of each GraphQL request: operation, duration, database
// time and round trips, error codes. Internal errors are logged here, with the request
// id, which is also added to the masked INTERNAL_SERVER_ERROR the client gets, so that
// a user's report leads to the log line.
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { DealgraphContext } from "../api/context.js";
import { ErrorCode, isClientError } from "../api/errors.js";
import type { Metrics } from "./metrics.js";

export function requestObserver(metrics: Metrics): ApolloServerPlugin<DealgraphContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let type = "unknown";
      return {
        async didResolveOperation({ operation }) {
          type = operation?.operation ?? "unknown";
        },

        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, "internal error in a GraphQL request");
          }
        },

        async willSendResponse({ response, contextValue, operationName }) {
          const body = response.body;
          let errors: readonly GraphQLFormattedError[] = [];
          if (body.kind === "single" && body.singleResult.errors) {
            errors = body.singleResult.errors.map((e) =>
              e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } } : e,
            );
            body.singleResult.errors = errors;
          }
          const seconds = (performance.now() - started) / 1000;
          const operation = metrics.operationLabel(operationName);
          const codes = errors.map((e) => String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
          const { db } = contextValue;
          metrics.requests.inc({ operation, type, outcome: codes.length ? "error" : "ok" });
          metrics.requestDuration.observe({ operation, type }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          metrics.dbRoundTrips.inc(db.roundTrips);
          metrics.dbRoundTripsPerRequest.observe(db.roundTrips);
          contextValue.log.info(
            {
              operation: operationName ?? null,
              type,
              status: response.http.status ?? 200,
              durationMs: Math.round(seconds * 1000 * 10) / 10,
              dbMs: Math.round(db.timeMs * 10) / 10,
              dbRoundTrips: db.roundTrips,
              ...(codes.length ? { errors: codes } : {}),
            },
            "graphql request",
          );
        },
      };
    },
  };
}
