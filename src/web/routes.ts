// The browser side, served by the API itself from the Vite build in dist/public (web/):
// the dashboard at /, the GraphQL playground at /playground and at /graphql when a
// browser asks for a page, and their hashed assets under /assets. Nothing is fetched
// from anywhere else, and each page says so in its Content-Security-Policy.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Request, type Response, type Router } from "express";
import { callerOf, can, presentedToken } from "../api/security/index.js";
import type { Config } from "../config.js";

/** Where `npm run web:build` writes (web/vite.config.ts), from src/web or dist/web alike. */
export const WEB_ROOT = fileURLToPath(new URL("../../dist/public/", import.meta.url));

export type PlaygroundMode = "on" | "token" | "off";

/** PLAYGROUND, or its default: on, except off in production. */
export function playgroundMode(config: Pick<Config, "NODE_ENV" | "PLAYGROUND">): PlaygroundMode {
  return config.PLAYGROUND ?? (config.NODE_ENV === "production" ? "off" : "on");
}

// Everything from this origin and nothing from anywhere else. The playground's editor
// (Monaco) adds <style> elements as it runs, hence 'unsafe-inline' for its styles only.
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];
export const DASHBOARD_CSP = [...POLICY, "style-src 'self'"].join("; ");
export const PLAYGROUND_CSP = [...POLICY, "style-src 'self' 'unsafe-inline'"].join("; ");

/** Whether a browser asks for a page rather than for a GraphQL result (as Apollo's landing page decides). */
function wantsPage(req: Request): boolean {
  return req.query.query === undefined && req.accepts(["application/json", "text/html"]) === "text/html";
}

function sendText(res: Response, status: number, text: string): void {
  res.status(status).type("text/plain; charset=utf-8").setHeader("cache-control", "no-store").send(`${text}\n`);
}

export interface WebOptions {
  config: Config;
  /** Default: WEB_ROOT. */
  root?: string;
}

/**
 * @example
 *   app.use(webRoutes({ config }));   // before Apollo's /graphql middleware
 */
export function webRoutes({ config, root = WEB_ROOT }: WebOptions): Router {
  const router = express.Router();
  const mode = playgroundMode(config);

  const page = (file: string, csp: string) => (_req: Request, res: Response) => {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) {
      sendText(res, 503, "The web pages are not built. Run `npm run web:build` (npm start and npm test build them when they are missing).");
      return;
    }
    res.setHeader("content-security-policy", csp);
    res.setHeader("referrer-policy", "no-referrer");
    res.setHeader("cache-control", "no-cache");
    res.sendFile(full);
  };

  const dashboard = page("index.html", DASHBOARD_CSP);
  const playgroundPage = page("playground.html", PLAYGROUND_CSP);
  const playground = (req: Request, res: Response) => {
    if (mode === "off") {
      sendText(res, 404, "The GraphQL playground is off on this server (PLAYGROUND=off). Send GraphQL requests as HTTP POST to /graphql.");
      return;
    }
    if (!can(callerOf(presentedToken(req.headers.authorization), config), "playground", { ...config, PLAYGROUND: mode })) {
      // The browser asks for credentials: any user name, an API token as the password.
      res.setHeader("www-authenticate", 'Basic realm="Dealgraph playground: an API token as the password", charset="UTF-8"');
      sendText(res, 401, "The GraphQL playground needs an API token (PLAYGROUND=token): give it as the password, with any user name.");
      return;
    }
    playgroundPage(req, res);
  };

  router.get("/", dashboard);
  router.get("/playground", playground);
  router.get("/graphql", (req, res, next) => (wantsPage(req) ? playground(req, res) : next()));
  // Hashed file names: a file's content never changes under its name.
  router.use("/assets", express.static(path.join(root, "assets"), { immutable: true, maxAge: "1y", index: false, fallthrough: false }));
  router.get("/favicon.svg", (_req, res) => {
    res.setHeader("cache-control", "public, max-age=86400");
    res.sendFile(path.join(root, "favicon.svg"));
  });
  return router;
}
