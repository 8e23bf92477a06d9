# One Challenge Board node. Alone, it keeps everything in SQLite under /app/data (mount a volume
# there); with DATABASE_URL it is one of several nodes sharing PostgreSQL (see compose.yaml).
#   docker build -t challenge-board .
#   docker run -p 3000:3000 -v challenge-board-data:/app/data challenge-board

# Build: the screens (Vite) and the server (tsc), then drop the development packages.
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles itself when no prebuilt binary fits; the slim image lacks the tools.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The lock file alone first, so a change to the source does not install everything again.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# Run: the built server, the built screens and the production packages, as an ordinary user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# SQLite's folder when DATABASE_URL is not set; the node user must be able to write it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# The image has no curl: Node 20's own fetch asks /healthz.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# As "npm start" runs it, without building again. Node itself receives SIGTERM from
# "docker stop" and writes every workshop out before it exits. A young generation of 2 MB
# semi-spaces instead of V8's 16: under a full room's fan-out the default let it grow to its
# largest and held the node's peak memory half as high again as the reference server's, for
# about 5 % less CPU (see "What it costs" in docs/architecture.md).
CMD ["node", "--max-semi-space-size=2", "dist/server/server/src/main.js"]
