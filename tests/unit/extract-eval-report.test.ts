// The evaluation's report: the stages category, the corrections a reviewer needs, the
// dev / held-out split read from splits.json (both shapes, and refused when it does not
// place an article), and --split / --out of `eval:extract`.
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_GOLD, main, readGold } from "../../src/cli/eval-extract.js";
import { correctionStats, scoreDraft, totalCorrections } from "../../src/extract/evaluate.js";
import type { ArticleFile } from "../../src/ingest/model.js";

const entities: ArticleFile["entities"] = [
  { ref: "xai", type: "Company", name: "xAI" },
  { ref: "valor", type: "Company", name: "Valor Equity Partners" },
  { ref: "vy", type: "Company", name: "Vy Capital" },
  { ref: "musk", type: "Person", name: "Elon Musk" },
];
const gold = {
  title: "t",
  publisher: "p",
  language: "en",
  publishedOn: "2024-05-27",
  entities,
  investments: [{ kind: "FUNDING_ROUND", investors: ["valor", "vy"], target: "xai", amount: { value: 6e9, currency: "USD" }, stage: "SERIES_B", announcedOn: "2024-05", evidence: "e" }],
  roles: [{ person: "musk", company: "xai", title: "Founder", evidence: "e" }],
} as unknown as ArticleFile;

const withDeal = (changes: Record<string, unknown>, more: Partial<ArticleFile> = {}) => ({ ...gold, investments: [{ ...gold.investments![0]!, ...changes }], ...more }) as ArticleFile;

describe("scoreDraft: stages", () => {
  it("counts a matched round's stage as right only when it is the same", () => {
    expect(scoreDraft(gold, gold).counts.stages).toEqual({ expected: 1, proposed: 1, correct: 1 });
    const wrong = scoreDraft(gold, withDeal({ stage: "SERIES_C" }));
    expect(wrong.counts.stages).toEqual({ expected: 1, proposed: 1, correct: 0 });
    expect(wrong.corrections.stages).toEqual({ reject: 0, add: 0, fix: 1 });
    const none = scoreDraft(gold, withDeal({ stage: undefined }));
    expect(none.counts.stages).toEqual({ expected: 1, proposed: 0, correct: 0 });
    expect(none.missing).toContain("stage SERIES_B of xAI");
  });
});

describe("scoreDraft: corrections", () => {
  it("is zero for the expected facts themselves", () => {
    expect(totalCorrections(scoreDraft(gold, gold))).toBe(0);
  });

  it("counts a wrong value, a wrong type, a wrong title and a wrong kind as one fix each", () => {
    const draft = withDeal(
      { kind: "EQUITY_STAKE", stage: undefined, amount: { value: 5e9, currency: "USD" } },
      { entities: entities.map((e) => (e.ref === "musk" ? { ...e, type: "Company" } : e)), roles: [{ person: "valor", company: "xai", title: "CEO", evidence: "e" }] } as Partial<ArticleFile>,
    );
    const s = scoreDraft(gold, draft);
    expect(s.corrections.entities).toEqual({ reject: 0, add: 0, fix: 1 });
    expect(s.corrections.amounts).toEqual({ reject: 0, add: 0, fix: 1 });
    expect(s.corrections.deals).toEqual({ reject: 0, add: 0, fix: 1 });
    // The stage is missing (the kind is wrong, but the gold round has one): one to add.
    expect(s.corrections.stages).toEqual({ reject: 0, add: 1, fix: 0 });
    // The role's person is wrong (Musk is now a draft Company): a rejection and an addition.
    expect(s.corrections.roles).toEqual({ reject: 1, add: 1, fix: 0 });
    expect(totalCorrections(s)).toBe(6);
  });

  it("counts a wrong deal as one rejection, and a missing deal as the deal, its investors, figures and stage to write", () => {
    const other = { kind: "ACQUISITION", investors: ["xai"], target: "vy", evidence: "e", amount: { value: 1, currency: "USD" } };
    const extra = scoreDraft(gold, { ...gold, investments: [...gold.investments!, other] } as ArticleFile);
    expect(extra.corrections.deals).toEqual({ reject: 1, add: 0, fix: 0 });
    expect(extra.corrections.investors.reject + extra.corrections.amounts.reject).toBe(0);
    expect(totalCorrections(extra)).toBe(1);
    const missing = scoreDraft(gold, { ...gold, investments: [] } as ArticleFile);
    // deal 1 + investors 2 + amount 1 + stage 1
    expect(totalCorrections(missing)).toBe(5);
  });

  it("gives the median, mean and max per article", () => {
    expect(correctionStats([4, 0, 2, 10])).toEqual({ median: 3, mean: 4, max: 10 });
    expect(correctionStats([1, 7, 3])).toEqual({ median: 3, mean: 11 / 3, max: 7 });
    expect(correctionStats([])).toEqual({ median: 0, mean: 0, max: 0 });
  });
});

