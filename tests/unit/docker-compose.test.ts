// docker-compose.yml against what it must agree with: the embedded Neo4j version
// (tools/neo4j-launcher/pom.xml), the settings src/config.ts accepts, and itself
// (ports, URI, password). No Docker needed: the file is parsed, not run.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../src/config.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (file: string) => readFileSync(root + file, "utf8");

type Env = Record<string, string | undefined>;
type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, unknown> | string[];
  ports?: Array<string | number | { target: number | string; published?: number | string }>;
  volumes?: Array<string | { type?: string; source?: string; target: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

const compose = parse(read("docker-compose.yml")) as Compose;
const configSource = read("src/config.ts");
const pom = read("tools/neo4j-launcher/pom.xml");

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, $VAR and $$ (a literal $). */
function interpolate(value: string, env: Env): string {
  return value.replace(/\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (match, name, op, fallback, bare) => {
    if (match === "$$") return "$";
    const v = env[name ?? bare];
    if (op === ":-") return v ? v : (fallback ?? "");
    if (op === "-") return v !== undefined ? v : (fallback ?? "");
    return v ?? "";
  });
}

/** A service's environment (mapping or KEY=VALUE list), interpolated with `env`. */
function environment(service: Service, env: Env = {}): Record<string, string> {
  const raw = service.environment ?? {};
  const entries: Array<[string, unknown]> = Array.isArray(raw)
    ? raw.map((line) => {
        const i = line.indexOf("=");
        return i < 0 ? [line, env[line] ?? ""] : [line.slice(0, i), line.slice(i + 1)];
      })
    : Object.entries(raw);
  return Object.fromEntries(entries.map(([k, v]) => [k, interpolate(v === null || v === undefined ? "" : String(v), env)]));
}

/** Published ports as { published, target } (short syntax "[ip:]host:container[/proto]" or long syntax). */
function ports(service: Service, env: Env = {}): Array<{ published?: string; target: string }> {
  return (service.ports ?? []).map((p) => {
    if (typeof p === "object") return { published: p.published === undefined ? undefined : String(p.published), target: String(p.target) };
    const parts = interpolate(String(p), env).replace(/\/(tcp|udp)$/, "").split(":");
    const target = parts.pop()!;
    return { published: parts.pop(), target };
  });
}

function service(name: string): Service {
  const s = compose.services?.[name];
  expect(s, `service ${name} in docker-compose.yml`).toBeDefined();
  return s!;
}

const neo4j = () => service("neo4j");
const api = () => service("api");

// Two environments for the host: none (the file's defaults) and one that sets everything,
// so that a value hard-coded on one side and taken from a variable on the other is caught.
const hostEnvs: Array<[string, Env]> = [
  ["defaults", {}],
  ["set", { NEO4J_PASSWORD: "another-secret-42", API_TOKENS: "tok-a,tok-b", LOG_LEVEL: "debug", NEO4J_HEAP: "2g", NEO4J_PAGECACHE: "1g" }],
];

describe("docker-compose.yml", () => {
  it("runs the Neo4j major.minor version the embedded launcher is built with", () => {
    const pinned = /<neo4j\.version>\s*(\d+)\.(\d+)\.\d+\s*<\/neo4j\.version>/.exec(pom);
    expect(pinned, "<neo4j.version> in tools/neo4j-launcher/pom.xml").not.toBeNull();
    const image = /^(?:docker\.io\/)?(?:library\/)?neo4j:(\d+)\.(\d+)(?:[.-].*)?$/.exec(neo4j().image ?? "");
    expect(image, `neo4j image ${JSON.stringify(neo4j().image)}`).not.toBeNull();
    expect(`${image![1]}.${image![2]}`).toBe(`${pinned![1]}.${pinned![2]}`);
  });

  it("gives the api only variables that src/config.ts declares", () => {
    const names = Object.keys(environment(api()));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      // A key of the zod schema: "  NAME: z....", at the start of a line.
      expect(configSource, `${name} is not a setting of src/config.ts`).toMatch(new RegExp(`^\\s*${name}\\s*:`, "m"));
    }
  });

  it.each(hostEnvs)("gives the api a configuration loadConfig accepts (%s)", (_, hostEnv) => {
    const env = environment(api(), hostEnv);
    const cfg = loadConfig(env);
    expect(cfg.NEO4J_URI, "the api must use the Neo4j service, not start an embedded one").toBeTruthy();
    expect(cfg.HOST).toBe("0.0.0.0");
    expect(cfg.SEED_ON_START).toBe(true);
    expect(cfg.API_TOKENS).toEqual((hostEnv.API_TOKENS ?? "").split(",").filter(Boolean));
  });

  it("publishes the api on its PORT, and checks its health there", () => {
    const port = String(loadConfig(environment(api())).PORT);
    const published = ports(api());
    expect(published.length).toBeGreaterThan(0);
    expect(published.map((p) => p.target)).toContain(port);
    expect(published.find((p) => p.target === port)?.published).toBe(port);
    const test = [api().healthcheck?.test ?? []].flat().join(" ");
    expect(test).toMatch(new RegExp(`//(localhost|127\\.0\\.0\\.1):${port}/health(?![\\w/.-])`));
  });

  it("exposes the api's PORT in the Dockerfile", () => {
    const port = String(loadConfig(environment(api())).PORT);
    expect(read("Dockerfile")).toMatch(new RegExp(`^EXPOSE\\s+(?:\\S+\\s+)*${port}(?:/tcp)?(?:\\s|$)`, "m"));
  });

  it("points NEO4J_URI at the neo4j service's bolt port", () => {
    const uri = new URL(environment(api()).NEO4J_URI ?? "");
    expect(uri.protocol).toMatch(/^(bolt|neo4j):$/);
    expect(uri.hostname).toBe("neo4j");
    expect(compose.services).toHaveProperty(uri.hostname);
    expect(uri.port).toBe("7687");
    expect(ports(neo4j()).map((p) => p.target)).toContain("7687");
  });

  it("starts the api only once neo4j is healthy", () => {
    const health = neo4j().healthcheck;
    expect(health?.disable).not.toBe(true);
    const test = [health?.test ?? []].flat();
    expect(test.length, "neo4j healthcheck test").toBeGreaterThan(0);
    expect(test[0]).not.toBe("NONE");
    expect(test.join(" ")).toMatch(/cypher-shell|7474/);
    const dependsOn = api().depends_on;
    expect(Array.isArray(dependsOn) ? undefined : dependsOn?.neo4j?.condition).toBe("service_healthy");
  });

  it("keeps the Neo4j data in a named volume", () => {
    const mounts = (neo4j().volumes ?? []).map((v) =>
      typeof v === "string" ? { source: v.split(":")[0], target: v.split(":")[1] } : { source: v.source, target: v.target },
    );
    const data = mounts.find((m) => m.target === "/data");
    expect(data, "a volume mounted at /data").toBeDefined();
    expect(compose.volumes ?? {}, "declared under the top-level volumes").toHaveProperty(data!.source!);
  });

  it.each(hostEnvs)("gives the api the credentials of NEO4J_AUTH (%s)", (_, hostEnv) => {
    const auth = environment(neo4j(), hostEnv).NEO4J_AUTH ?? "";
    const slash = auth.indexOf("/");
    expect(slash, `NEO4J_AUTH ${JSON.stringify(auth)} is user/password`).toBeGreaterThan(0);
    const [user, password] = [auth.slice(0, slash), auth.slice(slash + 1)];
    expect(password.length, "Neo4j 5 refuses passwords shorter than 8 characters").toBeGreaterThanOrEqual(8);
    const cfg = loadConfig(environment(api(), hostEnv));
    expect(cfg.NEO4J_USER).toBe(user);
    expect(cfg.NEO4J_PASSWORD).toBe(password);
    if (hostEnv.NEO4J_PASSWORD) expect(password).toBe(hostEnv.NEO4J_PASSWORD);
  });
});
