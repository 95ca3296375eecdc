// How long a list field's answer can be. Every list of objects in the schema is bounded:
// a connection pages with `first` (0 to 100), a plain list takes `first` too (its own
// default and maximum, stated here once), and a list with no `first` declares the most
// items it can hold. The cost of an operation (security/limits.ts) is computed from these
// same numbers, so it is an upper bound of the objects an answer can hold; and
// tests/unit/list-bounds.test.ts fails when a list of objects has no bound.
import { Arg, Extensions, Int } from "type-graphql";
import { z, type ZodType } from "zod";
import { outsideRange } from "./arguments.js";
import { checked, checkValue } from "./checks.js";
import { LIST_MAX } from "../../store/index.js";

/** The `first` of a list field: its default and the range it accepts. */
export interface ListBound {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

/** Connections: the contract's `first` (default 20, maximum 100). */
export const PAGE_BOUND: ListBound = { default: 20, min: 0, max: 100 };

/**
 * Plain lists (a company's deals, investors, portfolio, roles, articles; a deal's investors
 * and sources; an article's facts): the same numbers as a connection's page, 20 by default
 * and at most 100. They sit under other lists, so their default multiplies in every cost
 * estimate; past 100, the field's connection (investmentsConnection, articlesConnection)
 * pages through all of them.
 */
// Its maximum is the stores' LIMIT under each parent: a client can never ask for more than they read.
export const LIST_BOUND: ListBound = { default: 20, min: 0, max: LIST_MAX };

/**
 * What a list field declares, read by the cost estimate (field extensions):
 * - `first`: the field takes `first` within this bound;
 * - `items`: a number, the most items the list can hold whatever is asked; or "parent",
 *   a list whose length the parent field's arguments bound (the nodes and edges of a deal
 *   graph), counted once here and multiplied by that parent's own cost function.
 */
export interface ListExtension {
  first?: ListBound;
  items?: number | "parent";
}

export const LIST_EXTENSION = "list";

/** Declares the `first` bound of a field that takes `first` (decorator). */
export function BoundedBy(bound: ListBound): MethodDecorator & PropertyDecorator {
  return Extensions({ [LIST_EXTENSION]: { first: bound } satisfies ListExtension });
}

/** Declares the most items a list without `first` can hold (decorator). */
export function HoldsAtMost(items: number | "parent"): MethodDecorator & PropertyDecorator {
  return Extensions({ [LIST_EXTENSION]: { items } satisfies ListExtension });
}

/** The argument description of a plain list's `first`. */
function firstDescription(bound: ListBound, what: string, more?: string): string {
  return `How many ${what}: ${bound.min} to ${bound.max}, ${bound.default} by default.${more ? ` ${more}` : ""}`;
}

// The rules made for each bound, one for a field that pages and one for a plain list.
const firstRules = new WeakMap<ListBound, { pages: ZodType; plain: ZodType }>();

/**
 * The rule of a `first` within `bound` (declared with @Check on an arguments class, or by
 * FirstArg); for a field that `pages`, a `first` past the maximum is pointed at `after`.
 */
export function firstWithin(bound: ListBound, pages = false): ZodType {
  let rules = firstRules.get(bound);
  if (!rules) {
    const rule = (hint: string) =>
      z.number().refine((n) => n >= bound.min && n <= bound.max, {
        error: (issue) => {
          const n = issue.input as number;
          return `${outsideRange(bound.min, bound.max, n)}${n > bound.max ? hint : ""}`;
        },
      });
    rules = { pages: rule("; page with `after`"), plain: rule("") };
    firstRules.set(bound, rules);
  }
  return pages ? rules.pages : rules.plain;
}

/**
 * `first` checked against its bound (firstWithin): the default when absent, else
 * BAD_USER_INPUT naming `first`. For the operation guard (security/limits.ts), which
 * checks every `first` of an operation before anything runs; resolvers get theirs checked
 * by the argument's declared rule.
 */
export function checkFirst(first: number | null | undefined, bound: ListBound, pages = false): number {
  checkValue(firstWithin(bound, pages), first, "first");
  return sizeOf(first, bound);
}

/** How many items a `first` already checked asks for: the bound's default when it is null. */
export function sizeOf(first: number | null | undefined, bound: ListBound): number {
  return first ?? bound.default;
}

/** The first `first` items of a list (`first` checked by FirstArg before the resolver runs). */
export function firstOf<T>(items: readonly T[], first: number | null | undefined, bound: ListBound): T[] {
  return items.slice(0, sizeOf(first, bound));
}

/**
 * The `first` argument of a plain list field, with its bound's default and description,
 * checked against the bound before the resolver runs (parameter decorator).
 */
export function FirstArg(bound: ListBound, what: string, more?: string): ReturnType<typeof Arg> {
  return Arg("first", () => Int, {
    nullable: true,
    defaultValue: bound.default,
    description: firstDescription(bound, what, more),
    validateFn: checked(firstWithin(bound), "first"),
  });
}
