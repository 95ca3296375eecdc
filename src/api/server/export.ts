// CSV exports of the table's listings: GET /export/deals.csv, /export/companies.csv and
// /export/people.csv, with the filters of the GraphQL connection as query parameters
// (export-params.ts), under the same access policy as /graphql (a bearer token, or a link
// signed with one: export-link.ts). The rows are the store's listing, read with the same
// filter and sort code as the connection (streamDeals ...), written out as Neo4j gives
// them: one read transaction whose records the driver pulls only as fast as the client
// downloads (Db.stream), through csv-stringify (RFC 4180 quoting) into the response. The
// file is never held whole in memory, on the server or in the browser.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import express, { type Request, type Response, type Router } from "express";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../../config.js";
import { Db, type DbObserver } from "../../db/db.js";
import type { DatabaseHealth } from "../../db/health.js";
import type { Logger } from "../../log.js";
import {
  type CompanyExportRecord,
  type CompanyRecord,
  type DealFilter,
  type EntityRecord,
  type PagedInvestmentRecord,
  type PersonExportRecord,
  streamCompanies,
  streamDeals,
  streamPeople,
} from "../../store/index.js";
import { ErrorCode, fromDatabaseError } from "../errors.js";
import { bearerToken, callerOf, refusal } from "../security/index.js";
import { linkCaller, signLink } from "./export-link.js";
import { type ExportArgs, exportArgs, type ExportKind, isParameterError } from "./export-params.js";
import { sendError } from "./http.js";

export interface ExportOptions {
  driver: Db["driver"];
  config: Config;
  /** The API's schema: the parameters are read as its `where` input types. */
  schema: GraphQLSchema;
  log: Logger;
  health?: DatabaseHealth;
  observer?: DbObserver;
}

/** A CSV column: its header and its cell for one record. */
type Column<T> = [header: string, cell: (record: T) => string | number | null | undefined];

const names = (entities: EntityRecord[]) => entities.map((e) => e.name).join("; ");

const DEAL_COLUMNS: Array<Column<PagedInvestmentRecord>> = [
  ["id", (d) => d.id],
  ["announcedOn", (d) => d.announcedOn],
  ["kind", (d) => d.kind],
  ["stage", (d) => d.stage],
  ["status", (d) => d.status],
  ["target", (d) => targetOf(d)?.name],
  ["targetId", (d) => d.targetId],
  ["targetCountry", (d) => targetOf(d)?.country],
  ["investors", (d) => names(partiesOf(d, false))],
  ["leadInvestors", (d) => names(partiesOf(d, true))],
  ["otherInvestors", (d) => String(d.otherInvestors)],
  ["amount", (d) => d.amount?.value],
  ["currency", (d) => d.amount?.currency],
  ["amountUsd", (d) => d.amount?.usd],
  ["stakePercent", (d) => d.stakePercent],
  ["valuation", (d) => d.valuation?.value],
  ["valuationCurrency", (d) => d.valuation?.currency],
  ["valuationUsd", (d) => d.valuation?.usd],
  ["sourceCount", (d) => d.sourceCount],
];

function targetOf(deal: PagedInvestmentRecord): CompanyRecord | undefined {
  return deal.parties?.find((p): p is CompanyRecord => p.__typename === "Company" && p.id === deal.targetId);
}

/** A deal's investors (or its lead ones) as entities, in the deal's order. */
function partiesOf(deal: PagedInvestmentRecord, leadOnly: boolean): EntityRecord[] {
  const byKey = new Map((deal.parties ?? []).map((p) => [`${p.__typename}:${p.id}`, p]));
  return deal.investors.filter((i) => !leadOnly || i.lead).flatMap((i) => byKey.get(`${i.typename}:${i.id}`) ?? []);
}

const COMPANY_COLUMNS: Array<Column<CompanyExportRecord>> = [
  ["id", (c) => c.id],
  ["name", (c) => c.name],
  ["kind", (c) => c.kind],
  ["country", (c) => c.country],
  ["dealCount", (c) => c.dealCount],
  ["totalRaisedUsd", (c) => c.totalRaisedUsd],
  ["totalInvestedUsd", (c) => c.totalInvestedUsd],
  ["latestValuation", (c) => c.latestValuation?.value],
  ["latestValuationCurrency", (c) => c.latestValuation?.currency],
  ["latestValuationUsd", (c) => c.latestValuation?.usd],
  ["website", (c) => c.website],
  ["aliases", (c) => c.aliases.join("; ")],
];

const PERSON_COLUMNS: Array<Column<PersonExportRecord>> = [
  ["id", (p) => p.id],
  ["name", (p) => p.name],
  ["dealCount", (p) => p.dealCount],
  ["totalInvestedUsd", (p) => p.totalInvestedUsd],
  ["roleCount", (p) => p.roleCount],
  ["aliases", (p) => p.aliases.join("; ")],
];

/** The rows of one export and its columns, from the store's streaming listings. */
function listing(kind: ExportKind, db: Db, args: ExportArgs, timeoutMs: number): { rows: AsyncGenerator<unknown>; columns: Array<Column<never>> } {
  const orderBy = args.orderBy as never;
  switch (kind) {
    case "deals":
      return { rows: streamDeals(db, { where: args.where as DealFilter, orderBy }, timeoutMs), columns: DEAL_COLUMNS as Array<Column<never>> };
    case "companies":
      return { rows: streamCompanies(db, { where: args.where, orderBy }, timeoutMs), columns: COMPANY_COLUMNS as Array<Column<never>> };
    case "people":
      return { rows: streamPeople(db, { where: args.where, orderBy }, timeoutMs), columns: PERSON_COLUMNS as Array<Column<never>> };
  }
}

