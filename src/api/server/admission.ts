// Admission to /graphql, before the body is read: the caller's token (a wrong one is
// refused whatever the operation; none at all when QUERY_ACCESS=token), the client's
// bookmarks (well-formed, then waited for), and the request's deadline.
import type { RequestHandler, Response } from "express";
import type { Config } from "../../config.js";
import { BOOKMARKS_HEADER, type BookmarkGate, readBookmarksHeader } from "../../db/bookmarks.js";
import type { Logger } from "../../log.js";
import { bookmarksError, ErrorCode } from "../errors.js";
import { bearerToken, callerOf, refusal } from "../security/index.js";
import { sendError } from "./http.js";

export interface AdmissionOptions {
  config: Config;
  log: Logger;
  /** Where a request that carries bookmarks waits for the write they name. */
  bookmarkGate: BookmarkGate;
  /** The longest that wait may be (BOOKMARK_WAIT_MS, within the request's deadline). */
  bookmarkWaitMs: number;
}

export function admission({ config, log, bookmarkGate, bookmarkWaitMs }: AdmissionOptions): RequestHandler {
  return (req, res, next) => {
    // Whatever the operation: a request that may not even read is refused here (what a
    // mutation needs besides is decided once the operation is known, in guard.ts).
    const refused = refusal(callerOf(bearerToken(req.headers.authorization), config), "read", config);
    if (refused) {
      res.setHeader("www-authenticate", "Bearer");
      sendError(res, 401, refused.message, { code: ErrorCode.UNAUTHENTICATED });
      return;
    }
    const header = req.headers[BOOKMARKS_HEADER];
    let bookmarks: string[] | undefined;
    if (typeof header === "string") {
      const read = readBookmarksHeader(header);
      if ("problem" in read) {
        sendError(res, 400, `The ${BOOKMARKS_HEADER} header is not one this API sent: ${read.problem}.`, { code: ErrorCode.BAD_USER_INPUT, header: BOOKMARKS_HEADER });
        return;
      }
      bookmarks = res.locals.bookmarks = read.bookmarks;
    }
    answerAtDeadline(res, config.REQUEST_TIMEOUT_MS + 1_000, log);
    if (!bookmarks) {
      next();
      return;
    }
    // The write the bookmarks name, waited for once, before the operation runs, within
    // BOOKMARK_WAIT_MS and a bounded lane (see db/bookmarks.ts).
    void bookmarkGate.wait(bookmarks).then((outcome) => {
      if (outcome === "reached") {
        next();
        return;
      }
      if (res.headersSent) return;
      const error = bookmarksError(outcome, bookmarkWaitMs);
      const { http: answer, ...extensions } = error.extensions as { http: { status: number } };
      if (answer.status === 503) res.setHeader("retry-after", String(Math.ceil(bookmarkWaitMs / 1000)));
      log.info({ reqId: res.locals.requestId, outcome }, `${BOOKMARKS_HEADER} not used`);
      sendError(res, answer.status, error.message, extensions);
    }, next);
  };
}

/**
 * Resolvers stop at the deadline (their transactions are cut there); this answers even if
 * something else holds the request.
 */
function answerAtDeadline(res: Response, afterMs: number, log: Logger): void {
  const timer = setTimeout(() => {
    if (res.headersSent) return;
    log.warn({ reqId: res.locals.requestId }, "request deadline passed without a response");
    sendError(res, 503, "The request took too long and was cancelled.", { code: ErrorCode.TIMEOUT, requestId: res.locals.requestId });
  }, afterMs);
  res.on("close", () => clearTimeout(timer));
}
