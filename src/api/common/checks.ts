// Argument checks declared on the argument and input types, run before any resolver.
//
// GraphQL's types say that an argument is an Int or an ID; what they cannot say (a page of
// 0 to 100 rows, an id that is a slug, a depth of 1 to 3) is a zod schema attached to the
// field that holds the argument (@Check), or to a whole arguments class for a rule across
// its fields (@CheckArgs). type-graphql hands the value of every @Args parameter to
// validateArgs (buildSchema's validateFn, see schema.ts) before it calls the resolver; a
// single @Arg takes its schema through `checked` (FirstArg, IdArg). A failure is the API's
// one argument error, badInput(path, message): the path as the client wrote it
// ("where.ids[2]"), the message the schema's first issue.
//
// Order: a class's rules first, then its fields, those of a base class (PageArgs' `first`)
// before the subclass's own, each field's schema before the input object it holds. The
// first failure is the one reported, as a resolver checking them in that order would.
import { getMetadataStorage, type ValidatorFn } from "type-graphql";
import type { ZodType } from "zod";
import { badInput } from "../errors.js";

// A class, as type-graphql knows argument and input types.
type ClassType = abstract new (...args: never[]) => unknown;

const fieldSchemas = new Map<ClassType, Map<string, ZodType>>();
const classRules = new Map<ClassType, ZodType[]>();

/**
 * Declares the rule of an argument (a field of an @ArgsType class) or of an input field
 * (property decorator). A null or absent value is not checked: GraphQL's non-null types
 * say whether a value is required, and a resolver gives an absent one its default.
 *
 * @example
 *   @Field(() => [ID], { nullable: true }) @Check(idList()) ids?: string[] | null;
 */
export function Check(schema: ZodType): PropertyDecorator {
  return (prototype, property) => {
    const type = prototype.constructor as ClassType;
    const fields = fieldSchemas.get(type) ?? new Map<string, ZodType>();
    fields.set(String(property), schema);
    fieldSchemas.set(type, fields);
  };
}

/** Declares a rule across the fields of an arguments class, checked before its fields (class decorator). */
export function CheckArgs(schema: ZodType): ClassDecorator {
  return (target) => {
    const type = target as unknown as ClassType;
    classRules.set(type, [...(classRules.get(type) ?? []), schema]);
  };
}

/** Throws BAD_USER_INPUT at `path` when `value` (not null) breaks `schema`. */
export function checkValue(schema: ZodType, value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  const result = schema.safeParse(value);
  if (result.success) return;
  const [issue] = result.error.issues;
  throw badInput(pathOf(path, issue?.path ?? []), issue?.message ?? "is not valid");
}

/** The ValidatorFn of a single @Arg named `name`: its value checked against `schema`. */
export function checked(schema: ZodType, name: string): ValidatorFn {
  return (value) => checkValue(schema, value, name);
}

/**
 * Checks `value`, the arguments of a field as an @ArgsType class describes them (or an input
 * object of an @InputType class, at `path`), against every rule declared on the class, its
 * base classes and the input types of its fields. `value` may be the instance type-graphql
 * made or the plain object graphql's getArgumentValues gives (prefetchDealPages).
 */
export function checkArgs(value: unknown, type: ClassType, path = ""): void {
  if (value === null || value === undefined || typeof value !== "object") return;
  const plan = planOf(type);
  for (const rule of plan.rules) checkValue(rule, value, path);
  for (const field of plan.fields) {
    const held = (value as Record<string, unknown>)[field.name];
    const at = pathOf(path, [field.name]);
    if (field.schema) checkValue(field.schema, held, at);
    if (field.input && held !== null && held !== undefined) {
      const input = field.input;
      if (Array.isArray(held)) held.forEach((item, i) => checkArgs(item, input, `${at}[${i}]`));
      else checkArgs(held, input, at);
    }
  }
}

/**
 * buildSchema's validateFn: the checks of an @Args class (or of an input class taken by
 * @Arg, whose fields are then named without the argument's name: no such input has checks;
 * ingestArticle's input is checked by the article pipeline). Scalars pass: a single @Arg
 * declares its own (`checked`).
 */
export const validateArgs: ValidatorFn = (value, type) => {
  if (typeof type === "function") checkArgs(value, type as ClassType);
};

interface FieldPlan {
  name: string;
  schema?: ZodType;
  /** The input class the field holds, when it (or one below it) declares checks. */
  input?: ClassType;
}

interface Plan {
  rules: ZodType[];
  fields: FieldPlan[];
}

const plans = new Map<ClassType, Plan>();
const EMPTY: Plan = { rules: [], fields: [] };

/**
 * What to check in a value of `type`, read once from the decorators and type-graphql's
 * field metadata (which gives each field's type, so that input objects are followed).
 */
function planOf(type: ClassType): Plan {
  const known = plans.get(type);
  if (known) return known;
  plans.set(type, EMPTY); // an input type that holds itself stops here
  const chain: ClassType[] = [];
  for (let c: unknown = type; typeof c === "function" && c !== Function.prototype; c = Object.getPrototypeOf(c)) chain.unshift(c as ClassType);
  const rules = chain.flatMap((c) => classRules.get(c) ?? []);
  const fields: FieldPlan[] = [];
  const seen = new Set<string>();
  const metadata = getMetadataStorage().fields;
  for (const c of chain) {
    for (const field of metadata.filter((f) => f.target === c)) {
      if (seen.has(field.name)) continue;
      seen.add(field.name);
      const schema = fieldSchemas.get(c)?.get(field.name);
      const held = field.getType();
      const input = typeof held === "function" && held !== type && planOf(held as ClassType) !== EMPTY ? (held as ClassType) : undefined;
      if (schema || input) fields.push({ name: field.name, ...(schema ? { schema } : {}), ...(input ? { input } : {}) });
    }
  }
  const plan = rules.length || fields.length ? { rules, fields } : EMPTY;
  plans.set(type, plan);
  return plan;
}

/** "where" + ["ids", 2] -> "where.ids[2]". */
function pathOf(base: string, rest: readonly PropertyKey[]): string {
  let out = base;
  for (const key of rest) out = typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key);
  return out;
}
