// Argument checks are declared once, on the argument and input types (@Check, @CheckArgs,
// FirstArg, IdArg: src/api/common/checks.ts), and type-graphql runs them before the
// resolver: here every field is resolved with a context that fails when read, so a
// resolver that ran would fail with that error instead of the BAD_USER_INPUT expected.
// Over HTTP the operation guard refuses a bad `first` even earlier (limits.ts); these
// call the fields' resolvers directly, so only the declared checks stand in the way.
//
// Verified to fail without the declarations: with @Check(idRule) taken off
// InvestmentWhere.targetId and @Check(firstWithin(PAGE_BOUND, true)) off PageArgs.first,
// "every ID argument" failed on Company.investmentsConnection(where.targetId), "every
// `first`" on the first connection it tried, and the plain-object case on `first` (the
// resolvers ran and read the context); the range and lookup case, whose rules stayed, passed.
import "reflect-metadata";
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  isInputObjectType,
  isListType,
  isObjectType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { checkArgs } from "../../src/api/common/checks.js";
import { InvestmentsArgs } from "../../src/api/investment/investment.args.js";
import { buildDealgraphSchema } from "../../src/api/schema.js";
import { firstBound } from "../../src/api/security/limits.js";

const schema = buildDealgraphSchema();

// Any read of the context (loaders, db, config) means the resolver ran.
const untouchable = new Proxy(
  {},
  {
    get(_, key) {
      throw new Error(`the resolver ran: it read context.${String(key)}`);
    },
  },
);

interface Field {
  name: string;
  field: GraphQLField<unknown, unknown>;
}

function fields(): Field[] {
  return Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith("__"))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => field.resolve)
        .map((field) => ({ name: `${type.name}.${field.name}`, field })),
    );
}

/** The error the field's resolver gives for `args`, run with a context it must not read. */
async function refusal(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): Promise<unknown> {
  try {
    await field.resolve!({ id: "acme" }, args, untouchable, {} as GraphQLResolveInfo);
  } catch (error) {
    return error;
  }
  return new Error("not refused");
}

function expectRefused(error: unknown, argument: string, message?: string, label = argument): void {
  expect(error, `${label}: ${String(error)}`).toBeInstanceOf(GraphQLError);
  const e = error as GraphQLError;
  expect(e.extensions).toEqual({ code: "BAD_USER_INPUT", argument });
  expect(e.message.startsWith(`${argument}: `), e.message).toBe(true);
  if (message) expect(e.message).toBe(`${argument}: ${message}`);
}

const isId = (arg: { type: GraphQLArgument["type"] }) => getNamedType(arg.type).name === "ID";
const BAD_ID = "Not An Id";
const badIdOf = (type: GraphQLArgument["type"]) => (isListType(getNullableType(type)) ? [BAD_ID] : BAD_ID);
const suffix = (type: GraphQLArgument["type"]) => (isListType(getNullableType(type)) ? "[0]" : "");
const NOT_AN_ID = `${JSON.stringify(BAD_ID)} is not an id (a slug: lowercase letters, digits and dashes)`;

// The article pipeline checks an article's ids itself (src/ingest), with its own messages.
const CHECKED_ELSEWHERE = new Set(["Mutation.ingestArticle"]);

