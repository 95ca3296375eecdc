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
  type GraphQLField,
  type GraphQLSchema,
  isLeafType,
  isListType,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from "graphql-query-complexity";
import type { Config } from "../../config.js";
import { ErrorCode } from "../errors.js";
import { checkFirst, LIST_EXTENSION, type ListBound, type ListExtension, PAGE_BOUND, LIST_BOUND } from "../common/list-bound.js";

export type LimitName = "depth" | "aliases" | "directives" | "tokens" | "cost";

export interface OperationLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
  /** Whether messages may state the limits (not in production). */
  expose: boolean;
}

/**
 * Rows counted for a list that declares no bound. tests/unit/list-bounds.test.ts keeps the
 * schema free of such lists; should one slip in, it is counted as a long one.
 */
const UNDECLARED_LIST_ROWS = LIST_BOUND.max;

export function operationLimits(config: Config): OperationLimits {
  return {
    depth: config.GRAPHQL_MAX_DEPTH,
    aliases: config.GRAPHQL_MAX_ALIASES,
    directives: config.GRAPHQL_MAX_DIRECTIVES,
    tokens: config.GRAPHQL_MAX_TOKENS,
    cost: config.GRAPHQL_MAX_COST,
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
  // A fragment (spread or inline) is no level of nesting: only the fields in it are.
  const depthRule = { ...rule("depth", limits.depth), flattenFragments: true };
  const armor = new ApolloArmor({
    maxDepth: depthRule,
    maxAliases: rule("aliases", limits.aliases),
    maxDirectives: rule("directives", limits.directives),
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/** What a field declares of its list (see list-bound.ts). */
function listExtension(field: GraphQLField<unknown, unknown>): ListExtension | undefined {
  return field.extensions?.[LIST_EXTENSION] as ListExtension | undefined;
}

/** The `first` bound of a field that takes `first`: its own, or a connection's. */
export function firstBound(field: GraphQLField<unknown, unknown>): ListBound | undefined {
  if (!field.args.some((a) => a.name === "first")) return undefined;
  return listExtension(field)?.first ?? PAGE_BOUND;
}

/**
 * The cost of a field: 1 for each object it returns (leaves are free), times the most rows
 * it can return: its `first` (the default when absent) for a field taking `first`, whose
 * connection `edges` are then counted once; the declared size of any other list (see
 * list-bound.ts). The server never returns more than these, so the cost is an upper bound
 * of the objects in the answer: `companies(first: 100) { edges { node { investors { name } } } }`
 * costs 100 × (1 + 1 + 1 + 100). A field may state its own cost with type-graphql's
 * `complexity` option (the deal graph does), which is used instead. Introspection is free
 * (and off in production).
 */
function costEstimator(): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
    const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
    let rows = 1;
    const bound = firstBound(field);
    if (bound) rows = Math.max(0, Math.min(Number(args.first ?? bound.default), bound.max));
    else if (isListType(getNullableType(field.type)) && !isConnectionPage(type.name, field.name)) {
      const items = listExtension(field)?.items;
      rows = items === "parent" ? 1 : (items ?? UNDECLARED_LIST_ROWS);
    }
    return rows * (own + childComplexity);
  };
}

/** A connection's `edges` (or `nodes`): the field that took `first` already counts their rows. */
function isConnectionPage(typeName: string, fieldName: string): boolean {
  return typeName.endsWith("Connection") && (fieldName === "edges" || fieldName === "nodes");
}

/** Not a cost: records each `first` outside its field's bound, with the error the field's resolver would give. */
function firstGuard(problems: GraphQLError[]): ComplexityEstimator {
  return ({ field, args }) => {
    const bound = firstBound(field);
    if (!bound || args.first === undefined) return undefined;
    try {
      checkFirst(args.first as number | null, bound, field.args.some((a) => a.name === "after"));
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
      estimators: [firstGuard(problems), fieldExtensionsEstimator(), costEstimator()],
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