const FILE = /^\/export\/(deals|companies|people)\.csv$/;

/** The query string of a request (or of a path), as the browser sent it: repeated names kept, nothing parsed into objects. */
function queryOf(url: string): { path: string; query: URLSearchParams } {
  const parsed = new URL(url, "http://localhost");
  return { path: parsed.pathname, query: parsed.searchParams };
}

/**
 * @example app.use(exportRoutes({ driver, config, schema, log }));
 */
export function exportRoutes(options: ExportOptions): Router {
  const router = express.Router();
  let running = 0;

  router.get(FILE, async (req, res) => {
    const { path, query } = queryOf(req.originalUrl);
    const kind = FILE.exec(path)![1] as ExportKind;
    if (!admitted(req, res, path, query, options.config)) return;
    let args: ExportArgs;
    try {
      args = exportArgs(options.schema, kind, query);
    } catch (error) {
      return refuseParameter(res, error);
    }
    if (running >= options.config.EXPORT_MAX_CONCURRENT) {
      res.setHeader("retry-after", "5");
      return sendError(res, 503, `${running} exports are running (EXPORT_MAX_CONCURRENT): try again shortly.`, { code: ErrorCode.SERVICE_UNAVAILABLE });
    }
    running++;
    res.once("close", () => running--);
    await stream(kind, args, res, options);
  });

  // A signed link for a browser holding a token (export-link.ts): the export's parameters
  // are checked now, so a bad one is reported before anything is followed.
  router.post("/export/sign", express.json({ limit: 16 * 1024 }), (req, res) => {
    const token = bearerToken(req.headers.authorization);
    const refused = refusal(callerOf(token, options.config), "read", options.config);
    if (refused || !token) {
      res.setHeader("www-authenticate", "Bearer");
      return sendError(res, 401, refused?.message ?? "A signed export link needs an API token: send Authorization: Bearer <token>.", { code: ErrorCode.UNAUTHENTICATED });
    }
    const url = (req.body as { url?: unknown } | undefined)?.url;
    const target = typeof url === "string" && url.startsWith("/") ? queryOf(url) : undefined;
    const kind = target && FILE.exec(target.path)?.[1];
    if (!target || !kind) {
      return sendError(res, 400, 'url: give the export to sign as a path, e.g. { "url": "/export/deals.csv?kind=ACQUISITION" }', { code: ErrorCode.BAD_USER_INPUT, argument: "url" });
    }
    try {
      exportArgs(options.schema, kind as ExportKind, target.query);
    } catch (error) {
      return refuseParameter(res, error);
    }
    const { url: signed, expires } = signLink(target.path, target.query, token);
    res.setHeader("cache-control", "no-store");
    res.json({ url: signed, expires: expires.toISOString() });
  });
  return router;
}

/** Whether the caller may read (the policy of /graphql); answers 401 when not. */
function admitted(req: Request, res: Response, path: string, query: URLSearchParams, config: Config): boolean {
  const signed = query.has("signature");
  const caller = signed ? linkCaller(path, query, config) : callerOf(bearerToken(req.headers.authorization), config);
  const refused = refusal(caller, "read", config);
  if (!refused) return true;
  res.setHeader("www-authenticate", "Bearer");
  const message = signed && caller.role === "invalid" ? "This export link has expired or was not signed by a current API token: ask for a new one (POST /export/sign)." : refused.message;
  sendError(res, 401, message, { code: ErrorCode.UNAUTHENTICATED });
  return false;
}

function refuseParameter(res: Response, error: unknown): void {
  if (!isParameterError(error)) throw error;
  sendError(res, 400, error.message, { code: ErrorCode.BAD_USER_INPUT, parameter: error.extensions.argument });
}

/**
 * Streams the export. The first row is read before anything is sent, so a database that
 * is down or a query that fails answers with an error status; a failure after that can
 * only cut the download short (the status is sent), and is logged.
 */
async function stream(kind: ExportKind, args: ExportArgs, res: Response, { driver, config, log, health, observer }: ExportOptions): Promise<void> {
  const db = new Db(driver, { database: config.NEO4J_DATABASE, ...(health ? { health } : {}), ...(observer ? { observer } : {}) });
  const { rows, columns } = listing(kind, db, args, config.EXPORT_TIMEOUT_MS);
  let first: IteratorResult<unknown>;
  try {
    first = await rows.next();
  } catch (error) {
    const known = fromDatabaseError(error);
    if (!known) log.error({ err: error, reqId: res.locals.requestId }, "export failed");
    const status = known?.extensions.code === ErrorCode.TIMEOUT ? 504 : known ? 503 : 500;
    return sendError(res, status, known?.message ?? "The export failed.", { code: known?.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR, requestId: res.locals.requestId });
  }
  res.status(200);
  res.setHeader("content-type", "text/csv; charset=utf-8");
  res.setHeader("content-disposition", `attachment; filename="dealgraph-${kind}-${new Date().toISOString().slice(0, 10)}.csv"`);
  res.setHeader("cache-control", "no-store");
  async function* records() {
    if (first.done) return;
    yield columns.map(([, cell]) => cell(first.value as never) ?? null);
    for await (const record of rows) yield columns.map(([, cell]) => cell(record as never) ?? null);
  }
  try {
    await pipeline(Readable.from(records()), stringify({ header: true, columns: columns.map(([header]) => header) }), res);
  } catch (error) {
    // The client went away (the pipeline closed the query), or the read failed midway.
    if ((error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE") log.warn({ err: error, reqId: res.locals.requestId, export: kind }, "export cut short");
  } finally {
    // Ends the read transaction whatever happened (a no-op once the rows are all read).
    await rows.return(undefined);
  }
}
