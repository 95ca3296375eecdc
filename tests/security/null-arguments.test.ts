// An explicit null for an argument that has a default (`companies(first: null)`,
// `dealGraph(depth: null)`), as a literal and as a variable. GraphQL passes the null on
// instead of the default; the API must then use the default or refuse with
// BAD_USER_INPUT naming the argument, never fail inside (INTERNAL_SERVER_ERROR).
//
// The arguments come from the schema: every field reachable from Query, every argument
// (and input-object field) that is nullable and has a default. A new one is covered as
// soon as it exists.
import {
  astFromValue,
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  print,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrations.js";
import { buildDealgraphSchema } from "../../src/api/schema.js";
import { EDITORS_ONLY } from "../../src/api/security/index.js";
import { closeTestDriver, resetDatabase, testDriver } from "../helpers/db.js";
import { SMALL_GRAPH, writeGraph } from "../helpers/graph-fixtures.js";
import { codes, type HttpApi, type HttpResponse, startHttpApi } from "../helpers/http.js";

const schema = buildDealgraphSchema();
let api: HttpApi;

beforeAll(async () => {
  await applyMigrations(testDriver());
  await resetDatabase();
  await writeGraph(testDriver(), {
    ...SMALL_GRAPH,
    roles: [{ person: "jane-doe", company: "acme", title: "CEO", sources: [{ article: "wire", evidence: "CEO" }] }],
    // A relation, so that the arguments of its fields (sources(first:)) are reached too.
    relations: [{ type: "COMPETES_WITH", from: "acme", to: "beta", sources: [{ article: "wire", evidence: "rivals" }] }],
  });
  api = await startHttpApi(testDriver());
});
afterAll(async () => {
  await api?.stop();
  await closeTestDriver();
});

// Required arguments get values that find data, so that the field under test really runs.
const REQUIRED: Record<string, unknown> = { from: "acme", to: "beta", ids: ["acme"], text: "acme", id: "acme" };

function plausible(name: string, type: GraphQLInputType): unknown {
  if (name in REQUIRED) return REQUIRED[name];
  const inner = getNullableType(type);
  if (isListType(inner)) return [plausible(name, inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, plausible(f.name, f.type)]));
  }
  if (isScalarType(inner)) return ({ Int: 1, Float: 1, Boolean: true, PartialDate: "2025" } as Record<string, unknown>)[inner.name] ?? "acme";
  return null;
}

const literal = (value: unknown, type: GraphQLInputType) => print(astFromValue(value, type)!);

/** A selection of `type`'s fields without arguments, `depth` levels down. */
function selection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return "";
  if (isAbstractType(type)) return "{ __typename }";
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter((f) => f.args.length === 0);
  const parts = fields.flatMap((f) => {
    const named = getNamedType(f.type);
    if (isLeafType(named)) return [f.name];
    return depth > 1 ? [`${f.name} ${selection(named, depth - 1)}`] : [];
  });
  return `{ __typename ${parts.join(" ")} }`;
}

/**
 * How to reach each object type from Query: from a listing (a connection: companies,
 * people, ...), then through fields whose arguments are all optional (lists) or that have
 * none, so that the path holds rows. Lookups by id or name are not taken: without
 * arguments they find nothing. The test checks that each route does reach rows.
 */
// Queries only editors may send (the review inbox's drafts, tests/integration/drafts.test.ts):
// this API runs without tokens, so the walk leaves them out.
const editorsOnly = (field: { extensions?: Record<string, unknown> | null }) => field.extensions?.[EDITORS_ONLY] === true;

function routes(): Map<string, (inner: string) => string> {
  const found = new Map<string, (inner: string) => string>([["Query", (inner) => inner]]);
  const queue: GraphQLObjectType[] = [schema.getQueryType()!];
  while (queue.length) {
    const parent = queue.shift()!;
    const wrap = found.get(parent.name)!;
    for (const field of Object.values(parent.getFields())) {
      if (field.args.some((a) => isNonNullType(a.type))) continue;
      if (parent === schema.getQueryType() && editorsOnly(field)) continue;
      const connection = getNamedType(field.type).name.endsWith("Connection");
      // From Query, only the listings (companies, people, ...): they hold rows, where
      // other lists (executiveMoves) may be empty and leave the fields below unrun.
      if (parent === schema.getQueryType() && !connection) continue;
      const many = isListType(getNullableType(field.type)) || connection;
      if (field.args.length && !many) continue;
      const named = getNamedType(field.type);
      const targets = isAbstractType(named) ? schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
      for (const target of targets) {
        if (found.has(target.name)) continue;
        const abstract = isAbstractType(named);
        found.set(target.name, (inner) => wrap(`${field.name} { ${abstract ? `... on ${target.name} { ${inner} }` : inner} }`));
        queue.push(target);
      }
    }
  }
  return found;
}

interface Case {
  /** "Type.field(argument)" or "Type.field(argument.inputField)". */
  name: string;
  /** The field under test. */
  field: string;
  /** The argument's name, as the error should name it (the path for an input field). */
  argument: string;
  /** The query with the argument absent, with it null as a literal, and with it null through a variable. */
  absent: { query: string; variables: Record<string, unknown> };
  nullLiteral: { query: string; variables: Record<string, unknown> };
  nullVariable: { query: string; variables: Record<string, unknown> };
}

