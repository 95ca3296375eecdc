// The inputs people have, as the text the extractor reads: plain text as it is, Markdown
// less its inline markup, a saved web page's main text (Mozilla's Readability over jsdom:
// the page's scripts never run and nothing it links to is fetched) with its title,
// publisher, date, canonical URL and language from the page's metadata. Pure.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { DRAFT_FORMATS, type DraftFormatName } from "../domain/drafts.js";
import { isPartialDate } from "../ingest/model.js";

/** The formats read: the words a draft records (src/domain/drafts.ts). */
export const INPUT_FORMATS = DRAFT_FORMATS;
export type InputFormat = DraftFormatName;

/** What a page's metadata says of the article, where it says it. */
export interface InputMetadata {
  title?: string;
  publisher?: string;
  /** A partial date (YYYY-MM-DD), from the page's datetime. */
  publishedOn?: string;
  url?: string;
  /** ISO 639-1, lower case. */
  language?: string;
}

export interface ReadInput {
  format: InputFormat;
  /** What `extract` reads: a title heading, then the body every evidence is quoted from. */
  text: string;
  /** How the format was known. */
  formatFrom: "given" | "file name" | "sniffed";
  metadata: InputMetadata;
}

/** An input that cannot be read as the format it was given or named as; the message names the file. */
export class InputError extends Error {
  override name = "InputError";
}

const BY_EXTENSION: Record<string, InputFormat> = { ".txt": "TEXT", ".text": "TEXT", ".md": "MARKDOWN", ".markdown": "MARKDOWN", ".html": "HTML", ".htm": "HTML" };

/** The format a file name says (.txt .md .html .htm), if it says one. */
export function formatOfFileName(fileName: string | undefined): InputFormat | undefined {
  const ext = /\.[^./\\]+$/.exec(fileName ?? "")?.[0].toLowerCase();
  return ext ? BY_EXTENSION[ext] : undefined;
}

/** HTML when the content starts like a page or is mostly tags; Markdown when it has headings, links or emphasis; else text. */
export function sniffFormat(content: string): InputFormat {
  const head = content.replace(/^\uFEFF/, "").trimStart().slice(0, 2000).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(head) || /<(p|div|article|h1|h2|meta|title)[\s>]/.test(head) && /<\/(p|div|article|h1|h2|title)>/.test(head)) return "HTML";
  if (/^---\s*\n[\s\S]*?\n---/.test(head) || /^#{1,6}\s/m.test(content) || /\[[^\]\n]+\]\([^)\s]+\)/.test(content) || /(\*\*|__)\S[^\n]*?\S\1/.test(content)) return "MARKDOWN";
  return "TEXT";
}

/**
 * Reads one input as the extractor's text. `format` wins over the file name's extension,
 * which wins over sniffing. Throws InputError, naming `fileName` (else "the content"),
 * for a page that is not HTML or has no text.
 *
 * @example
 *   const input = readInput(html, { fileName: "h-seed.html" });
 *   const x = extract(input.text, { published: input.metadata.publishedOn });
 */
export function readInput(content: string, options: { format?: InputFormat; fileName?: string } = {}): ReadInput {
  const named = formatOfFileName(options.fileName);
  const format = options.format ?? named ?? sniffFormat(content);
  const formatFrom = options.format ? "given" : named ? "file name" : "sniffed";
  const what = options.fileName ?? "the content";
  if (!content.trim()) throw new InputError(`${what} is empty`);
  switch (format) {
    case "TEXT":
      return { format, formatFrom, text: content, metadata: {} };
    case "MARKDOWN":
      return { format, formatFrom, text: plainMarkdown(content), metadata: {} };
    case "HTML":
      return { format, formatFrom, ...readPage(content, what) };
  }
}

/**
 * Markdown with its inline markup taken out (links keep their text, images and HTML
 * comments go, emphasis and code marks go), so that the body and its evidence read as
 * prose. Headings, list items and a front matter stay: the extractor reads them.
 */
export function plainMarkdown(md: string): string {
  const fence = /^(```|~~~)/;
  let inFence = false;
  return md
    .replace(/<!--[\s\S]*?-->/g, "")
    .split("\n")
    .map((line) => {
      if (fence.test(line.trim())) {
        inFence = !inFence;
        return "";
      }
      if (inFence) return line;
      return line
        .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
        .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
        .replace(/^\s{0,3}\[[^\]]+\]:\s+\S+.*$/, "")
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
        .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, "$1$3")
        .replace(/`([^`]+)`/g, "$1")
        .replace(/^\s{0,3}>\s?/, "")
        .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
        .replace(/[ \t]+$/, "");
    })
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

// Elements whose text is a paragraph of its own.
const BLOCKS = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "BLOCKQUOTE", "PRE", "LI", "UL", "OL", "DL", "DT", "DD", "TABLE", "TR", "FIGURE", "FIGCAPTION", "H1", "H2", "H3", "H4", "H5", "H6", "HR"]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "SVG", "CANVAS", "BUTTON", "FORM", "NAV"]);

