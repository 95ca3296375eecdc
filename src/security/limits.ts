// Operation limits, after the OWASP GraphQL Cheat Sheet: depth, aliases and directives
// (GraphQL Armor's validation rules), tokens (graphql's parser), and a cost in which
// every list counts as many times as it may return rows (graphql-query-complexity), with
// `first` within 0..100. All are checked before anything runs, and answered with
// BAD_USER_INPUT and `extensions.limit` naming the limit; the limit's value is only told
// outside production.
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  isLeafType,
  isListType,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from "graphql-query-complexity";
import type { Config } from "../config.js";
import { ErrorCode } from "../errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from "../modules/common/pagination.js";

export type LimitName = "depth" | "aliases" | "directives" | "tokens" | "cost";

export interface OperationLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
  /** How many rows a list without `first` is assumed to return (a deal's investors, a company's roles). */
  listSize: number;
  /** Whether messages may state the limits (not in production). */
  expose: boolean;
}

/** How many rows a plain list field is counted for: lists bounded by nature (a deal's investors, its sources) stay short. */
export const ASSUMED_LIST_SIZE = 5;

export function operationLimits(config: Config): OperationLimits {
  return {
    depth: config.GRAPHQL_MAX_DEPTH,
    aliases: config.GRAPHQL_MAX_ALIASES,
    directives: config.GRAPHQL_MAX_DIRECTIVES,
    tokens: config.GRAPHQL_MAX_TOKENS,
    cost: config.GRAPHQL_MAX_COST,
    listSize: ASSUMED_LIST_SIZE,
    expose: config.NODE_ENV !== "production",
  };
}

const ADVICE: Record<LimitName, string> = {
  depth: "The query nests fields too deeply.",
  aliases: "The query uses too many aliases.",
  directives: "The query uses too many directives.",
  tokens: "The query is too long.",
  cost: "The query asks for too much at once: ask for fewer rows (`first`) or fewer nested lists.",
};

/** The error for an operation over a limit; `found` and `max` are told only when `expose`. */
export function limitError(limit: LimitName, expose: boolean, found?: number, max?: number): GraphQLError {
  const detail = expose && found !== undefined && max !== undefined ? ` It has ${found}; the limit is ${max}.` : "";
  return new GraphQLError(`${ADVICE[limit]}${detail}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, limit, http: { status: 400 } },
  });
}

/**
 * GraphQL Armor's depth, alias and directive rules, reporting our own errors. (Armor's
 * token limit and cost rule are not used: graphql's parser stops at the token limit
 * itself, and the cost here weighs lists by `first`, which Armor's does not.)
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  const report =
    (limit: LimitName, max: number) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      // Armor's message: "Syntax Error: Query depth limit of 10 exceeded, found 12."
      const found = /found (\d+)/.exec(error.message);
      context?.reportError(limitError(limit, limits.expose, found ? Number(found[1]) : undefined, max));
    };
  const rule = (limit: LimitName, n: number) => ({ n, exposeLimits: true, propagateOnRejection: false, onReject: [report(limit, n)] });
  const armor = new ApolloArmor({
    maxDepth: rule("depth", limits.depth),
    maxAliases: rule("aliases", limits.aliases),
    maxDirectives: rule("directives", limits.directives),
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/**
 * The cost of a field: 1 for each object it returns (leaves are free), times the rows it
 * may return: `first` for a connection or any field taking `first` (the connection's
 * `edges` are then counted once), ASSUMED_LIST_SIZE for another list. So
 * `companies(first: 100) { edges { node { investors { name } } } }` costs about
 * 100 × (3 + 5), roughly the objects it can return. Introspection is free (and off in
 * production).
 */
function costEstimator(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
    const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
    let rows = 1;
    if (field.args.some((a) => a.name === "first")) rows = Math.max(0, Math.min(Number(args.first ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE));
    else if (isListType(getNullableType(field.type)) && !isConnectionPage(type.name, field.name)) rows = listSize;
    return rows * (own + childComplexity);
  };
}

/** A connection's `edges` (or `nodes`): the field that took `first` already counts their rows. */
function isConnectionPage(typeName: string, fieldName: string): boolean {
  return typeName.endsWith("Connection") && (fieldName === "edges" || fieldName === "nodes");
}

/** Not a cost: records each `first` outside 0..100, with the error pageSize gives it. */
function pageSizeGuard(problems: GraphQLError[]): ComplexityEstimator {
  return ({ field, args }) => {
    if (!field.args.some((a) => a.name === "first") || args.first === undefined) return undefined;
    try {
      pageSize(args.first as number | null);
    } catch (error) {
      problems.push(error as GraphQLError);
    }
    return undefined;
  };
}

/**
 * Throws BAD_USER_INPUT (HTTP 400) when the operation's cost passes the limit, or when a
 * `first` is out of range. Variables that do not fit their types are left to execution,
 * which reports them as it always does.
 */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  if ("errors" in getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {})) return 0;
  const problems: GraphQLError[] = [];
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [pageSizeGuard(problems), fieldExtensionsEstimator(), costEstimator(limits.listSize)],
    });
  } catch (error) {
    // Too many fields to even weigh (fragments spread many times over).
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) throw limitError("cost", limits.expose);
    throw error;
  }
  if (problems.length) {
    const [first] = problems;
    throw new GraphQLError(first!.message, { extensions: { ...first!.extensions, http: { status: 400 } } });
  }
  if (cost > limits.cost) throw limitError("cost", limits.expose, cost, limits.cost);
  return cost;
}
