// The fuzzer's cases: HTTP requests to /graphql, generated from the schema with a seeded
// PRNG (the same seed gives the same cases). Three kinds: valid operations (random
// fields, arguments and selections), almost valid ones (one mutation away), and hostile
// ones (deep, wide, aliased, fragment bombs, huge strings, wrong types, odd unicode,
// malformed HTTP).
import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { rng } from "../../src/bench/synthetic.js";

export type Kind = "valid" | "almost" | "hostile";

export interface FuzzCase {
  kind: Kind;
  /** What the case tries, e.g. "deep selection" or "wrong variable type". */
  label: string;
  method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
  headers: Record<string, string>;
  /** Raw body (POST/PUT/...), or the query string for GET. */
  body?: string;
  query?: string;
}


const WEIRD_STRINGS = [
  "",
  " ",
  "acme",
  "Acme Corp",
  "x".repeat(300),
  "😀🚀💸",
  "\u202Eevil\u202C",
  "\u200B\u200C\u200D\uFEFF",
  "\uD800",
  "\uDFFF\uD800",
  "a\u0000b",
  "e\u0301\u0301\u0301\u0301",
  "Ǆ ǅ ǆ ß ẞ İ ı",
  "مرحبا שלום",
  "日本語のテキスト",
  "' OR 1=1 //",
  "*:*",
  "\\",
  '"',
  "${x}",
  "%s%s%n",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "2025-02-30",
  "9".repeat(400),
];

