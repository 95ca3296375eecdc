// Every list of objects in the schema is bounded, and the cost estimate knows the bound:
// a list that could grow with the data and is counted as short is how one small request
// once took the server down (a hub's deals, its investors' deals, their investors' deals).
import { getNamedType, getNullableType, type GraphQLField, isInterfaceType, isLeafType, isListType, isObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { LIST_EXTENSION, type ListExtension, PAGE_BOUND } from "../../src/api/common/list-bound.js";
import { buildDealgraphSchema } from "../../src/api/schema.js";
import { checkOperationCost, firstBound, type OperationLimits } from "../../src/api/security/limits.js";

const schema = buildDealgraphSchema();

function fields(): Array<{ name: string; field: GraphQLField<unknown, unknown> }> {
  const out: Array<{ name: string; field: GraphQLField<unknown, unknown> }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) out.push({ name: `${type.name}.${field.name}`, field });
  }
  return out;
}

const limits: OperationLimits = { depth: 10, aliases: 20, directives: 10, tokens: 2000, cost: 250_000, expose: true };
const cost = (query: string, variables?: Record<string, unknown>) => checkOperationCost(schema, parse(query), undefined, variables, limits);

describe("list bounds", () => {
  it("every list of objects takes `first` or declares the most items it holds", () => {
    const unbounded = fields()
      .filter(({ field }) => isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type)))
      .filter(({ name, field }) => {
        const pageOfConnection = /Connection\.(edges|nodes)$/.test(name);
        const declared = (field.extensions?.[LIST_EXTENSION] as ListExtension | undefined)?.items !== undefined;
        return !pageOfConnection && !declared && !field.args.some((a) => a.name === "first");
      })
      .map(({ name }) => name);
    expect(unbounded).toEqual([]);
  });

  it("the default of every `first` is the default of its declared bound", () => {
    const mismatched = fields()
      .filter(({ field }) => field.args.some((a) => a.name === "first"))
      .filter(({ field }) => {
        const arg = field.args.find((a) => a.name === "first")!;
        const bound = firstBound(field)!;
        return arg.defaultValue !== bound.default || bound.default < bound.min || bound.default > bound.max;
      })
      .map(({ name }) => name);
    expect(mismatched).toEqual([]);
  });

  it("connections keep the contract's page size (default 20, maximum 100)", () => {
    expect(PAGE_BOUND).toEqual({ default: 20, min: 0, max: 100 });
    expect(firstBound(schema.getQueryType()!.getFields().companies!)).toEqual(PAGE_BOUND);
  });
});

describe("the cost estimate", () => {
  it("refuses the 163-byte request that once ran the server out of memory", () => {
    const query = `{ company(id:"loka-ventures"){ investmentsMade { investors { ... on Company { investmentsMade { investors { ... on Company { investmentsMade { id } } } } } } } } }`;
    expect(() => cost(query)).toThrow(/asks for too much/);
  });

  it("counts a plain list by its `first`, and its default when absent", () => {
    const one = cost(`{ company(id: "meta") { investmentsMade(first: 1) { id } } }`);
    const all = cost(`{ company(id: "meta") { investmentsMade { id } } }`);
    expect(one).toBe(2);
    expect(all).toBe(1 + 20);
  });

  it("counts a deal graph by its caps, whichever is larger", () => {
    const small = cost(`{ dealGraph(ids: ["meta"], maxNodes: 10, maxEdges: 20) { nodes { id } edges { id } } }`);
    expect(small).toBe(1 + 20 * 2);
    expect(() => cost(`{ dealGraph(ids: ["meta"], depth: 3, maxEdges: 10000) { edges { id sources { article { body } } } } }`)).toThrow(/asks for too much/);
  });

  it("refuses a `first` outside the field's own bound, naming it, and hints at `after` only where the field pages", () => {
    expect(() => cost(`{ executiveMoves(first: 150) { person { id } } }`)).not.toThrow();
    expect(() => cost(`{ executiveMoves(first: 201) { person { id } } }`)).toThrow(/^first: must be 1 to 200, got 201$/);
    expect(() => cost(`{ companies(first: 101) { totalCount } }`)).toThrow(/^first: must be 0 to 100, got 101; page with `after`$/);
    expect(() => cost(`{ company(id: "meta") { investmentsMade(first: 101) { id } } }`)).toThrow(/^first: must be 0 to 100, got 101$/);
  });
});
