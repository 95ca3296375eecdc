// Answers already known: a query asked again with the same variables, by a caller of the
// same role, is answered from memory until the graph changes in a way that may touch it.
//
// What drops an answer:
// - a change on the event bus (an article loaded or withdrawn, by this instance, another
//   one through Redis, or `npm run seed` with REDIS_URL): answers that looked nodes up by
//   id, and hold the id of every object in them, go only when the change names one of
//   those ids; every other answer (lists, search, totals, graphs, paths) goes on any
//   change, since a new deal may belong in it;
// - a write nobody announced (`npm run seed` without REDIS_URL, decisions, migrations, a
//   change Redis lost): every write transaction counts itself on the graph's GraphState
//   node, announced or not (src/db/db.ts); every RESPONSE_CACHE_CHECK_MS the cache reads
//   the counts and drops everything when unannounced writes moved, or when any write moved
//   while the bus was disconnected;
// - a mutation carried out by this instance other than an ingest (a decision): everything, at once;
// - a new day (UTC): everything, since answers saying which roles are current may change.
// An answer being computed while its cache was told of a change is not kept (the epoch).
// Requests that carry bookmarks (read-your-writes) are always answered by the database.
//
// Apollo's own response cache plugin keeps answers for a time (cache hints); it cannot
// drop them when the graph changes, which is what makes reuse safe here.
import { createHash } from "node:crypto";
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import {
  type DefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Config } from "../../config.js";
import type { Driver } from "../../db/driver.js";
import type { EventBus } from "../../events/bus.js";
import { type GraphChange, idsOf } from "../../events/change.js";
import type { Logger } from "../../log.js";
import type { DealgraphContext } from "../context.js";
import { argumentsKey } from "../../store/index.js";
import { callerOf } from "../security/index.js";

/** Root fields that look one node up by id: their answers depend only on the nodes they hold. */
const LOOKUPS = new Set(["company", "person", "investment", "article", "node"]);
/** Root fields never answered from the cache: an editor's review queue is read fresh. */
const NEVER = new Set(["duplicateCandidates", "decisions", "drafts", "draft"]);
/**
 * Mutations whose changes reach the cache through the bus, precisely; or that change no
 * answer it holds (the inbox's drafts; a published one is loaded as ingestArticle loads it).
 */
const ANNOUNCED_MUTATIONS = new Set(["ingestArticle", "removeArticle", "createDraft", "saveDraft", "publishDraft", "discardDraft"]);

/** What an entry costs beyond its JSON, in bytes (measured roughly: key, Map and Set slots, the entry's objects). */
const ENTRY_OVERHEAD = 300;
/** At most this many answers, whatever their size. */
const MAX_ENTRIES = 50_000;

/** The response header that says how an answer was served. */
export const CACHE_HEADER = "dealgraph-cache";

type Result = Record<string, unknown>;

interface Entry {
  result: Result;
  bytes: number;
  /** The ids it holds, when it is a lookup; null: any change drops it. */
  ids: string[] | null;
}

export interface CacheStats {
  hits: number;
  misses: number;
  stored: number;
  /** Answers dropped by changes (not by the size bound). */
  dropped: number;
  /** Times everything was dropped at once. */
  flushes: number;
  entries: number;
  bytes: number;
}

/** The answers, least recently used first (a Map keeps insertion order), bounded by their size. */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byId = new Map<string, Set<string>>();
  private readonly collections = new Set<string>();
  private bytes = 0;
  /** Moves on every change told: an answer computed across a change is not kept. */
  epoch = 0;
  /** While true nothing is kept: the graph's write counts have not been read yet (watchGraph). */
  paused = false;
  readonly stats: Omit<CacheStats, "entries" | "bytes"> = { hits: 0, misses: 0, stored: 0, dropped: 0, flushes: 0 };

  constructor(readonly maxBytes: number) {}

  get(key: string): Result | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.stats.misses++;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.stats.hits++;
    return entry.result;
  }

  /** Keeps `result` under `key` unless a change was told since `epoch` (when its computation started). */
  set(key: string, result: Result, ids: string[] | null, epoch: number): boolean {
    if (this.paused || epoch !== this.epoch) return false;
    // The JSON's length, and what an entry costs besides: its key, its slots in the maps,
    // its objects, a slot per id it is filed under.
    const bytes = JSON.stringify(result).length + ENTRY_OVERHEAD + key.length + 64 * (ids?.length ?? 0);
    if (bytes > this.maxBytes / 16) return false;
    this.remove(key);
    this.entries.set(key, { result, bytes, ids });
    this.bytes += bytes;
    if (ids) for (const id of ids) this.byId.get(id)?.add(key) ?? this.byId.set(id, new Set([key]));
    else this.collections.add(key);
    this.stats.stored++;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes && this.entries.size <= MAX_ENTRIES) break;
      this.remove(oldest);
    }
    return true;
  }

  /** A change naming `ids`: every answer that is not a lookup, and the lookups holding one of them, go. */
  invalidate(ids: Iterable<string>): void {
    this.epoch++;
    const gone = new Set(this.collections);
    for (const id of ids) for (const key of this.byId.get(id) ?? []) gone.add(key);
    for (const key of gone) this.remove(key);
    this.stats.dropped += gone.size;
  }

  /** Everything goes. */
  flush(): void {
    this.epoch++;
    this.stats.dropped += this.entries.size;
    this.stats.flushes++;
    this.entries.clear();
    this.byId.clear();
    this.collections.clear();
    this.bytes = 0;
  }

  snapshot(): CacheStats {
    return { ...this.stats, entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    if (!entry.ids) this.collections.delete(key);
    else
      for (const id of entry.ids) {
        const keys = this.byId.get(id);
        keys?.delete(key);
        if (keys?.size === 0) this.byId.delete(id);
      }
  }
}

