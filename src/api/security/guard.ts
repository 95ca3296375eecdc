// The Apollo plugin that decides, once an operation is known and before anything runs,
// whether it may run: who is asking (access.ts), then what it would cost (limits.ts).
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { requireAccess } from "./access.js";
import type { DealgraphContext } from "../context.js";
import { ErrorCode, withHttpStatus } from "../errors.js";
import { checkOperationCost, type OperationLimits } from "./limits.js";

/**
 * Mutations need an editor token and queries whatever QUERY_ACCESS asks, whatever the
 * resolvers themselves check (a new mutation is protected even if its resolver forgets);
 * then the cost and `first` limits. Refusals are HTTP 401, 403 or 400.
 */
export function operationGuard(limits: OperationLimits): ApolloServerPlugin<DealgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request, schema }) {
          if (!operation) return;
          // Over HTTP a subscription would run as a one-off query of the event bus, which
          // never answers; it is not a mutation either (whose token it would then be asked).
          if (operation.operation === "subscription") {
            throw withHttpStatus(
              new GraphQLError("Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP.", {
                extensions: { code: ApolloServerErrorCode.BAD_REQUEST },
              }),
              400,
            );
          }
          try {
            requireAccess(contextValue, operation.operation === "query" ? "read" : "write");
          } catch (error) {
            const code = (error as GraphQLError).extensions?.code;
            throw withHttpStatus(error as GraphQLError, code === ErrorCode.UNAUTHENTICATED ? 401 : 403);
          }
          checkOperationCost(schema, document, request.operationName, request.variables, limits);
        },
      };
    },
  };
}
