// Signed export links: how a browser that holds an API token downloads an export with a
// plain link. A link cannot carry an Authorization header, and a token in a URL would end
// up in the browser's history and in proxies' logs; so the page asks POST /export/sign
// (with the header) for a link to one export, signed with its token and valid for
// LINK_TTL_S, and the browser follows that link, which streams like any other.
//
// The signature is HMAC-SHA256 of the link's path and its sorted parameters (the expiry
// among them), keyed with the API token itself: no secret to configure or share between
// instances, any instance with the same API_TOKENS accepts it, and a token taken out of
// API_TOKENS takes its links with it. Checked in constant time against every token, by
// the access policy (roleSigning in security/access.ts).
import { createHmac } from "node:crypto";
import type { Config } from "../../config.js";
import { type Caller, roleSigning } from "../security/index.js";

/** How long a signed link may be followed (it is followed at once, by the page that asked). */
export const LINK_TTL_S = 60;

/** The text a link's signature covers: its path and its parameters but the signature, sorted. */
function signedText(path: string, query: URLSearchParams): string {
  const params = [...query].filter(([name]) => name !== "signature").sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${path}?${new URLSearchParams(params)}`;
}

const hmac = (token: string, text: string) => createHmac("sha256", token).update(text).digest();

/**
 * The link to `path` with `query` that `token` vouches for until LINK_TTL_S from `now`.
 *
 * @example signLink("/export/deals.csv", new URLSearchParams("kind=ACQUISITION"), token) // "/export/deals.csv?kind=ACQUISITION&expires=…&signature=…"
 */
export function signLink(path: string, query: URLSearchParams, token: string, now = Date.now()): { url: string; expires: Date } {
  const signed = new URLSearchParams(query);
  signed.delete("signature");
  const expires = Math.floor(now / 1000) + LINK_TTL_S;
  signed.set("expires", String(expires));
  signed.set("signature", hmac(token, signedText(path, signed)).toString("base64url"));
  return { url: `${path}?${signed}`, expires: new Date(expires * 1000) };
}

/**
 * Who signed the link, as a Caller for the access policy: the role of the API token whose
 * signature it bears; "invalid" when it is expired, malformed or signed by no current
 * token; "anonymous" when it carries no signature at all.
 */
export function linkCaller(path: string, query: URLSearchParams, config: Pick<Config, "API_TOKENS">, now = Date.now()): Caller {
  const signature = query.get("signature");
  if (signature === null) return { role: "anonymous" };
  const expires = Number(query.get("expires"));
  if (!Number.isInteger(expires) || expires * 1000 < now || query.getAll("signature").length > 1) return { role: "invalid" };
  const text = signedText(path, query);
  const role = roleSigning(Buffer.from(signature, "base64url"), (token) => hmac(token, text), config.API_TOKENS);
  return role ? { role } : { role: "invalid" };
}
