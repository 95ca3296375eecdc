// The inputs people have (src/extract/input.ts): plain text as it is, Markdown less its
// inline markup, a saved page's main text and metadata, its scripts never run and nothing
// it links to fetched; a file that is no page refused, naming it.
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/extract.js";
import { checkDraft } from "../../src/extract/draft.js";
import { extract } from "../../src/extract/extract.js";
import { formatOfFileName, InputError, readInput, sniffFormat } from "../../src/extract/input.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/extract/inputs/${name}`, import.meta.url), "utf8");

describe("the format", () => {
  it("comes from the file name, else is sniffed; a given one wins", () => {
    expect([".txt", ".md", ".html", ".HTM", ".pdf"].map((ext) => formatOfFileName(`a${ext}`))).toEqual(["TEXT", "MARKDOWN", "HTML", "HTML", undefined]);
    expect(sniffFormat(fixture("h-seed.html"))).toBe("HTML");
    expect(sniffFormat(fixture("no-metadata.html"))).toBe("HTML");
    expect(sniffFormat(fixture("xai.md"))).toBe("MARKDOWN");
    expect(sniffFormat(fixture("not-html.html"))).toBe("TEXT");
    expect(readInput(fixture("xai.md"), { fileName: "x.txt" }).format).toBe("TEXT");
    expect(readInput(fixture("xai.md"), { fileName: "x.txt", format: "MARKDOWN" })).toMatchObject({ format: "MARKDOWN", formatFrom: "given" });
  });
});

describe("plain text and Markdown", () => {
  it("reads plain text as it is", () => {
    const text = "Acme raises **$5M**\n\nAcme has raised [$5 million](https://x).\n";
    expect(readInput(text, { format: "TEXT" })).toEqual({ format: "TEXT", formatFrom: "given", text, metadata: {} });
  });

  it("takes Markdown's inline markup out, keeping headings and list items for the extractor", () => {
    const { text } = readInput(fixture("xai.md"), { fileName: "xai.md" });
    expect(text).toBe(
      "# xAI raises $6 billion in a Series B round\n\n" +
        "xAI, the artificial intelligence company founded by Elon Musk, has raised $6 billion in a Series B funding round, the company said on Sunday.\n\n" +
        "Investors include Valor Equity Partners, Vy Capital and Andreessen Horowitz.\n",
    );
    expect(readInput("- **Lead:** [Accel](https://a) and snake_case_name\n", { format: "MARKDOWN" }).text).toBe("- Lead: Accel and snake_case_name\n");
  });
});

