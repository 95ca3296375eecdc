// Builds the browser side (the dashboard and the playground) into dist/public, which the
// API serves (src/web/routes.ts). Everything the pages need is bundled: they make no
// request to any other site, so they work on a network with no internet.
//   npm run web:build     build once (npm start and npm test do it when the build is stale)
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here("."),
  base: "/",
  publicDir: here("public"),
  // The example queries (examples/*.graphql) are read at build time, from outside web/.
  server: { fs: { allow: [here(".."), here("../examples")] } },
  build: {
    outDir: here("../dist/public"),
    emptyOutDir: true,
    target: "es2022",
    // GraphiQL's editor (Monaco) is large; it is served from the API, never over the internet.
    chunkSizeWarningLimit: 6_000,
    rollupOptions: {
      input: { index: here("index.html"), playground: here("playground.html") },
      // React libraries mark their modules "use client" (for server components); a bundle has no such split.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  worker: { format: "es" },
});