describe("readGold and eval:extract", () => {
  let dir: string;
  const names = ["xai-series-b", "h-company"];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "gold-"));
    for (const n of names) for (const ext of [".txt", ".expected.md"]) await copyFile(path.join(DEFAULT_GOLD, n + ext), path.join(dir, n + ext));
    await copyFile(path.join(DEFAULT_GOLD, "known.json"), path.join(dir, "known.json"));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });
  const splits = (o: unknown) => writeFile(path.join(dir, "splits.json"), JSON.stringify(o));

  it("reads the split with its date, and the older shape with dev as the rest", async () => {
    await splits({ splitOn: "2026-12-05", dev: ["xai-series-b"], heldOut: ["h-company", "elsewhere"], history: "h" });
    const g = await readGold(dir);
    expect(g.problems).toEqual([]);
    expect(g.splitOn).toBe("2026-12-05");
    expect(Object.fromEntries(g.articles.map((a) => [a.name, a.split]))).toEqual({ "xai-series-b": "dev", "h-company": "held-out" });
    expect(g.absent).toEqual(["elsewhere"]);
    await splits({ heldOut: ["xai-series-b"] });
    const old = await readGold(dir);
    expect(old.problems).toEqual([]);
    expect(Object.fromEntries(old.articles.map((a) => [a.name, a.split]))).toEqual({ "xai-series-b": "held-out", "h-company": "dev" });
  });

  it("refuses an article in neither part or in both, naming splits.json", async () => {
    await splits({ splitOn: "2026-12-05", dev: ["xai-series-b"], heldOut: [] });
    const neither = await readGold(dir);
    expect(neither.problems).toEqual([{ file: path.join(dir, "splits.json"), path: "", message: expect.stringContaining("h-company is in neither dev nor heldOut") }]);
    await splits({ splitOn: "2026-12-05", dev: ["xai-series-b", "h-company"], heldOut: ["h-company"] });
    const both = await readGold(dir);
    expect(both.problems.map((p) => p.message)).toEqual([expect.stringContaining("h-company is in both dev and heldOut")]);
    await splits({ splitOn: "5 December", dev: "xai-series-b", heldOut: [] });
    expect((await readGold(dir)).problems.map((p) => p.path)).toEqual(["dev"]);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await main(["--dir", dir])).toBe(1);
    expect(log.mock.calls.flat().join("\n")).toContain("splits.json");
  });

  it("reads articles kept in another folder (--also), and refuses one in two folders", async () => {
    const other = await mkdtemp(path.join(tmpdir(), "gold-also-"));
    try {
      for (const ext of [".txt", ".expected.md"]) await copyFile(path.join(dir, `h-company${ext}`), path.join(other, `h-company${ext}`));
      await rm(path.join(dir, "h-company.txt"));
      await rm(path.join(dir, "h-company.expected.md"));
      await splits({ splitOn: "2026-12-05", dev: ["xai-series-b"], heldOut: ["h-company"] });
      expect((await readGold(dir)).absent).toEqual(["h-company"]);
      const both = await readGold(dir, [other]);
      expect(both.problems).toEqual([]);
      expect(both.absent).toEqual([]);
      expect(both.articles.map((a) => `${a.name} ${a.split}`)).toEqual(["h-company held-out", "xai-series-b dev"]);
      await copyFile(path.join(other, "h-company.txt"), path.join(dir, "h-company.txt"));
      expect((await readGold(dir, [other])).problems.map((p) => p.message)).toContainEqual(expect.stringContaining("h-company is also in"));
      vi.spyOn(console, "error").mockImplementation(() => {});
      expect(await main(["--dir", dir, "--also", path.join(other, "missing")])).toBe(1);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it("prints only the part asked for, per language, and writes the report with --out", async () => {
    await splits({ splitOn: "2026-12-05", dev: ["xai-series-b"], heldOut: ["h-company"] });
    let printed = "";
    vi.spyOn(process.stdout, "write").mockImplementation((s) => ((printed += String(s)), true));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const out = path.join(dir, "results", "extract.md");
    expect(await main(["--dir", dir, "--split", "dev", "--verbose", "--out", out])).toBe(0);
    expect(printed).toContain("split into dev and held-out on 2026-12-05");
    expect(printed).toContain("#### dev (1 articles: 1 en)");
    expect(printed).toContain("| stages | 1 |");
    expect(printed).toMatch(/Corrections per article .*: median \d/);
    expect(printed).toContain("- xai-series-b (en, dev)");
    expect(printed).not.toContain("held-out (");
    expect(printed).not.toContain("h-company (");
    expect(await readFile(out, "utf8")).toBe(printed);
    printed = "";
    expect(await main(["--dir", dir])).toBe(0);
    expect(printed).toContain("#### held-out (1 articles: 1 fr)");
    expect(printed).toContain("held-out, fr (1 articles");
    expect(printed).not.toContain("missed:");
    expect(await main(["--dir", dir, "--split", "test"])).toBe(1);
  });
});
