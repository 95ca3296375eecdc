// The process's structured logger (JSON lines on stdout). Request-scoped loggers are
// children of it, so every line of a request carries its request id (`reqId`).
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

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
