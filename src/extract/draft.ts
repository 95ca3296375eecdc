// The draft article file: format v1 front matter with a comment on every proposal
// (matched or new, confidence, where a figure was read), low-confidence proposals
// commented out, then the body. Valid as written, so that it loads once reviewed.
import { parseArticleText } from "../ingest/files.js";
import type { Problem } from "../ingest/problems.js";
import { validateArticle } from "../ingest/validate.js";
import type { ProposedDate } from "./dates.js";
import type { DealProposal, ProposedMoney } from "./deal-types.js";
import { CONFIDENCE_THRESHOLD } from "./confidence.js";
import type { Extraction, ProposedEntity } from "./extract.js";
import type { RoleProposal } from "./roles.js";
import { evidenceText } from "./text.js";

/** A YAML scalar that reads back as the same value in block and flow context. */
function scalar(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .&'/+-]*$/u.test(value) && !/[ .]$/.test(value);
  const special = /^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i.test(value);
  return plain && !special ? value : JSON.stringify(value);
}

const list = (values: string[]) => `[${values.map(scalar).join(", ")}]`;
const money = (m: ProposedMoney) => `{ value: ${m.value}, currency: ${m.currency} }`;
const quote = (s: string) => JSON.stringify(s.replace(/\s+/g, " ").trim());
const confidence = (c: number) => c.toFixed(2);

/** Lines of a block, commented out when `active` is false. */
function block(lines: string[], active: boolean, indent = "  "): string[] {
  return lines.map((l) => (active ? `${indent}${l}` : `${indent}# ${l}`));
}

function entityLine(e: ProposedEntity): string {
  const fields = [`ref: ${scalar(e.ref)}`, `type: ${e.type}`];
  if (e.known) fields.push(`id: ${scalar(e.known.id)}`);
  fields.push(`name: ${scalar(e.known?.name ?? e.name)}`);
  if (e.aliases.length) fields.push(`aliases: ${list(e.aliases)}`);
  if (e.type === "Company" && e.kind) fields.push(`kind: ${e.kind}`);
  const status = e.known
    ? `matched: ${e.known.id}`
    : e.ambiguous
      ? `ambiguous: matches ${e.ambiguous.map((k) => k.id).join(", ")}: add the right id`
      : `new (${confidence(e.confidence)}, ${e.rule}): ${e.reasons.join("; ")}`;
  return `- { ${fields.join(", ")} }  # ${status}`;
}

function dateField(name: string, d: ProposedDate | undefined): string[] {
  if (!d) return [];
  const from = d.text ? `"${d.text.replace(/\s+/g, " ")}"` : `the publication ${d.precision}: check`;
  return [`${name}: ${d.date}  # ${from}`];
}

function dealLines(d: DealProposal, x: Extraction, ref: (e: ProposedEntity | object) => string): string[] {
  const lines = [`- kind: ${d.kind}`, `  investors: ${list(d.investors.map(ref))}`];
  if (d.investors.length === 0) lines[1] = `  investors: []  # none named in the text`;
  if (d.leads.length) lines.push(`  leadInvestors: ${list(d.leads.map(ref))}`);
  if (d.otherInvestors) lines.push(`  otherInvestors: true`);
  lines.push(`  target: ${scalar(ref(d.target))}`);
  if (d.amount) lines.push(`  amount: ${money(d.amount)}  # "${d.amount.text}"${d.amount.assumed ? ", currency assumed" : ""}`);
  if (d.stake) lines.push(`  stakePercent: ${d.stake.value}  # "${d.stake.text}"`);
  if (d.valuation) lines.push(`  valuation: ${money(d.valuation)}  # "${d.valuation.text}"${d.valuation.assumed ? ", currency assumed" : ""}`);
  lines.push(...dateField("  announcedOn", d.announcedOn));
  if (d.status) lines.push(`  status: ${d.status}`);
  if (d.stage) lines.push(`  stage: ${d.stage.value}  # "${d.stage.text}"`);
  lines.push(`  evidence: ${quote(evidenceText(x.body, d.evidence))}`);
  return lines;
}

function roleLines(r: RoleProposal, x: Extraction, ref: (e: ProposedEntity | object) => string): string[] {
  const lines = [`- person: ${scalar(ref(r.person))}`, `  company: ${scalar(ref(r.company))}`, `  title: ${scalar(r.title)}`];
  lines.push(...dateField("  since", r.since), ...dateField("  until", r.until));
  lines.push(`  evidence: ${quote(evidenceText(x.body, r.evidence))}`);
  return lines;
}

