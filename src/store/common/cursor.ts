// Opaque keyset cursors: base64url of the JSON pair [sortValue, id] of the last row seen.
import { InvalidArgumentError } from "./errors.js";

export type SortValue = string | number;

/** The cursor that resumes a listing after the row with this sort value and id. */
export function encodeCursor(sortValue: SortValue, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id]), "utf8").toString("base64url");
}

/**
 * Reads an `after` argument back into [sortValue, id]. `kind` is the type the current
 * ordering sorts by, so a cursor from another ordering is refused, not misread.
 *
 * @example decodeCursor(encodeCursor("meta", "meta"), "string") // ["meta", "meta"]
 */
export function decodeCursor(cursor: string, kind: "string" | "number", argument = "after"): [SortValue, string] {
  const refuse = (why: string) => new InvalidArgumentError(argument, `${JSON.stringify(cursor)} is not a cursor of this listing (${why}); use an endCursor it returned`);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse("not base64url");
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse("not JSON");
  }
  if (!Array.isArray(value) || value.length !== 2) throw refuse("not a [sortValue, id] pair");
  const [sortValue, id] = value as [unknown, unknown];
  if (typeof id !== "string" || id === "") throw refuse("no id");
  if (typeof sortValue !== kind || (kind === "number" && !Number.isFinite(sortValue))) {
    throw refuse(`its sort value is not a ${kind}; was it made under another orderBy?`);
  }
  return [sortValue as SortValue, id];
}
