// The store's one error of its own: an argument it cannot use. Plain, so that the store
// knows nothing of GraphQL; src/api/errors.ts turns it into BAD_USER_INPUT.

/**
 * A value a caller passed that the store cannot use (a cursor from another listing), with
 * the path of the argument it came from. The message reads as the client will see it:
 * "after: ... is not a cursor of this listing ...".
 *
 * @example
 *   throw new InvalidArgumentError("after", "not base64url");
 */
export class InvalidArgumentError extends Error {
  override readonly name = "InvalidArgumentError";

  constructor(
    /** The argument's path, e.g. "after" or "where.kind". */
    readonly argument: string,
    /** What is wrong with it, without the argument's name. */
    readonly reason: string,
  ) {
    super(`${argument}: ${reason}`);
  }
}
