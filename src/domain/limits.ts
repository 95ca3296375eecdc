// How far a deal graph and a path may reach from where they start: the API refuses more
// (api/graph/graph.args.ts, whose argument descriptions quote these) and the dashboard offers
// no more (web/src/dashboard/main.ts imports this file), so the two cannot disagree.

/** dealGraph's `depth`: 1 to this many edges away from the seeds. */
export const MAX_DEPTH = 3;

/** shortestPath's and allShortestPaths' `maxHops`: 1 to this many hops. */
export const MAX_HOPS = 6;
