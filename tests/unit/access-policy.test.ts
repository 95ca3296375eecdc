// The one access policy (src/api/security/access.ts): who may read, write and open the
// playground, under each setting; and that it is the only place that decides, with the
// only parser of bearer tokens.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bearerToken, type Caller, can, mayReadMetrics, presentedToken, refusal } from "../../src/api/security/access.js";

const EDITOR: Caller = { role: "editor" };
const READER: Caller = { role: "reader" };
const ANONYMOUS: Caller = { role: "anonymous" };
const INVALID: Caller = { role: "invalid" };
const CALLERS = { editor: EDITOR, reader: READER, anonymous: ANONYMOUS, invalid: INVALID };

const base = { API_TOKENS: ["e-token"], QUERY_ACCESS: "public" as const, PLAYGROUND: "on" as const };

/** Which callers may do `action` under `config`. */
const allowed = (action: "read" | "write" | "playground", config: Parameters<typeof can>[2]) =>
  Object.entries(CALLERS)
    .filter(([, caller]) => can(caller, action, config))
    .map(([name]) => name);

describe("the access policy", () => {
  it("reads: anyone with QUERY_ACCESS=public, readers and editors with token; a wrong token never", () => {
    expect(allowed("read", base)).toEqual(["editor", "reader", "anonymous"]);
    expect(allowed("read", { ...base, QUERY_ACCESS: "token" })).toEqual(["editor", "reader"]);
  });

  it("writes: editors only, and nobody when no token is configured", () => {
    expect(allowed("write", base)).toEqual(["editor"]);
    expect(allowed("write", { ...base, API_TOKENS: [] })).toEqual([]);
    expect(refusal(READER, "write", base)?.extensions.code).toBe("FORBIDDEN");
    expect(refusal(ANONYMOUS, "write", base)?.extensions.code).toBe("UNAUTHENTICATED");
    expect(refusal(INVALID, "write", base)?.message).toBe("The API token is not valid.");
    // With none configured, every token is wrong: the answer says how to enable mutations.
    for (const caller of [EDITOR, INVALID, ANONYMOUS]) expect(refusal(caller, "write", { ...base, API_TOKENS: [] })?.message).toMatch(/Set API_TOKENS/);
  });

  it("the playground page: anyone with PLAYGROUND=on, any valid token with PLAYGROUND=token", () => {
    expect(allowed("playground", base)).toEqual(["editor", "reader", "anonymous", "invalid"]);
    expect(allowed("playground", { ...base, PLAYGROUND: "token" })).toEqual(["editor", "reader"]);
  });

  it("reads bearer tokens in one way: `Bearer <token>`, case aside, nothing else", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer   abc  ")).toBe("abc");
    for (const other of ["Basic abc", "Bearer", "Bearer a b", "abc", undefined, 42]) expect(bearerToken(other)).toBeUndefined();
  });

  it("reads a page's token from Bearer or from Basic (the password, else the user name), and guards /metrics with METRICS_TOKEN", () => {
    const basic = (s: string) => `Basic ${Buffer.from(s).toString("base64")}`;
    expect(presentedToken("Bearer abc")).toBe("abc");
    expect(presentedToken(basic("any:abc"))).toBe("abc");
    expect(presentedToken(basic("abc"))).toBe("abc");
    expect(presentedToken(basic(":"))).toBeUndefined();
    expect(presentedToken(undefined)).toBeUndefined();
    expect(mayReadMetrics(undefined, { METRICS_TOKEN: undefined })).toBe(true);
    expect(mayReadMetrics("Bearer m-token", { METRICS_TOKEN: "m-token" })).toBe(true);
    for (const header of [undefined, "Bearer other", basic("x:m-token")]) expect(mayReadMetrics(header, { METRICS_TOKEN: "m-token" })).toBe(false);
  });

  it("is the only place in src/ that parses a bearer token or compares one", () => {
    const root = path.resolve("src");
    const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const parsing = files.filter((f) => /Bearer\\s|timingSafeEqual/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(parsing).toEqual([path.join("api", "security", "access.ts")]);
    const basic = files.filter((f) => /Basic\\s/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(basic).toEqual([path.join("api", "security", "access.ts")]);
  });
});
