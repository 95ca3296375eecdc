// Who may do what. Mutations need a bearer token listed in API_TOKENS; the check runs
// in constant time so a token cannot be guessed byte by byte from response times.
import { createHash, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import { ErrorCode, unauthenticated } from "./errors.js";
import type { DealgraphContext } from "./context.js";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Whether `token` is one of `allowed`; compares fixed-length digests in constant time. */
export function tokenAllowed(token: string | undefined, allowed: readonly string[]): boolean {
  if (!token) return false;
  const given = digest(token);
  let ok = false;
  for (const candidate of allowed) ok = timingSafeEqual(given, digest(candidate)) || ok;
  return ok;
}

/** Throws unless the request may change the graph. */
export function requireEditor(ctx: Pick<DealgraphContext, "config" | "token">): void {
  if (ctx.config.API_TOKENS.length === 0) {
    throw new GraphQLError(
      "Mutations are disabled: no API token is configured. Set API_TOKENS (comma-separated) and send Authorization: Bearer <token>.",
      { extensions: { code: ErrorCode.FORBIDDEN } },
    );
  }
  if (!ctx.token) throw unauthenticated("This mutation needs an API token: send Authorization: Bearer <token>.");
  if (!tokenAllowed(ctx.token, ctx.config.API_TOKENS)) throw unauthenticated("The API token is not valid.");
}
