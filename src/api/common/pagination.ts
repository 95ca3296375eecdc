// The page size of every connection. Its rule is declared on PageArgs.first and checked
// before the resolver runs (checks.ts); the page query itself, its cursors and sort keys
// are the stores' (src/store/common/page.ts): a resolver passes the size.
import { checkFirst, PAGE_BOUND } from "./list-bound.js";

/**
 * `first` of a connection as a row count: 20 when null. It applies the rule PageArgs.first
 * declares (0 to 100, else BAD_USER_INPUT naming `first`): the same rule, not a copy, which
 * a resolver's arguments have already passed, so there it only fills in the default.
 */
export function pageSize(first: number | null | undefined): number {
  return checkFirst(first, PAGE_BOUND, true);
}
