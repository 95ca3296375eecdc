// Article files on disk: which files a list of paths names, and their decoded text.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { Problem } from "./problems.js";

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
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads one article file into the format's data model (not yet validated). */
export async function readArticleFile(file: string): Promise<{ data?: unknown; problems: Problem[] }> {
  let text: string;
  try {
    text = utf8.decode(await readFile(file));
  } catch (error) {
    const message = error instanceof TypeError ? "is not valid UTF-8" : `cannot be read: ${(error as Error).message}`;
    return { problems: [{ file, path: "", message }] };
  }
  return parseArticleText(file, text, path.extname(file).toLowerCase() === ".json" ? "json" : "md");
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
  let fields: unknown;
  try {
    // YAML 1.2 core schema: no timestamps, so dates stay strings (numbers are handled by the model).
    fields = parseYaml(frontMatter, { schema: "core", uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // Lines of the file (the front matter starts on line 2), not of the front matter.
      const line = error.linePos ? ` (line ${error.linePos[0].line + 1})` : "";
      const reason = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
      return { problems: [{ file, path: "", message: `invalid YAML front matter${line}: ${reason}` }] };
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
