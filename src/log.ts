// The process's logger. JSON lines (pino) for machines; on a terminal, readable lines
// (pino-pretty) for people. Request-scoped loggers are children of it, so every line of a
// request carries its request id (`reqId`).
import { pino, type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

/** LOG_FORMAT: "auto" is "pretty" when stdout is a terminal, "json" otherwise. */
export type LogFormat = "auto" | "json" | "pretty";

/** Where a bearer token could sit in something logged; pino replaces it with "[redacted]". */
const SECRET_PATHS = [
  "authorization",
  "token",
  "*.authorization",
  "*.token",
  "headers.authorization",
  "req.headers.authorization",
  "request.headers.authorization",
  'headers["x-api-key"]',
];

/**
 * A JSON-lines logger, on stdout unless given a destination.
 *
 * @example
 *   const log = createLogger("info");
 *   log.info({ port }, "listening");
 *   // tests: createLogger("info", "dealgraph", { write: (line) => lines.push(line) })
 */
export function createLogger(level: string, name = "dealgraph", destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    redact: { paths: SECRET_PATHS, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The process's logger on stdout, in the format LOG_FORMAT asks for.
 *
 * @example
 *   const log = createStdoutLogger(config.LOG_LEVEL, config.LOG_FORMAT);
 */
export function createStdoutLogger(level: string, format: LogFormat = "auto"): Logger {
  const readable = format === "pretty" || (format === "auto" && process.stdout.isTTY === true);
  return createLogger(level, "dealgraph", readable ? readableStdout() : undefined);
}

/**
 * One line per entry: time, level, message, and the other fields as JSON on the same line.
 * In this thread and synchronous (not pino's transport worker), so that the line logged
 * just before process.exit() is on the terminal.
 */
function readableStdout(): DestinationStream {
  return pretty({
    destination: 1,
    sync: true,
    colorize: pretty.isColorSupported && process.stdout.isTTY === true,
    singleLine: true,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "pid,hostname,name",
  });
}
