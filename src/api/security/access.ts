// Who may do what: the one access policy, used by HTTP (server/admission.ts, server/http.ts), the GraphQL operation
// guard (guard.ts), WebSocket subscriptions (server/websocket.ts), the playground page
// (web/routes.ts) and the mutations' resolvers. API_TOKENS lists bearer tokens with a
// role: `reader` may query, `editor` may also mutate (a token without a role is an
// editor, as before roles existed). QUERY_ACCESS says whether queries need a token at
// all, PLAYGROUND whether the playground page does. Tokens are compared in constant time,
// so one cannot be guessed byte by byte from response times, and they are never logged
// (log.ts redacts them).
import { createHash, timingSafeEqual } from "node:crypto";
import type { GraphQLError } from "graphql";
import type { Config } from "../../config.js";
import { forbidden, unauthenticated } from "../errors.js";

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

/** An API_TOKENS entry's token and role: `token` and `token:editor` are editors, `token:reader` a reader. */
export function tokenEntry(entry: string): { token: string; role: Role } {
  const m = /^(.*):(reader|editor)$/.exec(entry);
  return { token: m ? m[1]! : entry, role: m ? (m[2] as Role) : "editor" };
}

/** API_TOKENS entries as digests with roles. */
function tokenEntries(entries: readonly string[]): TokenEntry[] {
  let out = parsed.get(entries);
  if (!out) {
    out = entries.map((entry) => {
      const { token, role } = tokenEntry(entry);
      return { digest: digest(token), role };
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

/**
 * The role of the API token among `entries` whose `sign(token)` is `signature` (a signed
 * export link, server/export-link.ts), or undefined: every entry is compared in constant
 * time, as roleOf does, and an editor's wins over a reader's.
 */
export function roleSigning(signature: Buffer, sign: (token: string) => Buffer, entries: readonly string[]): Role | undefined {
  let role: Role | undefined;
  for (const entry of entries) {
    const { token, role: entryRole } = tokenEntry(entry);
    const expected = sign(token);
    const same = signature.length === expected.length && timingSafeEqual(signature, expected);
    if (same && role !== "editor") role = entryRole;
  }
  return role;
}

export function callerOf(token: string | undefined, config: Pick<Config, "API_TOKENS">): Caller {
  if (!token) return { role: "anonymous" };
  const role = roleOf(token, config.API_TOKENS);
  return role ? { role } : { role: "invalid" };
}

/** The token of an `Authorization: Bearer <token>` header (or connection parameter), if it is one. */
export function bearerToken(header: unknown): string | undefined {
  const match = typeof header === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1] : undefined;
}

/**
 * The token a browser presents for a page: `Authorization: Bearer <token>`, or the password
 * (else the user name) of `Basic`, which is what a browser's login prompt sends.
 */
export function presentedToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const bearer = bearerToken(header);
  if (bearer) return bearer;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const [user, password] = colon < 0 ? [decoded, ""] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
  return password || user || undefined;
}

/**
 * Whether an `Authorization` header may read /metrics: anyone when no METRICS_TOKEN is set,
 * else only that bearer token (compared as API tokens are, in constant time).
 */
export function mayReadMetrics(header: string | undefined, config: Pick<Config, "METRICS_TOKEN">): boolean {
  return !config.METRICS_TOKEN || roleOf(bearerToken(header), [config.METRICS_TOKEN]) !== undefined;
}

/**
 * What a caller may ask for: run a query or a subscription (`read`), change the graph
 * (`write`), open the playground page (`playground`).
 */
export type Action = "read" | "write" | "playground";

type Policy = Pick<Config, "API_TOKENS" | "QUERY_ACCESS"> & { PLAYGROUND?: Config["PLAYGROUND"] };

/**
 * Why `caller` may not do `action`, or null when it may: the one place that decides.
 * A wrong token is refused whatever it asks, so a client with a stale token finds out at
 * once. UNAUTHENTICATED means "send (another) token", FORBIDDEN "this token cannot".
 */
export function refusal(caller: Caller, action: Action, config: Policy): GraphQLError | null {
  // The playground page is a page, not the API: with PLAYGROUND=on it asks for nothing.
  if (action === "playground" && config.PLAYGROUND !== "token") return null;
  // With no token configured, no token can be right: say how to enable mutations.
  if (action === "write" && config.API_TOKENS.length === 0) {
    return forbidden("Mutations are disabled: no API token is configured. Set API_TOKENS (comma-separated) and send Authorization: Bearer <token>.");
  }
  if (caller.role === "invalid") return unauthenticated("The API token is not valid.");
  switch (action) {
    case "read":
      return config.QUERY_ACCESS === "token" && caller.role === "anonymous"
        ? unauthenticated("This API needs an API token: send Authorization: Bearer <token>.")
        : null;
    case "playground":
      return caller.role === "anonymous"
        ? unauthenticated("The GraphQL playground needs an API token (PLAYGROUND=token): give it as the password, with any user name.")
        : null;
    case "write":
      if (caller.role === "anonymous") return unauthenticated("This mutation needs an API token: send Authorization: Bearer <token>.");
      return caller.role === "editor" ? null : forbidden("This API token may only read: mutations need an editor token.");
  }
}

/** Whether `caller` may do `action`. */
export function can(caller: Caller, action: Action, config: Policy): boolean {
  return refusal(caller, action, config) === null;
}

/** Throws the refusal unless the bearer `token` may do `action` (for resolvers and the operation guard). */
export function requireAccess(ctx: { config: Policy; token?: string }, action: Action): void {
  const refused = refusal(callerOf(ctx.token, ctx.config), action, ctx.config);
  if (refused) throw refused;
}
