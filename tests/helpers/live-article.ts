// An article to load through ingestArticle in live-update tests: Nvidia puts $500M into
// Scale AI, so it touches the founding article's Scale AI (seeds/) and adds Nvidia.
export const NVIDIA_SCALE = {
  id: "nvidia-backs-scale-ai",
  title: "Nvidia backs Scale AI",
  publisher: "Test Wire",
  language: "en",
  publishedOn: "2025-07-01",
  entities: [
    { ref: "nv", type: "Company", id: "nvidia", name: "Nvidia" },
    { ref: "scale", type: "Company", id: "scale-ai", name: "Scale AI" },
  ],
  investments: [
    {
      kind: "FUNDING_ROUND",
      investors: ["nv"],
      target: "scale",
      amount: { value: 500_000_000, currency: "USD" },
      announcedOn: "2025-07",
      evidence: "Nvidia invested $500 million in Scale AI.",
    },
  ],
  body: "Nvidia invested $500 million in Scale AI. The chip maker did not comment further.",
};

export const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { outcome created { id type } updated { id type } } }`;
