// Prometheus metrics, served at /metrics: GraphQL requests and their latency by
// operation, errors by code, HTTP responses by status, database transactions, round
// trips and the connection pool, plus Node's process metrics. One registry per server.
import type { Driver } from "neo4j-driver";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { AccessMode, DbObserver, TransactionOutcome } from "../db/db.js";

// Operation names come from clients: past this many distinct ones, new names are counted
// as "other", so that a client cannot grow the metrics (and the server's memory) at will.
const MAX_OPERATION_NAMES = 100;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly requests = new Counter({
    name: "dealgraph_graphql_requests_total",
    help: "GraphQL operations answered, by operation name, type and outcome (ok: no error; error: at least one).",
    labelNames: ["operation", "type", "outcome"] as const,
    registers: [this.registry],
  });
  readonly requestDuration = new Histogram({
    name: "dealgraph_graphql_request_duration_seconds",
    help: "Time from the start of a GraphQL request to its response, by operation name and type.",
    labelNames: ["operation", "type"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "dealgraph_graphql_errors_total",
    help: "Errors sent to clients, by extensions.code.",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });
  readonly http = new Counter({
    name: "dealgraph_http_responses_total",
    help: "HTTP responses, by route and status (includes requests refused before GraphQL: body too large, malformed JSON).",
    labelNames: ["route", "status"] as const,
    registers: [this.registry],
  });
  readonly dbTransactions = new Counter({
    name: "dealgraph_db_transactions_total",
    help: "Database transactions, by access mode and outcome (ok, unavailable, timeout, error).",
    labelNames: ["mode", "outcome"] as const,
    registers: [this.registry],
  });
  readonly dbTransactionDuration = new Histogram({
    name: "dealgraph_db_transaction_duration_seconds",
    help: "Duration of database transactions, retries included, by access mode.",
    labelNames: ["mode"] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly dbTransactionsActive = new Gauge({
    name: "dealgraph_db_transactions_active",
    help: "Database transactions in progress (each holds or awaits one pooled connection).",
    registers: [this.registry],
  });
  readonly dbRoundTrips = new Counter({
    name: "dealgraph_db_round_trips_total",
    help: "Queries sent to the database by GraphQL requests.",
    registers: [this.registry],
  });
  readonly dbRoundTripsPerRequest = new Histogram({
    name: "dealgraph_db_round_trips_per_request",
    help: "Queries sent to the database per GraphQL request.",
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34],
    registers: [this.registry],
  });
  readonly dbUp = new Gauge({
    name: "dealgraph_db_up",
    help: "1 while the database is reachable as the API last saw it, 0 during an outage.",
    registers: [this.registry],
  });

  /** For Db: transaction counts, durations and the number in progress. */
  readonly dbObserver: DbObserver = {
    transactionStarted: () => this.dbTransactionsActive.inc(),
    transactionEnded: (mode: AccessMode, ms: number, outcome: TransactionOutcome) => {
      this.dbTransactionsActive.dec();
      this.dbTransactions.inc({ mode, outcome });
      this.dbTransactionDuration.observe({ mode }, ms / 1000);
    },
  };

  constructor(options: { driver?: Driver; poolSize?: number } = {}) {
    collectDefaultMetrics({ register: this.registry, prefix: "dealgraph_" });
    this.dbUp.set(1);
    const { driver, poolSize } = options;
    if (poolSize) {
      new Gauge({ name: "dealgraph_db_pool_max", help: "Configured maximum of pooled connections per database server (DB_POOL_SIZE).", registers: [this.registry] }).set(poolSize);
    }
    if (driver) {
      new Gauge({
        name: "dealgraph_db_pool_connections",
        help: "Pooled database connections, by state (in_use, idle), over all servers.",
        labelNames: ["state"] as const,
        registers: [this.registry],
        collect() {
          const stats = poolStats(driver);
          if (!stats) return;
          this.set({ state: "in_use" }, stats.inUse);
          this.set({ state: "idle" }, stats.idle);
        },
      });
    }
  }

  /** The label for a client's operation name: the name, "anonymous", or "other" past the cap. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES || name.length > 64) return "other";
    this.operationNames.add(name);
    return name;
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}

/**
 * Connections in use and idle, read from the driver's pool. The driver has no public API
 * for this; when its internals change, the gauge is simply not reported (the test of
 * /metrics notices).
 */
export function poolStats(driver: Driver): { inUse: number; idle: number } | undefined {
  const pool = (driver as unknown as { _connectionProvider?: { _connectionPool?: unknown } })._connectionProvider?._connectionPool as
    | { _activeResourceCounts?: Record<string, number>; _pools?: Record<string, { length?: number }> }
    | undefined;
  if (!pool?._activeResourceCounts || !pool._pools) return undefined;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    inUse: sum(Object.values(pool._activeResourceCounts)),
    idle: sum(Object.values(pool._pools).map((p) => p.length ?? 0)),
  };
}
