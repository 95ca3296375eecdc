// Several read queries as one statement: what the reader sends when the fields of one
// level of a request ask for several queries. Each query runs in its own subquery, its
// rows collected into one list, so the database gets one statement (one plan, one
// auto-commit transaction, no COMMIT round trip) instead of a transaction of several.
// Only the stores' own queries come here, and only those whose columns can be read off
// their last RETURN; any other batch is sent as before, pipelined.
import type { Params, Row } from "../../db/db.js";

/** A query of a batch, with its parameters. */
export interface BatchedRead {
  name: string;
  cypher: string;
  params: Params;
}

/** The batch as one statement, and how to split its one row back into each query's rows. */
export interface MergedRead {
  cypher: string;
  params: Params;
  split(rows: Row[]): Row[][];
}

type Visit = (at: number, depth: number) => void;

/**
 * Walks the Cypher text, calling `visit` for every character outside string literals,
 * quoted names and comments, with the bracket depth there. Returns the spans of the
 * parameters ($name) found outside those, for renaming.
 */
function scan(cypher: string, visit: Visit): Array<{ start: number; end: number; name: string }> {
  const params: Array<{ start: number; end: number; name: string }> = [];
  let depth = 0;
  for (let i = 0; i < cypher.length; i++) {
    const c = cypher[i]!;
    if (c === "'" || c === '"' || c === "`") {
      i++;
      while (i < cypher.length && cypher[i] !== c) i += cypher[i] === "\\" && c !== "`" ? 2 : 1;
      continue;
    }
    if (c === "/" && cypher[i + 1] === "/") {
      while (i < cypher.length && cypher[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && cypher[i + 1] === "*") {
      const end = cypher.indexOf("*/", i + 2);
      i = end < 0 ? cypher.length : end + 1;
      continue;
    }
    if (c === "$") {
      const name = /^[A-Za-z_]\w*/.exec(cypher.slice(i + 1))?.[0];
      if (name) {
        params.push({ start: i, end: i + 1 + name.length, name });
        i += name.length;
        continue;
      }
    }
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") depth--;
    visit(i, depth);
  }
  return params;
}

const WORD = /[A-Za-z_]/;

/** Where each top-level keyword of `words` starts (outside brackets, strings and comments). */
function topLevel(cypher: string, words: readonly string[]): Array<{ at: number; word: string }> {
  const found: Array<{ at: number; word: string }> = [];
  scan(cypher, (i, depth) => {
    // A keyword starts a word, not after a dot (`n.return` is a property).
    if (depth !== 0 || (i > 0 && /[\w.]/.test(cypher[i - 1]!)) || !WORD.test(cypher[i]!)) return;
    for (const word of words) {
      const end = i + word.length;
      if (cypher.slice(i, end).toUpperCase() === word && !/\w/.test(cypher[end] ?? "")) found.push({ at: i, word });
    }
  });
  return found;
}

/** The top-level commas of `text`, splitting it into items. */
function splitTopLevel(text: string): string[] {
  const cuts: number[] = [];
  scan(text, (i, depth) => {
    if (depth === 0 && text[i] === ",") cuts.push(i);
  });
  const items: string[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    items.push(text.slice(from, cut).trim());
    from = cut + 1;
  }
  return items;
}

/**
 * The names of the columns a query returns, read off its last top-level RETURN (`x AS
 * name` or a bare variable); undefined when one cannot be read (`RETURN *`, an
 * expression without AS), and the query is then never merged.
 *
 * @example returnColumns("MATCH (c:Company) RETURN c.id AS id, count(*) AS n ORDER BY n") // ["id", "n"]
 */
export function returnColumns(cypher: string): string[] | undefined {
  const returns = topLevel(cypher, ["RETURN"]);
  const last = returns.at(-1);
  if (!last) return undefined;
  let tail = cypher.slice(last.at + "RETURN".length);
  const end = topLevel(tail, ["ORDER", "SKIP", "LIMIT", "UNION"])[0];
  if (end) tail = tail.slice(0, end.at);
  tail = tail.replace(/^\s*DISTINCT\b/i, "");
  const columns = splitTopLevel(tail).map((item) => /\bAS\s+([A-Za-z_]\w*)$/is.exec(item)?.[1] ?? (/^[A-Za-z_]\w*$/.test(item) ? item : undefined));
  return columns.every((c): c is string => c !== undefined) && new Set(columns).size === columns.length ? columns : undefined;
}

/** `cypher` with each of its parameters renamed `$<prefix><name>`. */
function renameParams(cypher: string, prefix: string): string {
  const spans = scan(cypher, () => {});
  let out = "";
  let from = 0;
  for (const s of spans) {
    out += `${cypher.slice(from, s.start)}$${prefix}${s.name}`;
    from = s.end;
  }
  return out + cypher.slice(from);
}

const columnsCache = new Map<string, string[] | null>();

function columnsOf(cypher: string): string[] | undefined {
  let columns = columnsCache.get(cypher);
  if (columns === undefined) columnsCache.set(cypher, (columns = returnColumns(cypher) ?? null));
  return columns ?? undefined;
}

/**
 * The batch as one statement, or undefined when a query's columns cannot be read. The
 * text is the same for the same queries in the same order, so Neo4j plans a request
 * shape once and serves its repeats from the plan cache. Each query is wrapped twice: the
 * inner subquery runs it, the outer one collects its rows into one list, so every query
 * yields exactly one row (an empty list when it finds nothing) and the lists of the
 * statement's one row come back in order.
 */
export function mergeReads(batch: readonly BatchedRead[]): MergedRead | undefined {
  const columns = batch.map((q) => columnsOf(q.cypher));
  if (columns.some((c) => c === undefined)) return undefined;
  const params: Params = {};
  const parts = batch.map((q, i) => {
    for (const [name, value] of Object.entries(q.params)) params[`q${i}_${name}`] = value;
    const fields = columns[i]!.map((c) => `${c}: ${c}`).join(", ");
    return `CALL () {\n  CALL () {\n${renameParams(q.cypher, `q${i}_`)}\n  }\n  RETURN collect({ ${fields} }) AS mergedRead${i}\n}`;
  });
  const cypher = `// reads: ${batch.map((q) => q.name).join(" + ")}\n${parts.join("\n")}\nRETURN ${batch.map((_, i) => `mergedRead${i}`).join(", ")}`;
  return {
    cypher,
    params,
    split: (rows) => batch.map((_, i) => (rows[0]?.[`mergedRead${i}`] as Row[] | undefined) ?? []),
  };
}
