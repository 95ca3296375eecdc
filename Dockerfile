# The API only: it talks to a Neo4j server given by NEO4J_URI (see docker-compose.yml),
# so the image needs neither Java nor the embedded launcher.
# The web pages (dashboard, playground) are built with Vite, a dev dependency, apart.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
COPY examples ./examples
# The API's reach limits and the order of deal kinds, which the dashboard offers
# (web/src/dashboard/main.ts imports them).
COPY src/domain/limits.ts ./src/domain/limits.ts
COPY src/domain/vocabulary.ts ./src/domain/vocabulary.ts
RUN npx vite build --config web/vite.config.ts

FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000

# Dependencies first, so that a code change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

COPY tsconfig*.json ./
COPY schema ./schema
COPY src ./src
COPY seeds ./seeds
COPY --from=web /app/dist/public ./dist/public

USER node
EXPOSE 4000
# tsx as a loader in the node process itself: signals reach the server directly.
CMD ["node", "--import", "tsx", "src/index.ts"]
