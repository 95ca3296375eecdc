// An export's query parameters, read as the GraphQL API reads the same filters: each
// parameter is a field of the listing's `where` input type (InvestmentWhere, CompanyWhere,
// PersonWhere), coerced by graphql-js against that type (enums, PartialDate, numbers, lists)
// and then checked by the rules the type declares (@Check), so a value the connection
// refuses is refused here too, with a message naming the parameter.
import {
  coerceInputValue,
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from "graphql";
import { checkArgs } from "../common/checks.js";
import { badInput, ErrorCode } from "../errors.js";
import { CompanyWhere } from "../company/index.js";
import { InvestmentWhere } from "../investment/index.js";
import { PersonWhere } from "../person/index.js";

/** What can be exported: the three listings the dashboard's table shows. */
export const EXPORTS = {
  deals: { where: "InvestmentWhere", order: "InvestmentOrderField", checks: InvestmentWhere },
  companies: { where: "CompanyWhere", order: "CompanyOrderField", checks: CompanyWhere },
  people: { where: "PersonWhere", order: "PersonOrderField", checks: PersonWhere },
} as const;
export type ExportKind = keyof typeof EXPORTS;

/** Parameters that are not filters: the sort, and a signed link's expiry and signature (export-link.ts). */
export const ORDER_PARAMS = ["orderBy", "direction"] as const;
export const LINK_PARAMS = ["expires", "signature"] as const;

export interface ExportArgs {
  where: Record<string, unknown>;
  orderBy: { field: string; direction: "ASC" | "DESC" } | null;
}

/**
 * The filters and sort of an export from its query string. Filters are named as the fields
 * of the `where` input type; a list takes commas or a repeated parameter
 * (`kind=FUNDING_ROUND,ACQUISITION`); `orderBy` is a field of the order enum, `direction`
 * ASC or DESC (DESC by default, newest or largest first, as a table is read).
 * Throws a BAD_USER_INPUT GraphQLError whose `argument` is the parameter.
 *
 * @example exportArgs(schema, "deals", new URLSearchParams("kind=FUNDING_ROUND&minUsd=1e6&orderBy=AMOUNT_USD"))
 */
export function exportArgs(schema: GraphQLSchema, kind: ExportKind, query: URLSearchParams): ExportArgs {
  const spec = EXPORTS[kind];
  const whereType = schema.getType(spec.where) as GraphQLInputObjectType;
  const fields = whereType.getFields();
  const raw: Record<string, unknown> = {};
  for (const name of new Set(query.keys())) {
    if ((ORDER_PARAMS as readonly string[]).includes(name) || (LINK_PARAMS as readonly string[]).includes(name)) continue;
    const field = fields[name];
    if (!field) throw badInput(name, `is not a filter of this export; the filters are ${Object.keys(fields).join(", ")}, and orderBy, direction`);
    raw[name] = fromText(name, query.getAll(name), field.type);
  }
  const problems: string[] = [];
  const where = coerceInputValue(raw, whereType, (path, _value, error) => problems.push(`${pathText(path)}\u0000${error.message}`)) as Record<string, unknown>;
  if (problems.length) {
    const [argument, message] = problems[0]!.split("\u0000") as [string, string];
    throw badInput(argument, message.replace(/^Expected type "(\w+)"\. /, ""));
  }
  checkArgs(where, spec.checks);
  return { where, orderBy: orderOf(schema.getType(spec.order) as GraphQLEnumType, query) };
}

function orderOf(fields: GraphQLEnumType, query: URLSearchParams): ExportArgs["orderBy"] {
  const field = single("orderBy", query.getAll("orderBy"));
  const direction = single("direction", query.getAll("direction")) ?? "DESC";
  if (direction !== "ASC" && direction !== "DESC") throw badInput("direction", `${JSON.stringify(direction)} is not ASC or DESC`);
  if (field === undefined) return null;
  if (!fields.getValue(field)) throw badInput("orderBy", `${JSON.stringify(field)} is not one of ${fields.getValues().map((v) => v.name).join(", ")}`);
  return { field, direction };
}

function single(name: string, values: string[]): string | undefined {
  if (values.length > 1) throw badInput(name, "is given more than once");
  return values[0];
}

/**
 * A parameter's text as the JSON value a GraphQL variable would hold, by the field's type:
 * numbers and booleans parsed, a list split at commas; enums and other scalars stay text,
 * for coerceInputValue to check.
 */
function fromText(name: string, values: string[], type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return values.flatMap((v) => v.split(",")).map((v) => scalarFromText(name, v.trim(), getNamedType(inner.ofType as GraphQLInputType)));
  return scalarFromText(name, single(name, values)!, getNamedType(inner as GraphQLInputType));
}

function scalarFromText(name: string, text: string, type: GraphQLNamedType): unknown {
  if (isEnumType(type) || isInputObjectType(type)) return text;
  switch (type.name) {
    case "Float":
    case "Int": {
      const n = Number(text);
      if (text === "" || !Number.isFinite(n)) throw badInput(name, `${JSON.stringify(text)} is not a number`);
      return n;
    }
    case "Boolean":
      if (text !== "true" && text !== "false") throw badInput(name, `${JSON.stringify(text)} is not true or false`);
      return text === "true";
    default:
      return text;
  }
}

/** ["kind", 0] -> "kind[0]". */
function pathText(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
}

/** Whether `error` is an argument error of exportArgs (answered 400), not a failure. */
export function isParameterError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions.code === ErrorCode.BAD_USER_INPUT;
}