/** Every string `id` in an answer's data. */
function idsIn(data: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(data)) for (const x of data) idsIn(x, into);
  else if (data && typeof data === "object") {
    for (const [k, v] of Object.entries(data)) {
      if (k === "id" && typeof v === "string") into.add(v);
      else if (v && typeof v === "object") idsIn(v, into);
    }
  }
  return into;
}

/** The root fields of the operation (fragments spread at the root are not looked into: such an answer is no lookup). */
function rootFields(operation: OperationDefinitionNode): Array<{ name: string; alias: string; byId: boolean } | null> {
  return operation.selectionSet.selections.map((s) =>
    s.kind === Kind.FIELD ? { name: s.name.value, alias: s.alias?.value ?? s.name.value, byId: (s.arguments ?? []).some((a) => a.name.value === "id") } : null,
  );
}

/**
 * The Apollo plugin that answers from `cache` and fills it. A hit still goes through
 * parsing and validation (Apollo keeps parsed documents), and no further.
 */
export function responseCachePlugin(cache: ResponseCache, config: Pick<Config, "API_TOKENS">): ApolloServerPlugin<DealgraphContext> {
  return {
    async requestDidStart() {
      const epoch = cache.epoch;
      let key: string | undefined;
      let served = false;
      return {
        async responseForOperation(rc) {
          const operation = rc.operation as OperationDefinitionNode | undefined;
          if (operation?.operation !== "query" || rc.contextValue.readsOwnWrites) return null;
          // A root fragment could hide a field never cached: plain root fields only.
          if (rootFields(operation).some((f) => !f || NEVER.has(f.name))) return null;
          key = createHash("sha256")
            .update(`${callerOf(rc.contextValue.token, config).role}\n${rc.operationName ?? ""}\n${argumentsKey(rc.request.variables ?? {})}\n${rc.source}`)
            .digest("base64url");
          const result = cache.get(key);
          rc.response.http.headers.set(CACHE_HEADER, result ? "hit" : "miss");
          if (!result) return null;
          served = true;
          return { http: rc.response.http, body: { kind: "single", singleResult: result } };
        },
        async willSendResponse(rc) {
          const operation = rc.operation as OperationDefinitionNode | undefined;
          if (operation?.operation === "mutation") return flushAfterMutation(cache, rc);
          if (!key || served || rc.response.body.kind !== "single") return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          if (operation) cache.set(key, { data: result.data }, lookupIds(rc, operation, result.data), epoch);
        },
      };
    },
  };
}

/**
 * The ids a lookup's answer depends on, or null when the answer is not (only) lookups of
 * nodes that exist, or when it holds an object of a type with an id without its id (a
 * deal's target asked for its dealCount alone: a change naming the target would not be
 * seen to touch the answer).
 */
function lookupIds(rc: GraphQLRequestContext<DealgraphContext>, operation: OperationDefinitionNode, data: Record<string, unknown>): string[] | null {
  const fields = rootFields(operation).filter((f) => f?.name !== "__typename");
  if (!fields.length || fields.some((f) => !f || !LOOKUPS.has(f.name) || !f.byId || data[f.alias] == null)) return null;
  const query = rc.schema.getQueryType();
  if (!query || !selectsEveryId(rc.schema, operation.selectionSet, query, rc.document?.definitions ?? [])) return null;
  const ids = [...idsIn(data)];
  return ids.length ? ids : null;
}

