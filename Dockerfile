# The claimwire workers and CLI, as docker-compose.yml runs them.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies first (cached while only the sources change); the prepare script's build runs below, once the
# sources are there.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY bin ./bin
COPY scripts/build.mjs ./scripts/build.mjs
COPY services ./services
COPY schemas ./schemas
COPY data ./data
COPY seeds ./seeds
COPY tsconfig.json ./
# The CLI runs compiled JavaScript (dist/), as after `npm ci` on a clone.
RUN node scripts/build.mjs
ENV NODE_ENV=production
# /metrics, /health/live and /health/ready when CLAIMWIRE_METRICS_PORT=9400 (as docker-compose.yml sets it).
EXPOSE 9400
ENTRYPOINT ["node", "bin/claimwire.js"]
CMD ["--help"]
