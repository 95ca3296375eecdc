// The GraphQL enums say what the article format says: a kind, status or relation type
// added to one and not the other would be accepted by the loader and unreadable through
// the API, or offered by the API and refused by the loader.
import { type GraphQLEnumType, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { COMPANY_KINDS, DEAL_STATUSES, INVESTMENT_KINDS, RELATION_TYPES, SYMMETRIC_RELATIONS } from "../../src/domain/vocabulary.js";
import { buildDealgraphSchema } from "../../src/api/schema.js";

const schema = buildDealgraphSchema();
const values = (name: string) => {
  const type = schema.getType(name);
  expect(isEnumType(type), name).toBe(true);
  return (type as GraphQLEnumType).getValues().map((v) => v.value as string);
};

describe("the vocabulary", () => {
  it.each([
    ["CompanyKind", COMPANY_KINDS],
    ["InvestmentKind", INVESTMENT_KINDS],
    ["DealStatus", DEAL_STATUSES],
    ["RelationType", RELATION_TYPES],
  ] as const)("%s is the article format's list, in its order", (name, words) => {
    expect(values(name)).toEqual([...words]);
  });

  it("every relation type of a deal graph's edges is a relation type, INVESTED_IN or HOLDS_ROLE", () => {
    expect(values("GraphEdgeType").sort()).toEqual(["HOLDS_ROLE", "INVESTED_IN", ...RELATION_TYPES].sort());
  });

  it("the symmetric relations are relation types", () => {
    for (const type of SYMMETRIC_RELATIONS) expect(RELATION_TYPES).toContain(type);
  });
});
