// Checks on id and name arguments that GraphQL's types cannot express.
import { badInput } from "../errors.js";
import { nameKey } from "../../text/fold.js";

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const MAX_ID_LENGTH = 300;

/** Returns `id` when it is a well-formed slug, else BAD_USER_INPUT naming `argument`. */
export function checkId(id: string, argument: string): string {
  if (id.length > MAX_ID_LENGTH || !SLUG.test(id)) {
    throw badInput(argument, `${JSON.stringify(id.slice(0, 80))} is not an id (a slug: lowercase letters, digits and dashes)`);
  }
  return id;
}

/** Returns `name` when it keeps a letter or digit once folded (see nameKey), else BAD_USER_INPUT. */
export function checkName(name: string, argument: string): string {
  if (!nameKey(name)) throw badInput(argument, `${JSON.stringify(name.slice(0, 80))} has no letter or digit to look up`);
  return name;
}
