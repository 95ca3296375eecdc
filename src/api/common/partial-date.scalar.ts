// The PartialDate scalar ("2025", "2025-06", "2025-06-13"), and the validation rule that
// lets its errors name the argument they come from.
import {
  type ASTVisitor,
  GraphQLError,
  GraphQLScalarType,
  Kind,
  type ValueNode,
  type ValidationContext,
} from "graphql";
import { ErrorCode } from "../errors.js";
import { isPartialDate } from "../../ingest/model.js";

const FORMAT = "a partial date: YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day";

export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: "PartialDate",
  description:
    'A date known to the year, the month or the day: "2025", "2025-06" or "2025-06-13". ' +
    "ISO order, so comparing two of them as strings compares the dates.",
  serialize(value) {
    if (typeof value !== "string") throw new TypeError(`PartialDate cannot represent ${JSON.stringify(value)}`);
    return value;
  },
  parseValue(value) {
    return check(value, undefined);
  },
  parseLiteral(node) {
    if (node.kind !== Kind.STRING) {
      throw invalid(argumentPaths.get(node), `expected ${FORMAT} as a string`, node);
    }
    return check(node.value, node);
  },
});

function check(value: unknown, node: ValueNode | undefined): string {
  if (typeof value === "string" && isPartialDate(value)) return value;
  throw invalid(node && argumentPaths.get(node), `${JSON.stringify(value)} is not ${FORMAT}`, node);
}

function invalid(argument: string | undefined, message: string, node: ValueNode | undefined): GraphQLError {
  return new GraphQLError(argument ? `${argument}: ${message}` : message, {
    nodes: node,
    extensions: argument ? { code: ErrorCode.BAD_USER_INPUT, argument } : { code: ErrorCode.BAD_USER_INPUT },
  });
}

/**
 * Where each literal value of a query sits, as an argument path ("where.announcedFrom").
 *
 * graphql-js hands a scalar's parseLiteral the value node alone, so a scalar cannot say
 * which argument was wrong. This validation rule runs in the same pass as graphql's own
 * ValuesOfCorrectTypeRule and reaches an Argument node before that rule reaches the
 * values inside it; it records their paths here for parseLiteral to read. Keyed by the
 * AST node objects themselves, so entries die with the request's document.
 * (Variables need none of this: graphql names the variable and the path within it.)
 */
const argumentPaths = new WeakMap<ValueNode, string>();

export function recordArgumentPaths(_context: ValidationContext): ASTVisitor {
  return {
    Argument(node) {
      const walk = (value: ValueNode, path: string) => {
        argumentPaths.set(value, path);
        if (value.kind === Kind.OBJECT) for (const f of value.fields) walk(f.value, `${path}.${f.name.value}`);
        if (value.kind === Kind.LIST) value.values.forEach((v, i) => walk(v, `${path}[${i}]`));
      };
      walk(node.value, node.name.value);
    },
  };
}
