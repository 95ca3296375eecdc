// The page size of every connection. Its rule is declared on PageArgs.first and checked
// before the resolver runs (checks.ts); the page query itself, its cursors and sort keys
// are the stores' (src/store/common/page.ts): a resolver passes the size.
import { PAGE_BOUND, sizeOf } from "./list-bound.js";

/** `first` of a connection (already checked: 0 to 100) as a row count: 20 when null. */
export function pageSize(first: number | null | undefined): number {
  return sizeOf(first, PAGE_BOUND);
}
