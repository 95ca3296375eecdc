// The plan step alone (src/ingest/plan.ts), without a database: from resolved articles,
// the rows the apply step writes and what each article creates, updates or leaves
// unchanged; and the "latest wins" rule of src/domain/sources.ts that the derivations and
// the bulk path share.
import { describe, expect, it } from "vitest";
import { describe as takeIn, NO_DESCRIPTION, supersedes, withAliases } from "../../src/domain/sources.js";
import type { Article } from "../../src/ingest/model.js";
import { planArticle, settleOf, settleOfWithdrawal } from "../../src/ingest/plan.js";
import type { ResolvedArticle } from "../../src/ingest/resolve.js";
import { validateArticle } from "../../src/ingest/validate.js";

const body = "Northwind Ventures led a $40 million round in Acme Robotics. Jane Doe is Acme's CEO.";

function article(id: string, extra: Record<string, unknown> = {}): Article {
  const { article, problems } = validateArticle(`${id}.md`, {
    id,
    title: "Acme raises",
    publisher: "Example News",
    language: "en",
    publishedOn: "2024-03-05",
    entities: [
      { ref: "acme", type: "Company", name: "Acme Robotics", aliases: ["Acme"] },
      { ref: "fund", type: "Company", name: "Northwind Ventures", kind: "INVESTOR" },
      { ref: "jane", type: "Person", name: "Jane Doe" },
    ],
    investments: [
      { id, kind: "FUNDING_ROUND", investors: ["fund"], target: "acme", amount: { value: 40_000_000, currency: "USD" }, evidence: "Northwind Ventures led a $40 million round in Acme Robotics" },
    ],
    roles: [{ person: "jane", company: "acme", title: "CEO", evidence: "Jane Doe is Acme's CEO" }],
    body,
    ...extra,
  });
  if (!article) throw new Error(JSON.stringify(problems));
  return article;
}

/** A resolution as resolve.ts would give it: Acme and Jane new, Northwind known; the deal new, the role known. */
function resolved(a: Article, stored: ResolvedArticle["stored"] = { id: a.id, hash: null, facts: [], entities: [] }): ResolvedArticle {
  const entities = a.entities.map((decl) => ({
    ref: decl.ref,
    type: decl.type,
    id: { acme: "acme-robotics", fund: "northwind-ventures", jane: "jane-doe" }[decl.ref]!,
    isNew: decl.ref !== "fund",
    decl,
    keys: [`${decl.type.toLowerCase()}:${decl.name.toLowerCase()}`],
  }));
  return {
    article: a,
    hash: `hash-of-${a.id}`,
    stored,
    changed: stored.hash !== `hash-of-${a.id}`,
    entities,
    deals: [
      {
        id: a.id,
        isNew: true,
        dealKey: "acme-robotics|FUNDING_ROUND||northwind-ventures",
        match: { method: "NEW", score: 1, agreed: ["INVESTORS"], conflicting: ["AMOUNT"], decision: null },
        duplicates: [{ id: "older-deal", score: 3, agreed: ["INVESTORS"], conflicting: [] }],
      },
    ],
    roles: [{ id: "jane-doe--acme-robotics--ceo", isNew: false }],
    relations: [],
    entityDuplicates: [],
    problems: [],
  };
}

