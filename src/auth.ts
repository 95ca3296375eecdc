// Who may do what. API_TOKENS lists bearer tokens with a role: `reader` may query,
// `editor` may also mutate (a token without a role is an editor, as before roles
// existed). QUERY_ACCESS says whether queries need a token at all. Tokens are compared
// in constant time, so one cannot be guessed byte by byte from response times, and they
// are never logged (log.ts redacts them).
import { createHash, timingSafeEqual } from "node:crypto";
import type { Config } from "./config.js";
import type { DealgraphContext } from "./context.js";
import { forbidden, unauthenticated } from "./errors.js";

export type Role = "reader" | "editor";

/** What a request's bearer token makes of its caller. */
export type Caller = { role: Role } | { role: "anonymous" } | { role: "invalid" };

interface TokenEntry {
  digest: Buffer;
  role: Role;
}

const digest = (s: string) => createHash("sha256").update(s).digest();

// Digests of each API_TOKENS list, computed once per list (configs are immutable).
const parsed = new WeakMap<readonly string[], TokenEntry[]>();

/** API_TOKENS entries as digests with roles: `token` and `token:editor` are editors, `token:reader` a reader. */
function tokenEntries(entries: readonly string[]): TokenEntry[] {
  let out = parsed.get(entries);
  if (!out) {
    out = entries.map((entry) => {
      const m = /^(.*):(reader|editor)$/.exec(entry);
      return { digest: digest(m ? m[1]! : entry), role: m ? (m[2] as Role) : "editor" };
    });
    parsed.set(entries, out);
  }
  return out;
}

/**
 * The role of `token` among `entries` (API_TOKENS), or undefined. Every entry is compared,
 * each as a fixed-length digest with timingSafeEqual, so the time taken says nothing of
 * which entry matched or how much of it.
 */
export function roleOf(token: string | undefined, entries: readonly string[]): Role | undefined {
  if (!token) return undefined;
  const given = digest(token);
  let role: Role | undefined;
  for (const entry of tokenEntries(entries)) {
    const same = timingSafeEqual(given, entry.digest);
    // An editor entry wins over a reader entry for the same token, whatever the order.
    if (same && role !== "editor") role = entry.role;
  }
  return role;
}

/** Whether `token` is one of `allowed`, whatever its role. */
export function tokenAllowed(token: string | undefined, allowed: readonly string[]): boolean {
  return roleOf(token, allowed) !== undefined;
}

export function callerOf(token: string | undefined, config: Pick<Config, "API_TOKENS">): Caller {
  if (!token) return { role: "anonymous" };
  const role = roleOf(token, config.API_TOKENS);
  return role ? { role } : { role: "invalid" };
}

type AuthContext = Pick<DealgraphContext, "config" | "token">;

/** Throws unless the request may change the graph: an editor token. */
export function requireEditor(ctx: AuthContext): void {
  if (ctx.config.API_TOKENS.length === 0) {
    throw forbidden(
      "Mutations are disabled: no API token is configured. Set API_TOKENS (comma-separated) and send Authorization: Bearer <token>.",
    );
  }
  const caller = callerOf(ctx.token, ctx.config);
  if (caller.role === "anonymous") throw unauthenticated("This mutation needs an API token: send Authorization: Bearer <token>.");
  if (caller.role === "invalid") throw unauthenticated("The API token is not valid.");
  if (caller.role !== "editor") throw forbidden("This API token may only read: mutations need an editor token.");
}

/** Throws unless the request may read: always with QUERY_ACCESS=public, else a reader or editor token. */
export function requireReader(ctx: AuthContext): void {
  const caller = callerOf(ctx.token, ctx.config);
  if (caller.role === "invalid") throw unauthenticated("The API token is not valid.");
  if (ctx.config.QUERY_ACCESS === "token" && caller.role === "anonymous") {
    throw unauthenticated("This API needs an API token: send Authorization: Bearer <token>.");
  }
}
