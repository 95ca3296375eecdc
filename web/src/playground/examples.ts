// The ready questions of the playground: the repository's examples/*.graphql, read at
// build time. A file's leading comment lines are its title (the first) and description
// (the rest); its variables come from a `# Variables: {...}` comment or from a .json
// file of the same name beside it.

export interface Example {
  /** The file name without .graphql, e.g. "scale-ai-investors". */
  name: string;
  title: string;
  description: string;
  query: string;
  /** JSON text for the variables editor; "" when there are none. */
  variables: string;
}

const queries = import.meta.glob<string>("../../../examples/*.graphql", { query: "?raw", import: "default", eager: true });
const variableFiles = import.meta.glob<string>("../../../examples/*.json", { query: "?raw", import: "default", eager: true });

function baseName(path: string): string {
  return path.replace(/^.*\//, "").replace(/\.(graphql|variables\.json|json)$/, "");
}

/** "who-invested-in-scale-ai" -> "Who invested in scale ai". */
function titleFromName(name: string): string {
  const words = name.replace(/^\d+[-_.]\s*/, "").replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Reads one example file (exported for its test). */
export function parseExample(name: string, text: string, variablesFile?: string): Example {
  const comments: string[] = [];
  let variables = variablesFile?.trim() ?? "";
  for (const line of text.split("\n")) {
    const comment = /^\s*#\s?(.*)$/.exec(line);
    if (!comment) {
      if (line.trim() === "" && comments.length === 0) continue;
      break;
    }
    const declared = /^variables\s*:\s*(.+)$/i.exec(comment[1]!.trim());
    if (declared) {
      if (!variables) variables = declared[1]!.trim();
      continue;
    }
    comments.push(comment[1]!.trim());
  }
  const prose = comments.filter(Boolean);
  if (variables) {
    try {
      variables = JSON.stringify(JSON.parse(variables), null, 2);
    } catch {
      // Left as written: the variables editor shows what is wrong with it.
    }
  }
  return {
    name,
    title: prose[0] ?? titleFromName(name),
    description: prose.slice(1).join(" "),
    query: text.trim() + "\n",
    variables,
  };
}

const variablesByName = new Map(Object.entries(variableFiles).map(([path, text]) => [baseName(path), text]));

/** Every example, in file-name order. */
export const EXAMPLES: Example[] = Object.entries(queries)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => parseExample(baseName(path), text, variablesByName.get(baseName(path))));
