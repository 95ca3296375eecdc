// An article to load through ingestArticle beside the seed (seeds/: Meta and Scale AI), so
// that Scale AI's page has what totals must count carefully: a second source of Meta's deal
// (one deal, two sources), a round with two investors (one deal, two edges), a deal called
// off (TERMINATED: counted among its deals, not in the money raised), a round without an
// amount; and a new CEO, a competitor, and a deal Alexandr Wang made.
import { INGEST } from "./live-article.js";
import type { BrowserSuiteOptions } from "./browser-suite.js";
import { loadSeeds, type WebServer } from "./web-server.js";
const EVIDENCE = {
  meta: "Meta paid $14.3 billion for 49% of Scale AI.",
  syndicate: "Nvidia and Amazon put $500 million into Scale AI.",
  calledOff: "Google's planned $2 billion investment in Scale AI was called off.",
  accel: "Accel backed Scale AI in 2019.",
  wang: "Alexandr Wang joined Anysphere's $60 million round.",
  droege: "Jason Droege became Scale AI's CEO.",
  labelbox: "Scale AI competes with Labelbox.",
};

export const SCALE_AI_DOSSIER = {
  id: "scale-ai-dossier",
  title: "Scale AI: the dossier",
  publisher: "Test Wire",
  language: "en",
  publishedOn: "2025-08-01",
  entities: [
    { ref: "scale", type: "Company", id: "scale-ai", name: "Scale AI" },
    { ref: "meta", type: "Company", id: "meta", name: "Meta" },
    { ref: "amazon", type: "Company", id: "amazon", name: "Amazon" },
    { ref: "nvidia", type: "Company", id: "nvidia", name: "Nvidia" },
    { ref: "google", type: "Company", id: "google", name: "Google" },
    { ref: "accel", type: "Company", id: "accel", name: "Accel", kind: "INVESTOR" },
    { ref: "labelbox", type: "Company", id: "labelbox", name: "Labelbox" },
    { ref: "anysphere", type: "Company", id: "anysphere", name: "Anysphere" },
    { ref: "wang", type: "Person", id: "alexandr-wang", name: "Alexandr Wang" },
    { ref: "droege", type: "Person", id: "jason-droege", name: "Jason Droege" },
  ],
  investments: [
    { id: "meta-scale-ai-2025", kind: "EQUITY_STAKE", investors: ["meta"], target: "scale", amount: { value: 14_300_000_000, currency: "USD" }, announcedOn: "2025-06", evidence: EVIDENCE.meta },
    { kind: "FUNDING_ROUND", investors: ["nvidia", "amazon"], target: "scale", amount: { value: 500_000_000, currency: "USD" }, announcedOn: "2025-07", evidence: EVIDENCE.syndicate },
    { kind: "FUNDING_ROUND", investors: ["google"], target: "scale", amount: { value: 2_000_000_000, currency: "USD" }, announcedOn: "2023-05", status: "TERMINATED", evidence: EVIDENCE.calledOff },
    { kind: "FUNDING_ROUND", investors: ["accel"], target: "scale", announcedOn: "2019", evidence: EVIDENCE.accel },
    { kind: "FUNDING_ROUND", investors: ["wang"], target: "anysphere", amount: { value: 60_000_000, currency: "USD" }, announcedOn: "2024-08", evidence: EVIDENCE.wang },
  ],
  roles: [{ person: "droege", company: "scale", title: "CEO", since: "2025-06", evidence: EVIDENCE.droege }],
  relations: [{ type: "COMPETES_WITH", from: "scale", to: "labelbox", evidence: EVIDENCE.labelbox }],
  body: Object.values(EVIDENCE).join(" "),
};

export const DOSSIER_EVIDENCE = EVIDENCE;

/** Loads the dossier through the API (an editor `token`), failing with the API's errors if it is refused. */
export async function ingestDossier(api: WebServer, token: string): Promise<void> {
  const loaded = await api.post(INGEST, { input: SCALE_AI_DOSSIER }, token);
  if (loaded.errors) throw new Error(`the Scale AI dossier was refused: ${JSON.stringify(loaded.errors)}`);
}

/**
 * A browser suite over the seed and the dossier (loaded through the API with the editor
 * `token`); `serverReady` gets the server for the tests.
 */
export function dossierSuite(token: string, serverReady: (api: WebServer) => void): BrowserSuiteOptions {
  return {
    env: { API_TOKENS: token },
    fill: loadSeeds,
    ready: async (api) => {
      serverReady(api);
      await ingestDossier(api, token);
    },
  };
}
