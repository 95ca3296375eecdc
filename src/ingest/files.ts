// Step 1 of the pipeline (parse -> validate -> resolve -> plan -> apply -> publish):
// article files on disk, which files a list of paths names, and their text parsed into the
// format's data (not yet validated).
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { Lexer, Parser, parse as parseYaml, YAMLParseError } from "yaml";
import { DEFAULT_ARTICLE_LIMITS, LIMIT_SETTING } from "./limits.js";
import type { Problem } from "./problems.js";

/** The folder decision files live in (decisions-files.ts), which article listings skip. */
export const DECISIONS_FOLDER = "decisions";

export const ARTICLE_EXTENSIONS = [".md", ".json"];

/**
 * Expands files and folders into article files: folders are read recursively for
 * `*.md` and `*.json`, in sorted path order; files named explicitly are taken whatever
 * their extension is, so a typo shows as a problem rather than as silence.
 */
export async function listArticleFiles(paths: string[]): Promise<{ files: string[]; problems: Problem[] }> {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      problems.push({ file: p, path: "", message: "no such file or folder" });
      continue;
    }
    if (info.isDirectory()) files.push(...(await walk(p)));
    else if (ARTICLE_EXTENSIONS.includes(path.extname(p).toLowerCase())) files.push(p);
    else problems.push({ file: p, path: "", message: `not an article file (expected ${ARTICLE_EXTENSIONS.join(" or ")})` });
  }
  return { files: [...new Set(files)], problems };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    // Decision files (decisions-files.ts) sit beside the articles, in a folder of their own.
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()) && path.basename(e.parentPath) !== DECISIONS_FOLDER)
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads one article file into the format's data model (not yet validated). A file over
 * `maxFileBytes` is refused before it is parsed, and read no further than that: a 10 MB
 * file (or a link to /dev/zero) costs no memory and no parsing.
 */
export async function readArticleFile(file: string, maxFileBytes = DEFAULT_ARTICLE_LIMITS.maxFileBytes): Promise<{ data?: unknown; problems: Problem[] }> {
  let text: string;
  try {
    const bytes = await readAtMost(file, maxFileBytes);
    if (bytes === undefined) {
      const size = (await stat(file)).size;
      const what = size > maxFileBytes ? `is ${size.toLocaleString("en-US")} bytes` : `is over ${maxFileBytes.toLocaleString("en-US")} bytes`;
      return {
        problems: [{ file, path: "", message: `${what}; the limit is ${maxFileBytes.toLocaleString("en-US")} (${LIMIT_SETTING.maxFileBytes}), checked before parsing` }],
      };
    }
    text = utf8.decode(bytes);
  } catch (error) {
    const message = error instanceof TypeError ? "is not valid UTF-8" : `cannot be read: ${(error as Error).message}`;
    return { problems: [{ file, path: "", message }] };
  }
  return parseArticleText(file, text, path.extname(file).toLowerCase() === ".json" ? "json" : "md");
}

/** The file's bytes, or undefined when it holds more than `max` (its size is checked first, then what is read). */
async function readAtMost(file: string, max: number): Promise<Buffer | undefined> {
  const handle = await open(file, "r");
  try {
    if ((await handle.stat()).size > max) return undefined;
    // The size a stat gives is not a promise (a device, a file still growing): stop reading past max.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(Math.min(max + 1, 64 * 1024));
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks);
      total += bytesRead;
      if (total > max) return undefined;
      chunks.push(Buffer.from(chunk.subarray(0, bytesRead)));
    }
  } finally {
    await handle.close();
  }
}

/**
 * Nesting past this is refused before the front matter is parsed. The format nests five
 * levels at most (entities, an entity, its aliases, an alias); the YAML parser recurses
 * once per level, and a few thousand `[` (a few KB) overflow its stack, after which Node
 * may abort the whole process on the next file.
 */
export const MAX_YAML_DEPTH = 32;

/**
 * Aliases a front matter may expand, counting nested expansions (yaml's `maxAliasCount`, at
 * its documented default, stated here so that it stays): the format needs none, and a
 * "billion laughs" file of nested aliases would otherwise expand to gigabytes.
 */
export const MAX_YAML_ALIASES = 100;

/** Whether YAML text nests collections deeper than `max`, found with yaml's own lexer and (iterative) CST parser. */
function nestsDeeperThan(text: string, max: number): boolean {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    for (const _token of parser.next(lexeme));
    if (parser.stack.length > max) return true;
  }
  return false;
}

/** Parses the text of an article in either encoding; `file` only labels problems. */
export function parseArticleText(file: string, text: string, encoding: "md" | "json"): { data?: unknown; problems: Problem[] } {
  const source = text.replace(/^\uFEFF/, "");
  if (encoding === "json") {
    try {
      return { data: JSON.parse(source), problems: [] };
    } catch (error) {
      return { problems: [{ file, path: "", message: `invalid JSON: ${(error as Error).message}` }] };
    }
  }
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!match) {
    return {
      problems: [{ file, path: "", message: "no YAML front matter: the file must start with a line '---', then the fields, then a line '---', then the body" }],
    };
  }
  const [, frontMatter = "", body = ""] = match;
  if (nestsDeeperThan(frontMatter, MAX_YAML_DEPTH)) {
    return { problems: [{ file, path: "", message: `invalid YAML front matter: it nests more than ${MAX_YAML_DEPTH} levels deep (the format needs 5)` }] };
  }
  let fields: unknown;
  try {
    // YAML 1.2 core schema: no timestamps, so dates stay strings (numbers are handled by the model).
    fields = parseYaml(frontMatter, { schema: "core", uniqueKeys: true, prettyErrors: true, maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // Lines of the file (the front matter starts on line 2), not of the front matter.
      const line = error.linePos ? ` (line ${error.linePos[0].line + 1})` : "";
      const reason = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
      return { problems: [{ file, path: "", message: `invalid YAML front matter${line}: ${reason}` }] };
    }
    // yaml throws a ReferenceError for aliases: too many expansions (an alias bomb), or one without its anchor.
    if (error instanceof ReferenceError) {
      const reason = /excessive alias count/i.test(error.message)
        ? `its aliases expand more than ${MAX_YAML_ALIASES} times (nested aliases, as in a "billion laughs" file); article files need no aliases`
        : error.message;
      return { problems: [{ file, path: "", message: `invalid YAML front matter: ${reason}` }] };
    }
    throw error;
  }
  if (fields === null || typeof fields !== "object" || Array.isArray(fields)) {
    return { problems: [{ file, path: "", message: "the front matter must be a YAML mapping of fields" }] };
  }
  if ("body" in fields) {
    return { problems: [{ file, path: "body", message: "in a .md file the body is the text after the front matter, not a field" }] };
  }
  return { data: { ...(fields as object), body }, problems: [] };
}