function factHeader(f: { confidence: number; reasons: string[]; notes: string[]; rule?: string }, inactiveRefs: string[]): string[] {
  const out = [`# confidence: ${confidence(f.confidence)}${f.rule ? `, rule ${f.rule}` : ""} (${f.reasons.join(", ")})`];
  for (const n of f.notes) out.push(`# check: ${n}`);
  if (inactiveRefs.length) out.push(`# uses the commented-out entit${inactiveRefs.length > 1 ? "ies" : "y"} ${inactiveRefs.join(", ")}: uncomment ${inactiveRefs.length > 1 ? "them" : "it"} too`);
  return out;
}

/** The draft article file for an extraction. */
export function renderDraft(x: Extraction): string {
  const byEntity = new Map<object, ProposedEntity>(x.entities.map((e) => [e, e]));
  const ref = (e: object) => byEntity.get(e)?.ref ?? "unknown";
  const inactive = (es: object[]) => es.map((e) => byEntity.get(e)).filter((e): e is ProposedEntity => !!e && !e.active).map((e) => e.ref);

  const titleNote = x.titleFrom === "first sentence" ? "  # from the first sentence: write the headline" : "";
  const out = [
    "---",
    "# Draft proposed by `dealgraph extract`: review every line, then load it with `dealgraph seed <file>`.",
    "# Entities: \"# matched: <id>\" is a node of the graph; \"# new\" will create one.",
    `# Facts: "# confidence: 0.xx"; below ${confidence(CONFIDENCE_THRESHOLD)} they are commented out: uncomment what is right.`,
    "# Evidence is the sentence each fact was read from, verbatim.",
    `id: ${scalar(x.id)}`,
    `title: ${quote(x.title)}${titleNote}`,
    x.publisher ? `publisher: ${quote(x.publisher)}  # from the page's metadata` : "publisher: unknown  # TODO: the site or outlet that published it",
  ];
  if (x.url) out.push(`url: ${quote(x.url)}  # the page's canonical URL`);
  if (x.source) out.push(`source: ${scalar(x.source.name)}  # the text cites it: "${x.source.text}"`);
  out.push(`language: ${x.lang}  # ${x.langFrom}`);
  out.push(`publishedOn: ${x.published}  # ${x.publishedFrom === "today" ? "today's date: write the publication date" : x.publishedFrom}`);

  const activeEntities = x.entities.filter((e) => e.active);
  out.push(activeEntities.length ? "entities:" : "entities: []");
  for (const e of x.entities) out.push(...block([entityLine(e)], e.active));

  const section = <T extends { active: boolean; confidence: number; reasons: string[]; notes: string[] }>(
    name: string,
    items: T[],
    lines: (item: T) => string[],
    refsOf: (item: T) => object[],
  ) => {
    if (!items.length) return;
    const anyActive = items.some((i) => i.active);
    out.push(anyActive ? `${name}:` : `# ${name}:`);
    for (const item of items) {
      out.push(...block(factHeader(item, item.active ? [] : inactive(refsOf(item))), true));
      out.push(...block(lines(item), item.active));
    }
  };
  section("investments", x.deals, (d) => dealLines(d, x, ref), (d) => [d.target, ...d.investors]);
  section("roles", x.roles, (r) => roleLines(r, x, ref), (r) => [r.person, r.company]);
  out.push("---");
  return `${out.join("\n")}\n${x.body}`;
}

/** The problems the loader would report on a draft (none, unless the extractor has a bug). */
export function checkDraft(text: string, origin = "draft"): Problem[] {
  const parsed = parseArticleText(origin, text, "md");
  if (!parsed.data) return parsed.problems;
  return validateArticle(origin, parsed.data).problems;
}

/**
 * The draft, with any fact the loader would reject commented out (with the loader's
 * reason) rather than left to fail the whole file. Returns the problems that remain,
 * which would be extractor bugs.
 */
export function renderCheckedDraft(x: Extraction, origin = "draft"): { text: string; problems: Problem[] } {
  for (let round = 0; ; round++) {
    const text = renderDraft(x);
    const problems = checkDraft(text, origin);
    if (!problems.length || round >= 5) return { text, problems };
    let fixed = false;
    for (const p of problems) {
      const m = /^(investments|roles)\[(\d+)\]/.exec(p.path);
      if (!m) continue;
      const items = (m[1] === "investments" ? x.deals : x.roles).filter((i) => i.active);
      const item = items[Number(m[2])];
      if (!item) continue;
      item.active = false;
      item.notes.push(`the loader would reject it: ${p.path.slice(m[0].length).replace(/^\./, "") || "it"}: ${p.message}`);
      fixed = true;
    }
    if (!fixed) return { text, problems };
  }
}
