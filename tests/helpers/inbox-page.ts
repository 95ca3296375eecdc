// The review inbox in browser tests: articles to paste, a page opened as an editor (the
// token and the reviewer's name put in the tab's storage before the dashboard starts, as
// the token dialog and the name field would), and the cards of a draft's facts.
import type { Locator, Page } from "playwright-core";
import type { BrowserSuite } from "./browser-suite.js";

export const EDITOR_TOKEN = "editor-token-for-inbox-tests";

/** An ordinary English funding-round article; the graph's seeds know Anthropic and Google. */
export const ANTHROPIC_ARTICLE = {
  title: "Anthropic raises $450 million in a Series C led by Spark Capital",
  text: `Anthropic raises $450 million in a Series C led by Spark Capital

San Francisco, May 23, 2023. Anthropic, the artificial intelligence company behind the Claude assistant, said on Tuesday that it had raised $450 million in a Series C funding round led by Spark Capital. Google, Salesforce Ventures and Zoom Ventures also took part in the round.

Anthropic's chief executive Dario Amodei said the money would pay for research into safer and more reliable AI systems and for the expansion of its products for businesses.

The company was founded in 2021 by former OpenAI researchers. It competes with OpenAI and Google in large language models.
`,
};

/** A page of the dashboard at `path` as an editor named `name` (token and name in the tab's storage). */
export async function openAsEditor(suite: BrowserSuite, path: string, name: string, width = 1440, options: { colorScheme?: "light" | "dark" } = {}): Promise<Page> {
  const page = await suite.open(width, undefined, options);
  await page.addInitScript(
    ({ token, name }) => {
      const g = globalThis as any;
      g.sessionStorage.setItem("dealgraph.apiToken", token);
      g.localStorage.setItem("dealgraph.reviewer", name);
    },
    { token: EDITOR_TOKEN, name },
  );
  await page.goto(`${suite.api.url}${path}`);
  return page;
}

/** Makes a draft through the API (as another editor would) and returns its id. */
export async function createDraftThroughApi(suite: BrowserSuite, content: string, extra: Record<string, unknown> = {}, by = "api-test"): Promise<string> {
  const { data, errors } = await suite.api.post<{ createDraft: { id: string } }>(
    `mutation ($input: CreateDraftInput!, $by: String) { createDraft(input: $input, by: $by) { id } }`,
    { input: { content, format: "TEXT", ...extra }, by },
    EDITOR_TOKEN,
  );
  if (errors?.length || !data) throw new Error(`createDraft failed: ${JSON.stringify(errors)}`);
  return data.createDraft.id;
}

/** Pastes `text` into the new-draft form, with its publication date, and waits for the draft it makes. */
export async function pasteArticle(page: Page, text: string, publishedOn?: string): Promise<string> {
  await page.getByLabel("Article text").fill(text);
  if (publishedOn) await page.getByLabel("Published on (optional)").fill(publishedOn);
  await page.getByRole("button", { name: "Draft the facts" }).click();
  await page.waitForURL(/#inbox\?id=/);
  await page.locator(".draft-facts li.fact").first().waitFor();
  return new URLSearchParams(new URL(page.url()).hash.split("?")[1]).get("id")!;
}

/** The card of the fact whose summary contains `text`. */
export function factCard(page: Page, text: string | RegExp): Locator {
  return page.locator("li.fact", { has: page.locator("h4", { hasText: text }) });
}
