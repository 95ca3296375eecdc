// The rules of arguments that GraphQL's types cannot express, as zod schemas: ids, names,
// ranges, lengths. Argument and input types declare them on their fields (@Check, see
// checks.ts), so they are checked before any resolver runs; the messages are what a client
// reads after the argument's path ("where.ids[2]: ...").
import { Arg, ID } from "type-graphql";
import { z, type ZodType } from "zod";
import { nameKey } from "../../text/fold.js";
import { checked } from "./checks.js";
import { isId } from "../../domain/vocabulary.js";


/** A well-formed id: a slug (lowercase letters, digits and dashes) of at most 300 characters. */
export const idRule: ZodType = z.string().refine(isId, {
  error: (issue) => `${JSON.stringify(String(issue.input).slice(0, 80))} is not an id (a slug: lowercase letters, digits and dashes)`,
});

/**
 * A list of ids, each well-formed. With `most`, the list's length is checked first, against
 * `most.max`, with `most.message` (given the length) when it is longer.
 */
export function idList(most?: { max: number; message: (length: number) => string }): ZodType {
  const ids = z.array(idRule);
  if (!most) return ids;
  const sized = z.array(z.unknown()).refine((list) => list.length <= most.max, { error: (issue) => most.message((issue.input as unknown[]).length) });
  return sized.pipe(ids);
}

/** A name to look up: one that keeps a letter or digit once folded (see nameKey). */
export const nameRule: ZodType = z.string().refine((name) => nameKey(name) !== "", {
  error: (issue) => `${JSON.stringify(String(issue.input).slice(0, 80))} has no letter or digit to look up`,
});

/** The message of a number (or a count) outside min..max. */
export const outsideRange = (min: number, max: number, got: number) => `must be ${min} to ${max}, got ${got}`;

/** A number from `min` to `max`, both included. */
export function within(min: number, max: number): ZodType {
  return z.number().refine((n) => n >= min && n <= max, { error: (issue) => outsideRange(min, max, issue.input as number) });
}

/** The longest text a name filter (nameContains, investorNameContains) takes: longer than any name. */
export const NAME_FILTER_MAX = 200;

/** A text of at most `max` characters. */
export function atMostCharacters(max: number): ZodType {
  return z.string().refine((text) => text.length <= max, {
    error: (issue) => `must be at most ${max} characters, got ${(issue.input as string).length}`,
  });
}

/**
 * The rule of a lookup by id or by name (class rule, @CheckArgs): exactly one of the two,
 * the error naming `id`. `whose` says whose id and name, e.g. "the company's id or its name".
 */
export function idOrName(whose: string): ZodType {
  return z.object({ id: z.unknown().optional(), name: z.unknown().optional() }).superRefine(({ id, name }, ctx) => {
    const given = Number(id !== null && id !== undefined) + Number(name !== null && name !== undefined);
    if (given === 2) ctx.addIssue({ code: "custom", path: ["id"], message: `give ${whose}, not both` });
    if (given === 0) ctx.addIssue({ code: "custom", path: ["id"], message: `give ${whose}` });
  });
}

/**
 * The id of Query.node: a plain id, or a typed id `<Typename>:<id>` whose typename is one
 * of `typenames` (the kinds of node) and whose id is well-formed.
 */
export function nodeIdRule(typenames: readonly string[]): ZodType {
  return z.string().superRefine((id, ctx) => {
    const colon = id.indexOf(":");
    const typename = colon >= 0 ? id.slice(0, colon) : undefined;
    if (typename !== undefined && !typenames.includes(typename)) {
      ctx.addIssue({ code: "custom", message: `${JSON.stringify(typename.slice(0, 80))} is not a type of node; a typed id starts with one of ${typenames.join(", ")}` });
      return;
    }
    const slug = idRule.safeParse(colon >= 0 ? id.slice(colon + 1) : id);
    if (!slug.success) ctx.addIssue({ code: "custom", message: slug.error.issues[0]?.message ?? "is not an id" });
  });
}

/** The `id` argument of a lookup, checked as an id before the resolver runs (parameter decorator). */
export function IdArg(description: string): ReturnType<typeof Arg> {
  return Arg("id", () => ID, { description, validateFn: checked(idRule, "id") });
}
