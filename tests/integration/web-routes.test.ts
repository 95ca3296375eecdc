// The pages the API serves, over HTTP: the dashboard at /, the playground at /playground
// and at /graphql for a browser (as PLAYGROUND allows: on, token, off), their assets, a
// policy that keeps them on this origin, and GraphQL clients at /graphql left to Apollo.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { applyMigrations } from "../../src/db/migrations.js";
import { ensureWebBuilt } from "../../src/web/build.js";
import { playgroundMode, webRoutes, WEB_ROOT } from "../../src/web/routes.js";
import { closeTestDriver, testDriver } from "../helpers/db.js";
import { startWebServer, type WebServer } from "../helpers/web-server.js";

const TOKEN = "editor-token-for-web-route-tests";
const READER = "reader-token-for-web-route-tests";
const HTML = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

let open: WebServer;
let guarded: WebServer;
let off: WebServer;

beforeAll(async () => {
  await ensureWebBuilt();
  await applyMigrations(testDriver());
  open = await startWebServer({ API_TOKENS: TOKEN });
  guarded = await startWebServer({ API_TOKENS: `${TOKEN},${READER}:reader`, PLAYGROUND: "token" });
  off = await startWebServer({ NODE_ENV: "production" });
});
afterAll(async () => {
  await Promise.all([open, guarded, off].map((s) => s?.stop()));
  await closeTestDriver();
});

describe("the dashboard", () => {
  it("is at /, with a policy that allows this origin only and every asset it names", async () => {
    const response = await fetch(`${open.url}/`, { headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await response.text();
    expect(html).toContain("<title>Dealgraph");
    // Nothing from another site: every src and href is a path on this server.
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^\//);
    for (const asset of refs.filter((r) => r.startsWith("/assets/"))) {
      const served = await fetch(`${open.url}${asset}`);
      expect(served.status, asset).toBe(200);
      expect(served.headers.get("cache-control")).toContain("immutable");
    }
  });

  it("answers 404 for an asset that does not exist", async () => {
    expect((await fetch(`${open.url}/assets/nothing-here.js`)).status).toBe(404);
  });
});

describe("the playground", () => {
  it("is GraphiQL at /playground, and at /graphql when a browser asks for a page", async () => {
    for (const url of [`${open.url}/playground`, `${open.url}/graphql`]) {
      const response = await fetch(url, { headers: HTML });
      expect(response.status, url).toBe(200);
      expect(await response.text()).toContain("GraphQL playground");
      expect(response.headers.get("content-security-policy")).toContain("connect-src 'self'");
    }
  });

  it("leaves /graphql to Apollo for GraphQL clients, GET with a query included", async () => {
    const post = await open.post("{ __typename }");
    expect(post.data).toEqual({ __typename: "Query" });
    const get = await fetch(`${open.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "text/html, application/json;q=0.9", "apollo-require-preflight": "true" },
    });
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("with PLAYGROUND=token, is shown only for an API token, given as a password or a bearer token", async () => {
    const denied = await fetch(`${guarded.url}/playground`, { headers: HTML });
    expect(denied.status).toBe(401);
    expect(denied.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    expect(await denied.text()).toContain("needs an API token");
    expect((await fetch(`${guarded.url}/graphql`, { headers: { ...HTML, authorization: basic("me", "wrong") } })).status).toBe(401);

    for (const authorization of [basic("analyst", READER), basic("", TOKEN), `Bearer ${READER}`]) {
      const allowed = await fetch(`${guarded.url}/playground`, { headers: { ...HTML, authorization } });
      expect(allowed.status, authorization).toBe(200);
    }
    // The dashboard and the API itself are not behind the playground's guard.
    expect((await fetch(`${guarded.url}/`, { headers: HTML })).status).toBe(200);
    expect((await guarded.post("{ __typename }")).data).toEqual({ __typename: "Query" });
  });

  it("is off by default in production, saying so", async () => {
    const response = await fetch(`${off.url}/playground`, { headers: HTML });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("PLAYGROUND=off");
    expect((await fetch(`${off.url}/graphql`, { headers: HTML })).status).toBe(404);
    expect((await off.post("{ __typename }")).data).toEqual({ __typename: "Query" });
  });

  it("takes its mode from PLAYGROUND, by default on except in production", () => {
    const mode = (env: Record<string, string>) => playgroundMode(loadConfig({ ...env }));
    expect(mode({})).toBe("on");
    expect(mode({ NODE_ENV: "production" })).toBe("off");
    expect(mode({ NODE_ENV: "production", PLAYGROUND: "token" })).toBe("token");
    expect(mode({ PLAYGROUND: "off" })).toBe("off");
    expect(() => loadConfig({ PLAYGROUND: "maybe" })).toThrow(/PLAYGROUND/);
  });
});

describe("before the pages are built", () => {
  it("says how to build them", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "dealgraph-no-web-"));
    const app = express().use(webRoutes({ config: loadConfig({}), root: empty }));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("npm run web:build");
    } finally {
      server.close();
      fs.rmSync(empty, { recursive: true });
    }
    expect(fs.existsSync(path.join(WEB_ROOT, "index.html"))).toBe(true);
  });
});
