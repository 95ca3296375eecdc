// Sends a write's bookmarks back to the client (the dealgraph-bookmarks header), so its
// next request, to this instance or another, reads that write (docs/operations.md;
// checked and waited for on the way in by admission.ts).
import type { ApolloServerPlugin } from "@apollo/server";
import { BOOKMARKS_HEADER, encodeBookmarks } from "../../db/bookmarks.js";
import type { DealgraphContext } from "../context.js";

export function bookmarksOut(): ApolloServerPlugin<DealgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (contextValue.db.bookmarks.length) response.http.headers.set(BOOKMARKS_HEADER, encodeBookmarks(contextValue.db.bookmarks));
        },
      };
    },
  };
}
