// Job titles in English and French, each with the one English title the graph stores,
// so that "directeur général", "PDG" and "chief executive" are the same role (a role's
// id is built from its title).

interface TitleForm {
  re: string;
  title: string;
}

// Most specific first: the alternation takes the first form that matches at a position.
const FORMS: TitleForm[] = [
  { re: String.raw`(?:interim|acting)\s+(?:ceo|chief\s+executive(?:\s+officer)?)|(?:ceo|pdg|directeur\s+g[ée]n[ée]ral|directrice\s+g[ée]n[ée]rale)\s+(?:par\s+int[ée]rim|int[ée]rimaire)`, title: "Interim CEO" },
  { re: String.raw`pr[ée]sident(?:e)?[\s-]+directeur\s+g[ée]n[ée]ral|pr[ée]sidente[\s-]+directrice\s+g[ée]n[ée]rale|p\.?-?d\.?g\.?(?![\p{L}])|pdg`, title: "CEO" },
  { re: String.raw`directeur\s+g[ée]n[ée]ral\s+d[ée]l[ée]gu[ée]|directrice\s+g[ée]n[ée]rale\s+d[ée]l[ée]gu[ée]e|deputy\s+ceo`, title: "Deputy CEO" },
  { re: String.raw`chief\s+executive(?:\s+officer)?|ceo|directeur\s+g[ée]n[ée]ral|directrice\s+g[ée]n[ée]rale|patron(?:ne)?|boss`, title: "CEO" },
  { re: String.raw`co-?(?:ceo|chief\s+executive(?:\s+officer)?)|co-?pdg|codirecteur\s+g[ée]n[ée]ral|codirectrice\s+g[ée]n[ée]rale`, title: "Co-CEO" },
  { re: String.raw`executive\s+vice[\s-]+president|evp|vice-pr[ée]sident(?:e)?\s+ex[ée]cuti(?:f|ve)`, title: "Executive Vice President" },
  { re: String.raw`senior\s+vice[\s-]+president|svp|vice-pr[ée]sident(?:e)?\s+senior`, title: "Senior Vice President" },
  { re: String.raw`vice[\s-]+president|vice-pr[ée]sident(?:e)?`, title: "Vice President" },
  { re: String.raw`executive\s+chair(?:man|woman)?|pr[ée]sident(?:e)?\s+ex[ée]cuti(?:f|ve)`, title: "Executive Chair" },
  { re: String.raw`chair(?:man|woman)?(?:\s+of\s+the\s+board)?|pr[ée]sident(?:e)?\s+du\s+conseil(?:\s+d'administration|\s+de\s+surveillance)?`, title: "Chair" },
  { re: String.raw`chief\s+technology\s+officer|cto|tech(?:nology)?\s+chief|directeur\s+technique|directrice\s+technique|directeur\s+de\s+la\s+technologie`, title: "CTO" },
  { re: String.raw`chief\s+financial\s+officer|cfo|financ(?:e|ial)\s+chief|directeur\s+financier|directrice\s+financi[èe]re`, title: "CFO" },
  { re: String.raw`chief\s+operating\s+officer|coo|operating\s+chief|directeur\s+des\s+op[ée]rations|directrice\s+des\s+op[ée]rations`, title: "COO" },
  { re: String.raw`chief\s+product\s+officer|cpo|directeur\s+(?:des\s+)?produits?|directrice\s+(?:des\s+)?produits?`, title: "CPO" },
  { re: String.raw`chief\s+ai\s+officer|caio|directeur\s+de\s+l'(?:ia|intelligence\s+artificielle)|directrice\s+de\s+l'(?:ia|intelligence\s+artificielle)`, title: "Chief AI Officer" },
  { re: String.raw`chief\s+investment\s+officer|directeur\s+des\s+investissements|directrice\s+des\s+investissements`, title: "Chief Investment Officer" },
  { re: String.raw`chief\s+marketing\s+officer|cmo|directeur\s+(?:du\s+)?marketing|directrice\s+(?:du\s+)?marketing|marketing\s+chief`, title: "CMO" },
  { re: String.raw`chief\s+scientist|chief\s+science\s+officer|directeur\s+scientifique|directrice\s+scientifique`, title: "Chief Scientist" },
  { re: String.raw`co-?founders?|co-?fondat(?:eur|rice)s?`, title: "Co-founder" },
  { re: String.raw`founders?|fondat(?:eur|rice)s?`, title: "Founder" },
  { re: String.raw`managing\s+director`, title: "Managing Director" },
  { re: String.raw`general\s+counsel|chief\s+legal\s+officer|directeur\s+juridique|directrice\s+juridique`, title: "General Counsel" },
  { re: String.raw`general\s+partner`, title: "General Partner" },
  { re: String.raw`(?:managing\s+)?partner`, title: "Partner" },
  { re: String.raw`board\s+member|member\s+of\s+(?:the|its)\s+board|administrat(?:eur|rice)|membre\s+du\s+conseil\s+d'administration`, title: "Board member" },
  { re: String.raw`pr[ée]sident(?:e)?|president`, title: "President" },
];

/** One title, as a regex source (no groups), for use inside larger patterns. */
export const TITLE = `(?:${FORMS.map((f) => f.re).join("|")})(?![\\p{L}])`;

/** Titles joined: "co-founder and CEO", "cofondateur et PDG". */
export const TITLES = `${TITLE}(?:\\s*(?:,|and|et|&)\\s*${TITLE})*`;

const compiled = FORMS.map((f) => ({ re: new RegExp(`^(?:${f.re})$`, "iu"), title: f.title }));
const anyTitle = new RegExp(TITLE, "giu");

/** The stored title of one written title: canonicalTitle("directeur général") === "CEO". */
export function canonicalTitle(written: string): string | undefined {
  const text = written.trim().replace(/\s+/g, " ");
  return compiled.find((f) => f.re.test(text))?.title;
}

/** Every title in a run of titles: "co-founder and CEO" -> ["Co-founder", "CEO"]. */
export function titlesIn(written: string): string[] {
  const found: string[] = [];
  for (const m of written.matchAll(anyTitle)) {
    const t = canonicalTitle(m[0]);
    if (t && !found.includes(t)) found.push(t);
  }
  return found;
}
