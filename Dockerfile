# The claimwire workers and CLI, as docker-compose.yml runs them.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY services ./services
COPY schemas ./schemas
COPY data ./data
COPY seeds ./seeds
COPY tsconfig.json ./
ENV NODE_ENV=production
# /metrics, /health/live and /health/ready when CLAIMWIRE_METRICS_PORT=9400 (as docker-compose.yml sets it).
EXPOSE 9400
ENTRYPOINT ["node", "bin/claimwire.js"]
CMD ["--help"]