describe("a saved web page", () => {
  it("gives its main text (no navigation, no footer) and its title, publisher, date, canonical URL and language", () => {
    const input = readInput(fixture("h-seed.html"), { fileName: "h-seed.html" });
    expect(input.metadata).toEqual({
      title: "H raises a $220 million seed round",
      publisher: "Tech Daily",
      publishedOn: "2024-05-21",
      url: "https://techdaily.example/2024/05/h-seed",
      language: "en",
    });
    expect(input.text).toBe(
      "# H raises a $220 million seed round\n\n" +
        "Paris-based startup H has raised a $220 million seed round, one of the largest ever for a European company.\n\n" +
        "The round was led by Accel and UiPath co-founder Daniel Dines, with participation from Eric Schmidt and Xavier Niel.\n\n" +
        "## Agents for work\n\n" +
        "The company, founded by former Google DeepMind researchers, builds autonomous agents that carry out tasks on a computer as a person would.\n\n" +
        "Charles Kantor, H's chief executive, said the money would pay for computing power and hiring in Paris and London.\n",
    );
  });

  it("is what the extractor reads: its title is the draft's, its body the one evidence is quoted from", () => {
    const input = readInput(fixture("h-seed.html"), { fileName: "h-seed.html" });
    const x = extract(input.text, { published: input.metadata.publishedOn, known: [] });
    expect(x.title).toBe("H raises a $220 million seed round");
    expect(x.body.startsWith("Paris-based startup H has raised")).toBe(true);
    expect(x.published).toBe("2024-05-21");
    expect(x.body).not.toContain("# H raises");
    expect(x.deals.some((d) => d.amount?.value === 220_000_000)).toBe(true);
  });

  it("reads a page with no metadata: its text, and nothing made up", () => {
    const input = readInput(fixture("no-metadata.html"), { fileName: "no-metadata.html" });
    expect(input.metadata).toEqual({});
    expect(input.text).toBe(
      "Mistral AI has raised 600 million euros in a Series B round led by General Catalyst, the Paris company said on Tuesday.\n\n" +
        "The start-up, which builds open-weight language models, was valued at about 5.8 billion euros after the round, according to people familiar with the matter.\n",
    );
  });

  it("never runs the page's scripts nor fetches what it links to; JSON-LD and <time> still give its metadata", async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? "");
      res.end("globalThis.__fetchedScriptRan = true;");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = fixture("scripts.html").replaceAll("https://tracker.example", origin);
      const input = readInput(page, { fileName: "scripts.html" });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toEqual([]);
      expect(input.text).not.toContain("Texte injecté");
      expect(input.text).not.toContain("__pageScriptRan");
      expect((globalThis as { __pageScriptRan?: unknown }).__pageScriptRan).toBeUndefined();
      expect(input.metadata).toEqual({
        title: "Poolside lève 500 millions de dollars",
        publisher: "La Gazette Tech",
        publishedOn: "2024-10-02",
        url: "https://gazette.example/poolside",
        language: "fr",
      });
      expect(input.text).toContain("La start-up Poolside, qui développe des assistants de programmation, a levé 500 millions de dollars auprès de Bain Capital.");
    } finally {
      server.close();
    }
  });

  it("refuses a file that is no page, naming it", () => {
    expect(() => readInput(fixture("not-html.html"), { fileName: "not-html.html" })).toThrow(InputError);
    expect(() => readInput(fixture("not-html.html"), { fileName: "not-html.html" })).toThrow(/^not-html\.html is not an HTML page/);
    expect(() => readInput("<html><body><script>x()</script></body></html>", { fileName: "empty.html" })).toThrow(/^empty\.html has no text to read/);
  });
});

describe("dealgraph extract page.html -o draft.md", () => {
  const FIXTURES = new URL("../fixtures/extract/inputs/", import.meta.url).pathname;
  let err = "";
  afterEach(() => {
    vi.restoreAllMocks();
    err = "";
  });
  const quiet = () => vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));

  it("writes a draft of the page's text with its publisher, URL, date and language, valid as written", async () => {
    quiet();
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "dealgraph-input-")), "draft.md");
    expect(await main([path.join(FIXTURES, "h-seed.html"), "-o", out, "--offline"])).toBe(0);
    const draft = readFileSync(out, "utf8");
    expect(draft).toContain('publisher: "Tech Daily"  # from the page\'s metadata');
    expect(draft).toContain('url: "https://techdaily.example/2024/05/h-seed"');
    expect(draft).toContain("publishedOn: 2024-05-21  # from the page's metadata");
    expect(draft).toContain('title: "H raises a $220 million seed round"');
    expect(draft).toMatch(/\n---\nParis-based startup H has raised/);
    expect(draft).not.toContain("Copyright");
    expect(checkDraft(draft)).toEqual([]);
  });

  it("refuses a file given as HTML that is no page, naming it (exit 1)", async () => {
    quiet();
    const file = path.join(FIXTURES, "not-html.html");
    expect(await main([file, "--offline"])).toBe(1);
    expect(err).toContain(`${file} is not an HTML page`);
    expect(await main([path.join(FIXTURES, "xai.md"), "--format", "pdf", "--offline"])).toBe(1);
    expect(err).toContain('--format "pdf": expected one of text, markdown, html');
  });
});