const nullableWithDefault = (a: { type: GraphQLInputType; defaultValue: unknown }) => !isNonNullType(a.type) && a.defaultValue !== undefined;

function cases(): Case[] {
  const out: Case[] = [];
  for (const [typeName, wrap] of routes()) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      if (type === schema.getQueryType() && editorsOnly(field)) continue;
      const required = field.args.filter((a) => isNonNullType(a.type));
      const pick = (extra: GraphQLArgument | undefined, value: string) => {
        const args = required.filter((a) => a !== extra).map((a) => `${a.name}: ${literal(plausible(a.name, a.type), a.type)}`);
        if (extra) args.push(`${extra.name}: ${value}`);
        return args.length ? `(${args.join(", ")})` : "";
      };
      const build = (args: string, defs = "") => `query NullArgument${defs} { ${wrap(`${field.name}${args} ${selection(getNamedType(field.type), 2)}`)} }`;
      for (const arg of field.args) {
        if (nullableWithDefault(arg)) {
          out.push({
            name: `${typeName}.${field.name}(${arg.name})`,
            field: field.name,
            argument: arg.name,
            absent: { query: build(pick(undefined, "")), variables: {} },
            nullLiteral: { query: build(pick(arg, "null")), variables: {} },
            nullVariable: { query: build(pick(arg, "$v"), `($v: ${arg.type.toString()})`), variables: { v: null } },
          });
        }
        // Input-object fields with a default, one level down: `where: { x: null }`.
        const input = getNullableType(arg.type);
        if (!isInputObjectType(input)) continue;
        for (const inner of Object.values(input.getFields())) {
          if (!nullableWithDefault(inner)) continue;
          const base = plausible(arg.name, arg.type) as Record<string, unknown>;
          const rest = Object.entries(base).map(([k, v]) => `${k}: ${literal(v, input.getFields()[k]!.type)}`);
          out.push({
            name: `${typeName}.${field.name}(${arg.name}.${inner.name})`,
            field: field.name,
            argument: `${arg.name}.${inner.name}`,
            absent: { query: build(pick(arg, `{ ${rest.join(", ")} }`)), variables: {} },
            nullLiteral: { query: build(pick(arg, `{ ${[...rest, `${inner.name}: null`].join(", ")} }`)), variables: {} },
            nullVariable: {
              query: build(pick(arg, `{ ${[...rest, `${inner.name}: $v`].join(", ")} }`), `($v: ${inner.type.toString()})`),
              variables: { v: null },
            },
          });
        }
      }
    }
  }
  return out;
}

/** Whether `key` holds a value (not null) somewhere in `data`: the field ran on a row. */
function reached(data: unknown, key: string): boolean {
  if (Array.isArray(data)) return data.some((d) => reached(d, key));
  if (data === null || typeof data !== "object") return false;
  return Object.entries(data).some(([k, v]) => (k === key && v !== null) || reached(v, key));
}

/** A null answered either as the default would be, or refused naming the argument. */
function check(name: string, argument: string, response: HttpResponse, absent: HttpResponse): void {
  const label = `${name}: ${response.status} ${response.text.slice(0, 400)}`;
  expect(response.status, label).toBeLessThan(500);
  const found = codes(response);
  if (found.length === 0) {
    expect(response.body, `${name}: null answers as the default does`).toEqual(absent.body);
    return;
  }
  expect(found.every((c) => c === "BAD_USER_INPUT"), label).toBe(true);
  for (const error of response.body.errors) {
    expect(String(error.extensions?.argument ?? "") + error.message, label).toContain(argument.split(".").at(-1));
  }
}

describe("an explicit null for an argument with a default", () => {
  const all = cases();

  it("is found in the schema (the walk reaches the arguments with defaults)", () => {
    const names = all.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Query.companies(first)", "Query.dealGraph(depth)", "Company.investmentsConnection(side)"]));
    expect(all.length).toBeGreaterThanOrEqual(20);
    // Mutations and subscriptions are not walked: they should not grow such arguments unnoticed.
    for (const root of [schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        expect(field.args.filter(nullableWithDefault).map((a) => `${root!.name}.${field.name}(${a.name})`)).toEqual([]);
      }
    }
  });

  it.each(all.map((c) => [c.name, c] as const))("%s: uses the default or is refused naming the argument", async (name, c) => {
    const absent = await api.post(c.absent.query, c.absent.variables);
    expect(codes(absent), `${name} without the argument: ${absent.text.slice(0, 400)}`).toEqual([]);
    expect(reached(absent.body.data, c.field), `${name}: the route reaches rows where the field runs: ${c.absent.query}`).toBe(true);
    check(name, c.argument, await api.post(c.nullLiteral.query, c.nullLiteral.variables), absent);
    check(name, c.argument, await api.post(c.nullVariable.query, c.nullVariable.variables), absent);
  });
});