describe("the plan of an article", () => {
  it("for a new article: its node, a mention per entity, a source per fact, and what is created or updated", () => {
    const plan = planArticle(resolved(article("google-anthropic-2023")));
    expect(plan.outcome).toBe("created");
    expect(plan.node).toMatchObject({ id: "google-anthropic-2023", contentHash: "hash-of-google-anthropic-2023", publishedOn: "2024-03-05", url: null });
    expect(plan.mentions.map((m) => [m.id, m.type, m.props.name, m.props.kind])).toEqual([
      ["acme-robotics", "Company", "Acme Robotics", null],
      ["northwind-ventures", "Company", "Northwind Ventures", "INVESTOR"],
      ["jane-doe", "Person", "Jane Doe", null],
    ]);
    // The deal shares the article's id: ids are unique within their kind.
    expect(plan.deals).toEqual([
      {
        articleId: "google-anthropic-2023",
        id: "google-anthropic-2023",
        dealKey: "acme-robotics|FUNDING_ROUND||northwind-ventures",
        source: expect.objectContaining({
          targetId: "acme-robotics",
          investorIds: ["northwind-ventures"],
          amountValue: 40_000_000,
          amountUsd: 40_000_000,
          status: null,
          // How resolution matched the report is kept on its source.
          matchMethod: "NEW",
          matchScore: 1,
          matchAgreed: ["INVESTORS"],
          matchConflicting: ["AMOUNT"],
          matchDecision: null,
        }),
      },
    ]);
    // A new deal resolution could not tell from another is linked to it, for a person to decide.
    expect(plan.duplicates).toEqual([
      { fromId: "google-anthropic-2023", toId: "older-deal", score: 3, agreed: ["INVESTORS"], conflicting: [], articleId: "google-anthropic-2023" },
    ]);
    expect(plan.roles).toEqual([
      { articleId: "google-anthropic-2023", id: "jane-doe--acme-robotics--ceo", source: expect.objectContaining({ personId: "jane-doe", companyId: "acme-robotics", title: "CEO" }) },
    ]);
    expect(plan.created).toEqual([
      { id: "acme-robotics", type: "Company" },
      { id: "jane-doe", type: "Person" },
      { id: "google-anthropic-2023", type: "Investment" },
    ]);
    expect(plan.updated).toEqual([
      { id: "northwind-ventures", type: "Company" },
      { id: "jane-doe--acme-robotics--ceo", type: "Role" },
    ]);
    expect(plan.unchanged).toEqual([]);
  });

  it("for an article whose content the graph holds: nothing to write, everything it states unchanged", () => {
    const a = article("same");
    const stored = { id: "same", hash: "hash-of-same", facts: [{ id: "same", type: "Investment" as const }], entities: [{ id: "acme-robotics", type: "Company" as const }] };
    const plan = planArticle(resolved(a, stored));
    expect(plan).toMatchObject({ outcome: "unchanged", mentions: [], deals: [], roles: [], relations: [], created: [], updated: [] });
    expect(plan.node).toBeUndefined();
    expect(plan.unchanged).toEqual([
      { id: "acme-robotics", type: "Company" },
      { id: "same", type: "Investment" },
    ]);
    expect(settleOf([plan])).toEqual({ deals: [], roles: [], relations: [], entities: [] });
  });

  it("for a changed article: updated, and its derivations cover what it said before and says now", () => {
    const a = article("changed");
    const stored = {
      id: "changed",
      hash: "an older hash",
      facts: [
        { id: "old-deal", type: "Investment" as const },
        { id: "old--role--x", type: "Role" as const },
      ],
      entities: [{ id: "gone-co", type: "Company" as const }],
    };
    const plan = planArticle(resolved(a, stored));
    expect(plan.outcome).toBe("updated");
    expect(settleOf([plan])).toEqual({
      deals: ["old-deal", "changed"],
      roles: ["old--role--x", "jane-doe--acme-robotics--ceo"],
      relations: [],
      entities: ["gone-co"],
    });
  });

  it("refuses to plan an article with problems: validation stops a run first", () => {
    const r = { ...resolved(article("bad")), problems: [{ file: "bad.md", path: "id", message: "x" }] };
    expect(() => planArticle(r)).toThrow(/has problems/);
  });

  it("for a withdrawal: every fact and entity the articles stated is re-derived", () => {
    expect(
      settleOfWithdrawal([
        { id: "a", hash: "h", facts: [{ id: "d", type: "Investment" }, { id: "r", type: "Relation" }], entities: [{ id: "e", type: "Person" }] },
        { id: "b", hash: "h", facts: [{ id: "d", type: "Investment" }], entities: [{ id: "e", type: "Person" }] },
      ]),
    ).toEqual({ deals: ["d"], roles: [], relations: ["r"], entities: ["e"] });
  });
});

describe("the latest source wins (src/domain/sources.ts)", () => {
  const at = (publishedOn: string, articleId: string) => ({ publishedOn, articleId });
  const mention = (stamp: { publishedOn: string; articleId: string }, fields: Partial<Record<"kind" | "website" | "country" | "description", string>>) => ({
    kind: null,
    website: null,
    country: null,
    description: null,
    ...fields,
    stamp,
  });

  it("a later publication supersedes; on the same date the smaller article id does; a stamp without an article loses ties", () => {
    expect(supersedes(at("2024-02", "b"), at("2024-01", "a"))).toBe(true);
    expect(supersedes(at("2024-01", "a"), at("2024-02", "b"))).toBe(false);
    expect(supersedes(at("2024-01", "a"), at("2024-01", "b"))).toBe(true);
    expect(supersedes(at("2024-01", "b"), at("2024-01", "a"))).toBe(false);
    expect(supersedes(at("2024-01", "b"), { publishedOn: "2024-01", articleId: null })).toBe(true);
    expect(supersedes(at("2000", "z"), null)).toBe(true);
  });

  it("folded oldest first, each descriptive field comes from the latest mention that gives it; an older mention arriving late only fills gaps", () => {
    const a = mention(at("2023", "a"), { website: "old.example", country: "US" });
    const b = mention(at("2024", "b"), { website: "new.example" });
    const c = mention(at("2025", "c"), { description: "newest" });
    expect([a, b, c].reduce(takeIn, NO_DESCRIPTION)).toEqual({ kind: null, website: "new.example", country: "US", description: "newest", stamp: at("2025", "c") });
    // An article published earlier but loaded later: it neither replaces a field nor moves the stamp back.
    expect([b, c, a].reduce(takeIn, NO_DESCRIPTION)).toEqual({ kind: null, website: "new.example", country: "US", description: "newest", stamp: at("2025", "c") });
  });

  it("aliases accumulate in the order they were first given, never the display name", () => {
    expect(withAliases("Meta", ["Facebook"], ["Meta", "Meta Platforms", "Facebook"])).toEqual(["Facebook", "Meta Platforms"]);
  });
});
