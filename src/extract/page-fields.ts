// A draft article file (src/extract/draft.ts) with the publisher and URL a saved page's
// metadata gives, in place of the draft's "publisher: unknown" line, so that the file
// `dealgraph extract page.html` writes needs fewer edits. Pure text in, text out.
import type { InputMetadata } from "./input.js";

const PUBLISHER_LINE = /^publisher: unknown\b.*$/m;

/**
 * The draft with `metadata.publisher` and `metadata.url` written into its front matter
 * (each with a comment saying where it came from); `fromPage` says which of the language
 * and date the extractor was given from the page, not by the user.
 * MERGER: draft.ts could take these fields from the extraction instead of this rewrite.
 */
export function withPageFields(draft: string, metadata: InputMetadata, fromPage: { language?: boolean; publishedOn?: boolean } = {}): string {
  // The extractor was given the page's language and date: say where they came from.
  for (const field of ["language", "publishedOn"] as const) {
    if (fromPage[field]) draft = draft.replace(new RegExp(`^(${field}: \\S+)  # given$`, "m"), "$1  # from the page's metadata");
  }
  if (!PUBLISHER_LINE.test(draft)) return draft;
  const lines: string[] = [];
  lines.push(metadata.publisher ? `publisher: ${JSON.stringify(metadata.publisher)}  # from the page's metadata` : PUBLISHER_LINE.exec(draft)![0]);
  if (metadata.url) lines.push(`url: ${JSON.stringify(metadata.url)}  # the page's canonical URL`);
  return draft.replace(PUBLISHER_LINE, () => lines.join("\n"));
}
