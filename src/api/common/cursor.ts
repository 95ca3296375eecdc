// Keyset cursors as the API reads them: the stores' format (src/store/common/cursor.ts),
// a cursor the store cannot use refused as BAD_USER_INPUT, as a resolver would be answered.
import { decodeCursor as decodeStoreCursor, encodeCursor, type SortValue } from "../../store/index.js";
import { fromStoreError } from "../errors.js";

export { encodeCursor, type SortValue };

/**
 * Reads an `after` argument back into [sortValue, id]; `kind` is the type the listing
 * sorts by. A bad cursor is BAD_USER_INPUT naming `argument`.
 *
 * @example decodeCursor(encodeCursor("meta", "meta"), "string") // ["meta", "meta"]
 */
export function decodeCursor(cursor: string, kind: "string" | "number", argument = "after"): [SortValue, string] {
  try {
    return decodeStoreCursor(cursor, kind, argument);
  } catch (error) {
    throw fromStoreError(error) ?? error;
  }
}
