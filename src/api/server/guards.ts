// What stands around Apollo on /graphql besides admission: the answer's size cap, a
// request without a body, and Express's own errors (a malformed or oversized body)
// answered as JSON in Apollo's shape instead of Express's error page.
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import { ErrorCode } from "../errors.js";
import { sendError } from "./http.js";

/**
 * The answer's size, measured on the JSON Apollo built: the last line behind the budget of
 * the database layer (context.ts), which stops a request reading too much before its
 * answer is built; this one also catches text repeated under aliases, read only once.
 */
export function capResponse(config: Config, log: Logger): RequestHandler {
  const limit = config.HTTP_MAX_RESPONSE_BYTES;
  const detail = config.NODE_ENV === "production" ? "" : ` (limit: ${limit} bytes)`;
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      // A UTF-16 unit is at most 3 bytes of UTF-8: most answers need no count of their bytes.
      if (typeof body === "string" && body.length * 3 > limit && Buffer.byteLength(body) > limit) {
        log.warn({ reqId: res.locals.requestId, bytes: Buffer.byteLength(body) }, "answer over HTTP_MAX_RESPONSE_BYTES refused");
        res.status(400);
        return send(
          JSON.stringify({
            errors: [
              {
                message: `The answer is too large${detail}: ask for fewer rows (\`first\`), fewer nested lists or fewer long texts (body).`,
                extensions: { code: ErrorCode.BAD_USER_INPUT, limit: "responseBytes", requestId: res.locals.requestId },
              },
            ],
          }),
        );
      }
      return send(body);
    };
    next();
  };
}

/**
 * Express 5 leaves req.body unset when there is no JSON body; Apollo then answers 500.
 * Unset, it is a request without a body, which Apollo refuses properly (400, or CSRF).
 */
export const bodyOrNothing: RequestHandler = (req, _res, next) => {
  if (!("body" in req)) (req as { body?: unknown }).body = undefined;
  next();
};

/** Express's own error page would show a stack trace (e.g. for a malformed JSON body). */
export function jsonErrors(config: Config, log: Logger): ErrorRequestHandler {
  const detail = config.NODE_ENV === "production" ? "" : ` (limit: ${config.HTTP_MAX_BODY_BYTES} bytes)`;
  return (err, _req, res, _next) => {
    // Already answered (the deadline passed): Apollo's late answer has nowhere to go.
    if (res.headersSent) return;
    const status = typeof err?.status === "number" && err.status >= 400 && err.status < 500 ? err.status : 500;
    const requestId = res.locals.requestId;
    if (status === 500) {
      log.error({ err, reqId: requestId }, "internal error in an HTTP request");
      sendError(res, 500, "Internal server error", { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId });
    } else if (err?.type === "entity.too.large") {
      sendError(res, 413, `The request body is too large${detail}.`, { code: ErrorCode.BAD_USER_INPUT, limit: "body" });
    } else {
      sendError(res, status, String(err.message), { code: "BAD_REQUEST" });
    }
  };
}