/** `id` selected as itself: not renamed (idsIn reads the key "id"), and not left out by @skip or @include. */
const plainId = (f: FieldNode) => f.name.value === "id" && (!f.alias || f.alias.value === "id") && !f.directives?.length;

/**
 * Whether every selection of an object whose type has an `id` field selects `id`, at every
 * depth, through fragments (a fragment on another type is checked against that type).
 */
function selectsEveryId(schema: GraphQLSchema, set: SelectionSetNode, type: GraphQLNamedType, definitions: readonly DefinitionNode[]): boolean {
  const fields: FieldNode[] = [];
  const elsewhere: Array<{ set: SelectionSetNode; type: GraphQLNamedType }> = [];
  const visit = (s: SelectionSetNode) => {
    for (const x of s.selections) {
      if (x.kind === Kind.FIELD) fields.push(x);
      else {
        const fragment = x.kind === Kind.INLINE_FRAGMENT ? x : definitions.find((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === x.name.value);
        if (!fragment) continue;
        const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (!on || on === type) visit(fragment.selectionSet);
        else elsewhere.push({ set: fragment.selectionSet, type: on });
      }
    }
  };
  visit(set);
  const own = isObjectType(type) || isInterfaceType(type) ? type.getFields() : undefined;
  // Another field answered under the key "id" would be taken for one.
  if (fields.some((f) => f.alias?.value === "id" && f.name.value !== "id")) return false;
  if (own?.id && type !== schema.getQueryType() && !fields.some(plainId)) return false;
  for (const f of fields) {
    const def = own?.[f.name.value];
    if (!f.selectionSet || !def) continue;
    if (!selectsEveryId(schema, f.selectionSet, getNamedType(def.type), definitions)) return false;
  }
  return elsewhere.every((e) => selectsEveryId(schema, e.set, e.type, definitions));
}

/**
 * A mutation this instance carried out: decisions reach no bus precisely, so every answer
 * goes. One refused before it ran (no token, a GET, a bad argument) changed nothing: its
 * answer has no data, and nothing is dropped (anyone could otherwise empty the cache).
 */
function flushAfterMutation(cache: ResponseCache, rc: GraphQLRequestContext<DealgraphContext>): void {
  const fields = rc.operation ? rootFields(rc.operation) : [];
  if (fields.every((f) => f && ANNOUNCED_MUTATIONS.has(f.name))) return;
  const body = rc.response.body;
  if (body?.kind !== "single" || !body.singleResult.data) return;
  cache.flush();
}

/**
 * Keeps `cache` true to the graph: listens to the bus, and reads the graph's write counts
 * every `checkMs` (see the top of this file). stop() ends both.
 */
export function watchGraph(cache: ResponseCache, { driver, database, bus, checkMs, log }: { driver: Driver; database?: string; bus: EventBus; checkMs: number; log: Logger }) {
  const stopListening = bus.onChange((change: GraphChange) => cache.invalidate(idsOf(change)));
  let last: { writes: number; unannounced: number; connected: boolean; connections: number; day: string } | undefined;
  let checking = false;
  // Nothing is kept before the counts are first read: a write made before could not be told apart.
  cache.paused = true;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      const { records } = await driver.executeQuery(
        "// graph.writeCounts\nOPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN coalesce(g.writes, 0) AS writes, coalesce(g.announced, 0) AS announced",
        {},
        { database, routing: "READ" },
      );
      const writes = Number(records[0]?.get("writes") ?? 0);
      const unannounced = writes - Number(records[0]?.get("announced") ?? 0);
      const now = { writes, unannounced, connected: bus.connected, connections: bus.connections, day: new Date().toISOString().slice(0, 10) };
      const flush =
        // The first read (or the first after the database was away) knows nothing of before.
        !last ||
        // A write nobody announced.
        unannounced !== last.unannounced ||
        // Any write while the bus was down, or the bus reconnected since (it may have missed some).
        (writes !== last.writes && !(now.connected && last.connected)) ||
        now.connections !== last.connections ||
        // A new day: which roles are current (Role.current, executives(current:)) moved.
        now.day !== last.day;
      if (flush) cache.flush();
      last = now;
      cache.paused = false;
    } catch (error) {
      last = undefined;
      log.debug({ err: (error as Error).message }, "response cache: could not read the write counts");
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), checkMs);
  timer.unref();
  return {
    /** The first read of the counts, before answers are kept. */
    ready: check,
    stop() {
      clearInterval(timer);
      stopListening();
    },
  };
}
