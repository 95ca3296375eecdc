// A problem found in an article: where (file, field path) and what is wrong.

export interface Problem {
  /** The file (as given on the command line) or "input" for the API. */
  file: string;
  /** The field path, e.g. "investments[0].amount.currency"; empty for the whole file. */
  path: string;
  message: string;
}

/** "file: field.path: message", the form every report of the loader uses. */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** ["investments", 0, "amount"] -> "investments[0].amount" */
export function fieldPath(parts: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Thrown when input is invalid: carries every problem, nothing has been written. */
export class InvalidArticlesError extends Error {
  override name = "InvalidArticlesError";
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the articles:\n${problems.map(formatProblem).join("\n")}`);
  }
}