export function generateCases(schema: GraphQLSchema, options: { count: number; seed?: number; ids: string[]; token: string }): FuzzCase[] {
  const r = rng(options.seed ?? 1);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => r() < p;
  const query = schema.getQueryType()!;
  const mutation = schema.getMutationType();

  const randomString = (): string => {
    if (chance(0.5)) return pick(WEIRD_STRINGS);
    const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 -_'\"*:~^(){}[]\\/éüñ中😀\u0000\u202E";
    return Array.from({ length: int(40) }, () => alphabet[int(alphabet.length)]).join("");
  };

  /** A value for `type`: valid most of the time. */
  const value = (type: GraphQLInputType, depth = 0): unknown => {
    const inner = getNullableType(type);
    if (!isNonNullType(type) && chance(0.15)) return null;
    if (isListType(inner)) return Array.from({ length: int(4) }, () => value(inner.ofType, depth + 1));
    if (isEnumType(inner)) return pick(inner.getValues()).value;
    if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) || (depth < 3 && chance(0.4)));
      return Object.fromEntries(fields.map((f) => [f.name, value(f.type, depth + 1)]));
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case "ID":
          return chance(0.8) ? pick(options.ids) : randomString();
        case "String":
          return chance(0.5) ? pick(options.ids) : randomString();
        case "Int":
          return pick([0, 1, 2, 5, 10, 20, 50, 100, 101, -1, 2 ** 31 - 1]);
        case "Float":
          return pick([0, 1.5, 1e6, 1e12, -3.2, 1e308]);
        case "Boolean":
          return chance(0.5);
        case "PartialDate":
          return pick(["2025", "2025-06", "2025-06-13", "2024-02-29", "2025-13", "1999"]);
        default:
          return randomString();
      }
    }
    return null;
  };

  const literal = (v: unknown, type: GraphQLInputType): string => {
    const inner = getNullableType(type);
    if (v === null || v === undefined) return "null";
    if (isListType(inner)) return `[${(v as unknown[]).map((x) => literal(x, inner.ofType)).join(", ")}]`;
    if (isEnumType(inner)) return String(v);
    if (isInputObjectType(inner)) {
      const fields = inner.getFields();
      return `{ ${Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => `${k}: ${literal(x, fields[k]!.type)}`)
        .join(", ")} }`;
    }
    // A lone surrogate cannot be written in a GraphQL string literal (it can in JSON variables).
    return JSON.stringify(v).replace(/\\ud[89a-f][0-9a-f]{2}/gi, "\uFFFD");
  };

  /** A selection set for `type`, up to `depth` levels, with arguments as literals or variables. */
  const selection = (type: GraphQLNamedType, depth: number, vars: Map<string, { type: GraphQLInputType; value: unknown }>): string => {
    if (isLeafType(type)) return "";
    if (isAbstractType(type)) {
      // One fragment: fields of the same name in two fragments may conflict (kind: CompanyKind vs InvestmentKind).
      const possible = pick(schema.getPossibleTypes(type));
      return `__typename ... on ${possible.name} { ${selection(possible, depth - 1, vars) || "__typename"} }`;
    }
    if (!isObjectType(type)) return "__typename";
    const fields = Object.values(type.getFields());
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    const width = 1 + int(4);
    for (let i = 0; i < width; i++) chosen.add(pick(fields));
    const parts: string[] = [];
    for (const field of chosen) {
      const named = getNamedType(field.type);
      if (!isLeafType(named) && depth <= 1) continue;
      const args = field.args.filter((a) => isNonNullType(a.type) || chance(0.3));
      const argText = args
        .map((a) => {
          const v = value(a.type);
          if (chance(0.5)) {
            const name = `v${vars.size}`;
            vars.set(name, { type: a.type, value: v });
            return `${a.name}: $${name}`;
          }
          return `${a.name}: ${literal(v, a.type)}`;
        })
        .join(", ");
      const inner = isLeafType(named) ? "" : ` { ${selection(named, depth - 1, vars) || "__typename"} }`;
      parts.push(`${field.name}${argText ? `(${argText})` : ""}${inner}`);
    }
    return parts.join(" ") || "__typename";
  };

  const operation = (root = query, opName = "Fuzz"): { text: string; variables: Record<string, unknown> } => {
    const vars = new Map<string, { type: GraphQLInputType; value: unknown }>();
    const body = selection(root, 2 + int(4), vars);
    const defs = [...vars].map(([n, v]) => `$${n}: ${v.type.toString()}`).join(", ");
    const keyword = root === query ? "query" : "mutation";
    return {
      text: `${keyword} ${opName}${defs ? `(${defs})` : ""} { ${body} }`,
      variables: Object.fromEntries([...vars].map(([n, v]) => [n, v.value])),
    };
  };

  const json = (label: string, kind: Kind, payload: unknown, headers: Record<string, string> = {}): FuzzCase => ({
    kind,
    label,
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(payload),
  });

  const valid = (): FuzzCase => {
    const asEditor = mutation && chance(0.1);
    const op = asEditor ? operation(mutation!, "FuzzWrite") : operation();
    return json(asEditor ? "valid mutation" : "valid query", "valid", { query: op.text, variables: op.variables }, asEditor ? { authorization: `Bearer ${options.token}` } : {});
  };

  const almost = (): FuzzCase => {
    const op = operation();
    const text = op.text;
    const at = int(text.length);
    const mutations: Array<[string, () => { query: unknown; variables?: unknown; operationName?: unknown }]> = [
      ["a character dropped", () => ({ query: text.slice(0, at) + text.slice(at + 1), variables: op.variables })],
      ["a character added", () => ({ query: text.slice(0, at) + pick(["{", "}", "(", ")", "$", "@", '"', ":", "!", "…"]) + text.slice(at), variables: op.variables })],
      ["cut short", () => ({ query: text.slice(0, at), variables: op.variables })],
      ["a field misspelt", () => ({ query: text.replace(/\b(companies|company|investments|person|people|articles|node|search|name|id)\b/, "$1x"), variables: op.variables })],
      ["an unknown argument", () => ({ query: text.replace(/\{ (\w+)/, "{ $1(bogus: 1)"), variables: op.variables })],
      ["a variable missing", () => ({ query: text, variables: {} })],
      ["a variable of the wrong type", () => ({ query: text, variables: Object.fromEntries(Object.keys(op.variables).map((k) => [k, pick([{ a: 1 }, [1, [2]], 12.5, true, "x", -1])])) })],
      ["an extra variable", () => ({ query: text, variables: { ...op.variables, extra: "x" } })],
      ["the wrong operationName", () => ({ query: text, variables: op.variables, operationName: "Nope" })],
      ["two operations, no name", () => ({ query: `${text} query Other { __typename }`, variables: op.variables })],
      ["a conflicting alias", () => ({ query: `{ a: company(id: "acme") { id } a: company(id: "beta") { name } }` })],
      ["a literal of the wrong type", () => ({ query: `{ companies(first: "ten") { totalCount } investment(id: 5) { id } }` })],
      ["a mutation without a token", () => ({ query: mutation ? operation(mutation, "NoToken").text : text })],
      ["variables as a string", () => ({ query: text, variables: JSON.stringify(op.variables) })],
      ["an undefined fragment", () => ({ query: `{ ...Missing }` })],
      ["subscription over HTTP", () => ({ query: `subscription { __typename }` })],
    ];
    const [label, make] = pick(mutations);
    return json(label, "almost", make());
  };

  const hostile = (): FuzzCase => {
    const depth = pick([12, 50, 200, 3000]);
    const makers: Array<[string, () => FuzzCase]> = [
      ["deep selection", () => json("deep selection", "hostile", { query: `{ ${"company(id: \"acme\") { investmentsReceived { target { ".repeat(depth / 3)}id${" } } }".repeat(depth / 3)} }` })],
      ["deep nesting of braces", () => json("deep nesting of braces", "hostile", { query: "{".repeat(depth * 10) + "}".repeat(depth * 10) })],
      ["wide selection", () => json("wide selection", "hostile", { query: `{ company(id: "acme") { ${"id name aliases ".repeat(1 + int(2000))} } }` })],
      ["many aliases", () => json("many aliases", "hostile", { query: `{ ${Array.from({ length: 30 + int(600) }, (_, i) => `a${i}: companies(first: 100) { totalCount }`).join(" ")} }` })],
      ["__typename aliases", () => json("__typename aliases", "hostile", { query: `{ ${Array.from({ length: 1500 }, (_, i) => `t${i}: __typename`).join(" ")} }` })],
      ["directive flood", () => json("directive flood", "hostile", { query: `{ __typename ${"@include(if: true) ".repeat(20 + int(400))} }` })],
      ["fragment bomb", () => {
        const n = 10 + int(25);
        const frags = Array.from({ length: n }, (_, i) => (i === 0 ? `fragment F0 on Query { companies(first: 100) { totalCount } }` : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`));
        return json("fragment bomb", "hostile", { query: `query { ...F${n - 1} } ${frags.join(" ")}` });
      }],
      ["fragment cycle", () => json("fragment cycle", "hostile", { query: `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }` })],
      ["huge string argument", () => json("huge string argument", "hostile", { query: `query($n: String) { company(name: $n) { id } search(text: $n) { score } }`, variables: { n: "A".repeat(pick([10_000, 200_000, 900_000])) } })],
      ["body over the limit", () => json("body over the limit", "hostile", { query: "{ __typename }", variables: { pad: "x".repeat(1_200_000) } })],
      ["huge numbers", () => json("huge numbers", "hostile", { query: `query($f: Int, $x: Float) { companies(first: $f, where: {}) { totalCount } investments(where: { minUsd: $x }) { totalCount } }`, variables: { f: pick([2 ** 53, 1e308, -(2 ** 31) - 1, 1.5]), x: pick([1e308, -1e308, 0]) } })],
      ["huge int literal", () => json("huge int literal", "hostile", { query: `{ companies(first: 99999999999999999999999) { totalCount } }` })],
      ["nested arrays in a variable", () => {
        let v: unknown = "acme";
        for (let i = 0; i < 1000; i++) v = [v];
        return json("nested arrays in a variable", "hostile", { query: `query($ids: [ID!]) { companies(where: { ids: $ids }) { totalCount } }`, variables: { ids: v } });
      }],
      ["deep object in a variable", () => {
        let v: Record<string, unknown> = {};
        for (let i = 0; i < 800; i++) v = { nameContains: "a", x: v };
        return json("deep object in a variable", "hostile", { query: `query($w: CompanyWhere) { companies(where: $w) { totalCount } }`, variables: { w: v } });
      }],
      ["odd unicode everywhere", () => json("odd unicode everywhere", "hostile", { query: `query($a: String, $b: ID!) { company(name: $a) { id } node(id: $b) { id } search(text: $a) { score } }`, variables: { a: pick(WEIRD_STRINGS), b: pick(WEIRD_STRINGS) } })],
      ["unicode in the document", () => json("unicode in the document", "hostile", { query: `{ company(name: "${pick(WEIRD_STRINGS).replace(/["\\]/g, "")}\u0007") { id } 𝔣𝔦𝔢𝔩𝔡 }` })],
      ["lone surrogate in the body", () => ({ kind: "hostile", label: "lone surrogate in the body", method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ company(name: \\"\\ud800\\") { id } }"}' })],
      ["invalid UTF-8", () => ({ kind: "hostile", label: "invalid UTF-8", method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x22, 0x7d]).toString("latin1") })],
      ["not JSON", () => ({ kind: "hostile", label: "not JSON", method: "POST", headers: { "content-type": "application/json" }, body: pick(["{", "}", "nul", "{'query': 1}", "\u0000", "[[[[", "{\"query\":\"{ __typename }\"", ""]) })],
      ["JSON that is not an object", () => ({ kind: "hostile", label: "JSON that is not an object", method: "POST", headers: { "content-type": "application/json" }, body: pick(["null", "42", '"{ __typename }"', "true", "[]", "[1,2]", "{}"]) })],
      ["query of the wrong type", () => json("query of the wrong type", "hostile", { query: pick([123, { a: 1 }, ["{ __typename }"], null, true]), variables: pick([null, [], "x", 5]), operationName: pick([5, {}, null]) })],
      ["junk extensions", () => json("junk extensions", "hostile", { query: "{ __typename }", extensions: pick([{ persistedQuery: { version: 1, sha256Hash: "00" } }, { persistedQuery: "x" }, "x", [1]]) })],
      ["a batch", () => ({ kind: "hostile", label: "a batch", method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(Array.from({ length: 1 + int(50) }, () => ({ query: "{ companies { totalCount } }" }))) })],
      ["introspection", () => json("introspection", "hostile", { query: pick([`{ __schema { types { name fields { name } } } }`, `{ __type(name: "Company") { fields { name } } }`, `{ __type(name: "\u0000") { name } }`]) })],
      ["simple content type (CSRF)", () => ({ kind: "hostile", label: "simple content type (CSRF)", method: "POST", headers: { "content-type": pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) }, body: '{"query":"{ __typename }"}' })],
      ["no content type", () => ({ kind: "hostile", label: "no content type", method: "POST", headers: {}, body: '{"query":"{ __typename }"}' })],
      ["GET", () => {
        const document = pick(["{ companies { totalCount } }", 'mutation { removeArticle(id: "x") { outcome } }', "{ __typename", "%%%"]);
        const variables = pick(["{}", "x", "[1]", '{"a":']);
        const headers: Record<string, string> = chance(0.5) ? { "apollo-require-preflight": "1" } : {};
        return { kind: "hostile", label: "GET", method: "GET", headers, query: `query=${encodeURIComponent(document)}&variables=${encodeURIComponent(variables)}` };
      }],
      ["other methods", () => ({ kind: "hostile", label: "other methods", method: pick(["PUT", "DELETE", "PATCH"] as const), headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' })],
      ["bad tokens", () => json("bad tokens", "hostile", { query: "{ __typename }" }, { authorization: pick(["Bearer", "Bearer ", "Bearer a b", "Basic Zm9vOmJhcg==", `Bearer ${"x".repeat(5000)}`, "Bearer \u00e9", `Bearer ${options.token}x`]) })],
      ["bad bookmarks header", () => json("bad bookmarks header", "hostile", { query: "{ __typename }" }, { "dealgraph-bookmarks": pick(["x", "WyJ4Il0", Buffer.from(JSON.stringify(["x".repeat(600)])).toString("base64url"), Buffer.from("[1]").toString("base64url")]) })],
      ["cursor garbage", () => json("cursor garbage", "hostile", { query: `query($a: String) { companies(after: $a) { totalCount } investments(after: $a) { totalCount } }`, variables: { a: pick(["%%%", "eyJ", Buffer.from('{"a":1}').toString("base64url"), Buffer.from("[1e400, null]").toString("base64url"), "A".repeat(5000)]) } })],
      ["graph arguments out of range", () => json("graph arguments out of range", "hostile", { query: `query($d: Int, $h: Int) { dealGraph(ids: ["acme"], depth: $d) { nodes { id } } shortestPath(from: "acme", to: "beta", maxHops: $h) { length } }`, variables: { d: pick([-1, 0, 7, 1000, 2 ** 31 - 1]), h: pick([-1, 0, 7, 1000]) } })],
    ];
    return pick(makers)[1]();
  };

  const cases: FuzzCase[] = [];
  for (let i = 0; i < options.count; i++) {
    const u = r();
    cases.push(u < 0.4 ? valid() : u < 0.7 ? almost() : hostile());
  }
  return cases;
}
