// The GraphQL enums say what the article format says: a kind, status or relation type
// added to one and not the other would be accepted by the loader and unreadable through
// the API, or offered by the API and refused by the loader.
import { MATCH_FIELDS } from "../../src/domain/deal-match.js";
import { DECISION_ACTIONS } from "../../src/domain/decisions.js";
import { DRAFT_FORMATS, DRAFT_STATUSES, FACT_DECISIONS } from "../../src/domain/drafts.js";
import { readFileSync } from "node:fs";
import { buildSchema, type GraphQLEnumType, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { COMPANY_KINDS, DEAL_STATUSES, GRAPH_EDGE_TYPES, INVESTMENT_KINDS, ROUND_STAGES, RELATION_TYPES, SYMMETRIC_RELATIONS } from "../../src/domain/vocabulary.js";
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

// schema/schema.graphql is what clients see (the dashboard's types are generated from it):
// each of its enums is either a list of the vocabulary or one of the API's own (how to sort,
// page, search, chart), and a new enum must be put in one group or the other here.
describe("the enums of schema/schema.graphql", () => {
  const committed = buildSchema(readFileSync(new URL("../../schema/schema.graphql", import.meta.url), "utf8"));
  const enums = Object.values(committed.getTypeMap()).filter((t): t is GraphQLEnumType => isEnumType(t) && !t.name.startsWith("__"));
  const fromVocabulary: Record<string, readonly string[]> = {
    CompanyKind: COMPANY_KINDS,
    InvestmentKind: INVESTMENT_KINDS,
    DealStatus: DEAL_STATUSES,
    RelationType: RELATION_TYPES,
    GraphEdgeType: GRAPH_EDGE_TYPES,
    RoundStage: ROUND_STAGES,
    // Deal resolution's words, from src/domain/ too.
    MatchField: MATCH_FIELDS,
    DecisionAction: DECISION_ACTIONS,
    // The review inbox's words (src/domain/drafts.ts).
    DraftStatus: DRAFT_STATUSES,
    DraftFormat: DRAFT_FORMATS,
    FactDecision: FACT_DECISIONS,
  };
  const apiOwn = new Set([
    "CompanyOrderField",
    "InvestmentOrderField",
    "InvestorOrderField",
    "PersonOrderField",
    "OrderDirection",
    "DealSide",
    "DealStatsGroup",
    "DealStatsSplit",
    "SearchMatch",
    "SearchType",
    "EntityType",
    "IngestOutcome",
    "DisagreementField",
    "MatchMethod",
    "DuplicateKind",
  ]);

  it("each is the vocabulary's or the API's own", () => {
    const unplaced = enums.map((e) => e.name).filter((name) => !(name in fromVocabulary) && !apiOwn.has(name));
    expect(unplaced, "an enum neither taken from src/domain/vocabulary.ts nor listed as the API's own").toEqual([]);
    for (const name of [...Object.keys(fromVocabulary), ...apiOwn]) expect(committed.getType(name), `${name} is no longer in the schema`).toBeDefined();
  });

  it.each(Object.entries(fromVocabulary))("%s has exactly the vocabulary's words", (name, words) => {
    // The file lists values sorted (the schema is printed sorted), so compare as sets.
    const listed = (committed.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(listed.sort()).toEqual([...words].sort());
  });
});