describe("declared argument checks", () => {
  it("refuse a malformed id in every ID argument, and in every ID field of an input argument, before the resolver runs", async () => {
    const tried: string[] = [];
    for (const { name, field } of fields()) {
      if (CHECKED_ELSEWHERE.has(name)) continue;
      for (const arg of field.args) {
        if (isId(arg)) {
          tried.push(`${name}(${arg.name})`);
          expectRefused(await refusal(field, { [arg.name]: badIdOf(arg.type) }), `${arg.name}${suffix(arg.type)}`, NOT_AN_ID, `${name}(${arg.name})`);
        }
        const input = getNullableType(arg.type);
        if (!isInputObjectType(input)) continue;
        for (const inner of Object.values(input.getFields()).filter(isId)) {
          tried.push(`${name}(${arg.name}.${inner.name})`);
          const error = await refusal(field, { [arg.name]: { [inner.name]: badIdOf(inner.type) } });
          expectRefused(error, `${arg.name}.${inner.name}${suffix(inner.type)}`, NOT_AN_ID, `${name}(${arg.name}.${inner.name})`);
        }
      }
    }
    expect(tried).toEqual(
      expect.arrayContaining([
        "Query.node(id)",
        "Query.companies(where.ids)",
        "Query.investments(where.targetId)",
        "Company.investmentsConnection(where.participantId)",
        "Query.dealStats(where.articleId)",
        "Query.dealGraph(ids)",
        "Query.executiveMoves(companyIds)",
        "Mutation.removeArticle(id)",
        "Subscription.graphChanged(touching)",
      ]),
    );
  });

  it("refuse every `first` outside its field's bound, naming it, before the resolver runs", async () => {
    const tried: string[] = [];
    for (const { name, field } of fields()) {
      const bound = firstBound(field);
      if (!bound) continue;
      tried.push(name);
      const pages = field.args.some((a) => a.name === "after");
      expectRefused(await refusal(field, { first: bound.max + 1 }), "first", `must be ${bound.min} to ${bound.max}, got ${bound.max + 1}${pages ? "; page with `after`" : ""}`);
      expectRefused(await refusal(field, { first: bound.min - 1 }), "first", `must be ${bound.min} to ${bound.max}, got ${bound.min - 1}`);
    }
    expect(tried).toEqual(expect.arrayContaining(["Query.companies", "Company.investmentsMade", "Company.coInvestors", "Query.search", "Query.executiveMoves", "Query.allShortestPaths"]));
  });

  it("check ranges, lengths and lookups with the messages resolvers used to give", async () => {
    const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name]!;
    const seeds = Array.from({ length: 51 }, (_, i) => `c-${i}`);
    expectRefused(await refusal(field("Query", "dealGraph"), { ids: [...seeds.slice(0, 3), "Bad"] }), "ids[3]");
    expectRefused(await refusal(field("Query", "dealGraph"), { ids: [BAD_ID, ...seeds] }), "ids", "must be 0 to 50, got 52");
    expectRefused(await refusal(field("Query", "dealGraph"), { ids: ["acme"], depth: 4 }), "depth", "must be 1 to 3, got 4");
    expectRefused(await refusal(field("Query", "dealGraph"), { ids: ["acme"], maxNodes: 0 }), "maxNodes", "must be 1 to 2000, got 0");
    expectRefused(await refusal(field("Query", "dealGraph"), { ids: ["acme"], maxEdges: 10001 }), "maxEdges", "must be 1 to 10000, got 10001");
    expectRefused(await refusal(field("Query", "shortestPath"), { from: "acme", to: "beta", maxHops: 7 }), "maxHops", "must be 1 to 6, got 7");
    expectRefused(await refusal(field("Query", "search"), { text: "x".repeat(201) }), "text", "must be at most 200 characters, got 201");
    expectRefused(await refusal(field("Subscription", "graphChanged"), { touching: Array(1001).fill("acme") }), "touching", "at most 1000 ids");
    expectRefused(await refusal(field("Query", "company"), { id: "acme", name: "Acme" }), "id", "give the company's id or its name, not both");
    expectRefused(await refusal(field("Query", "company"), { id: BAD_ID, name: "Acme" }), "id", "give the company's id or its name, not both");
    expectRefused(await refusal(field("Query", "company"), {}), "id", "give the company's id or its name");
    expectRefused(await refusal(field("Query", "person"), { id: null, name: null }), "id", "give the person's id or their name");
    expectRefused(await refusal(field("Query", "person"), { name: "!!!" }), "name", '"!!!" has no letter or digit to look up');
    expectRefused(await refusal(field("Query", "node"), { id: `Company:${BAD_ID}` }), "id", NOT_AN_ID);
    const unknownType = await refusal(field("Query", "node"), { id: "Nope:acme" });
    expectRefused(unknownType, "id");
    expect((unknownType as Error).message).toMatch(/^id: "Nope" is not a type of node; a typed id starts with one of .*\bCompany\b/);
  });

  it("check plain argument objects the same way (the deal pages prefetched under a lookup)", () => {
    const refused = (args: Record<string, unknown>) => {
      try {
        checkArgs(args, InvestmentsArgs);
      } catch (error) {
        return error;
      }
      return new Error("not refused");
    };
    expectRefused(refused({ first: 1000, where: { ids: ["Bad"] } }), "first", "must be 0 to 100, got 1000; page with `after`");
    expectRefused(refused({ where: { ids: ["ok", "Bad"] } }), "where.ids[1]");
    expectRefused(refused({ where: { targetId: "ACME!" } }), "where.targetId");
    expect(() => checkArgs({ first: null, where: { ids: ["acme"], targetId: null } }, InvestmentsArgs)).not.toThrow();
  });
});
