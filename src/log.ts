// The process's structured logger (JSON lines on stdout). Request-scoped loggers are
// children of it, so every line of a request carries its request id.
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, name = "dealgraph"): Logger {
  return pino({
    name,
    level,
    // Tokens must never reach a log line, wherever they appear.
    redact: { paths: ["req.headers.authorization", "headers.authorization", "token"], censor: "[redacted]" },
  });
}
