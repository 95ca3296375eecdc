// The embedded Neo4j's shapes and constants, shared by the files of src/db/embedded/.

export type Log = (msg: string) => void;

/** Where the launcher lives and what `java -cp` needs to run it. */
export interface LauncherPaths {
  dir: string;
  jar: string;
  libDir: string;
  /** `<jar>:<libDir>/*`; java expands the wildcard itself. */
  classpath: string;
}

export interface EnsureLauncherOptions {
  /** Folder holding the launcher's pom.xml; default: tools/neo4j-launcher of this repository. */
  launcherDir?: string;
  /** Command names, replaceable for tests and odd installations. */
  commands?: { java?: string; mvn?: string };
  log?: Log;
}

export interface EmbeddedNeo4jOptions extends EnsureLauncherOptions {
  dataDir: string;
  /** Used when free on `host`; otherwise (or when 0) the OS picks a free port. */
  port: number;
  /** JVM heap, e.g. "2g". */
  heap: string;
  /** Neo4j page cache, e.g. "1g". */
  pageCache: string;
  host?: string;
  /** Neo4j's own transaction timeout; unset means none. */
  txTimeoutMs?: number;
  /** How long Neo4j waits for the write a bookmark names (at least 1 s); unset: its default, 30 s. */
  bookmarkTimeoutMs?: number;
  /** How long the launcher may take to print READY; default 180 s. */
  readyTimeoutMs?: number;
  /**
   * Fail when `port` is taken instead of moving to a free one: a restart must come back where
   * the driver already points.
   */
  strictPort?: boolean;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** True when a launcher already running on this data directory was found and used. */
  reused: boolean;
  /**
   * Settles when the launcher process has ended, however (stop() included), with how it ended,
   * e.g. "signal SIGKILL". A reused launcher is not our child: its pid is polled every second
   * until stop(), after which this never settles.
   */
  exited: Promise<string>;
  /** Shuts the launcher down; for a reused one, which belongs to another process, only stops watching it. */
  stop(): Promise<void>;
}

/** Contents of `<dataDir>/launcher.json`. */
export interface LauncherRecord {
  pid: number;
  uri: string;
  startedAt: string;
}

export const LAUNCHER_CLASS = "dev.dealgraph.launcher.Launcher";
export const STOP_TIMEOUT_MS = 30_000;
export const REUSED_POLL_MS = 1_000;
export const TAIL_LINES = 20;