function readPage(html: string, what: string): { text: string; metadata: InputMetadata } {
  if (!/<[a-z!][^>]*>/i.test(html)) throw new InputError(`${what} is not an HTML page: it has no HTML tag (give it as TEXT or MARKDOWN, or name it .txt or .md)`);
  // No runScripts and no resources: jsdom neither runs the page's scripts nor fetches
  // what it links to. The virtual console swallows its complaints about the page's CSS.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const metadata = pageMetadata(doc);
  const article = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (node) => node, charThreshold: 100 }).parse();
  let blocks = article?.content ? textBlocks(article.content) : [];
  if (!blocks.join("").trim()) blocks = doc.body ? textBlocks(doc.body) : [];
  if (!blocks.join("").trim()) throw new InputError(`${what} has no text to read: no paragraph in its page`);
  const title = metadata.title ?? clean(article?.title ?? "");
  if (title && blocks[0]?.replace(/^#+\s*/, "") === title) blocks = blocks.slice(1);
  if (title) metadata.title = title;
  return { text: `${title ? `# ${title}\n\n` : ""}${blocks.join("\n\n")}\n`, metadata };
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The page's text, one paragraph per block element: headings as Markdown headings and
 * list items as Markdown items (the extractor reads facts in neither), white space folded.
 */
function textBlocks(root: Node): string[] {
  const out: string[] = [];
  let current = "";
  let prefix = "";
  const flush = () => {
    const text = clean(current);
    if (text) out.push(prefix + text);
    current = "";
    prefix = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    const tag = el.tagName?.toUpperCase() ?? "";
    if (SKIPPED.has(tag) || el.getAttribute?.("hidden") !== null && el.getAttribute?.("hidden") !== undefined) return;
    if (tag === "BR") {
      current += " ";
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (/^H[1-6]$/.test(tag)) prefix = `${"#".repeat(Math.max(2, Number(tag[1])))} `;
    else if (tag === "LI") prefix = "- ";
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

const meta = (doc: Document, ...names: string[]): string | undefined => {
  for (const name of names) {
    for (const el of Array.from(doc.querySelectorAll("meta"))) {
      const key = el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop");
      const content = el.getAttribute("content");
      if (key?.toLowerCase() === name && content?.trim()) return clean(content);
    }
  }
  return undefined;
};

/** JSON-LD objects of the page (@graph flattened), the ones that do not parse left out. */
function jsonLd(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v as Record<string, unknown>);
      if ("@graph" in v) visit((v as { "@graph": unknown })["@graph"]);
    }
  };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(el.textContent ?? ""));
    } catch {
      // A broken block says nothing.
    }
  }
  return out;
}

/** A datetime's date part, when it is one. */
function dateOf(value: string | undefined): string | undefined {
  const d = /^\s*(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4})(?:[T\s]|$)/.exec(value ?? "")?.[1];
  return d && isPartialDate(d) ? d : undefined;
}

function absoluteHttp(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Title, publisher, date, canonical URL and language, from the page's metadata where present. */
export function pageMetadata(doc: Document): InputMetadata {
  const ld = jsonLd(doc);
  const ldString = (key: string) => ld.map((o) => o[key]).find((v): v is string => typeof v === "string" && v.trim() !== "");
  const ldPublisher = ld
    .map((o) => o.publisher)
    .map((p) => (Array.isArray(p) ? p[0] : p))
    .map((p) => (typeof p === "string" ? p : p && typeof p === "object" ? (p as { name?: unknown }).name : undefined))
    .find((v): v is string => typeof v === "string" && v.trim() !== "");
  const title = meta(doc, "og:title", "twitter:title") ?? ldString("headline") ?? (clean(doc.title) || undefined);
  const publisher = meta(doc, "og:site_name", "application-name", "publisher", "dc.publisher") ?? (ldPublisher && clean(ldPublisher));
  const time = Array.from(doc.querySelectorAll("time[datetime]")).map((t) => t.getAttribute("datetime") ?? "");
  const publishedOn = [meta(doc, "article:published_time", "datepublished", "dc.date", "date"), ldString("datePublished"), ...time].map(dateOf).find(Boolean);
  const url = absoluteHttp(doc.querySelector('link[rel~="canonical"]')?.getAttribute("href")) ?? absoluteHttp(meta(doc, "og:url")) ?? absoluteHttp(ldString("url"));
  const langTag = doc.documentElement.getAttribute("lang") ?? meta(doc, "og:locale", "language", "dc.language");
  const language = /^([a-z]{2})(?:[-_]|$)/i.exec(langTag ?? "")?.[1]?.toLowerCase();
  const found: InputMetadata = { title, publisher, publishedOn, url, language };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as InputMetadata;
}
