// The HTTP API under load: `claimwire serve` as its own process over 10,000 places in Redis, requests from this process
// over keep-alive connections, each route beside a bare route of the same server (GET /api/ping, the ceiling).
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { RedisPlaceStateStore } from '../services/reconciler/redisStore.js';
import type { Config } from '../services/shared/config.js';
import { claimIdFor, placeKeyOf } from '../services/shared/ids.js';
import type { Logger } from '../services/shared/logger.js';
import type { Claim, PlaceRef } from '../services/shared/model.js';
import { CLI_RETRY, connectRedis } from '../services/shared/reachServices.js';
import { seededRandom } from '../services/shared/shuffle.js';

const cli = fileURLToPath(new URL('../bin/claimwire.js', import.meta.url));
const REGIONS = ['Donetsk Oblast', 'Kharkiv Oblast', 'Zaporizhzhia Oblast', 'Luhansk Oblast', 'Kherson Oblast', 'Sumy Oblast'];

/** Three claims per place (each side and the outlet), dated over two months: 10,000 places, 30,000 claims. */
export const benchPlaceClaims = (places: number): Claim[] => {
  const random = seededRandom(12);
  const claims: Claim[] = [];
  for (let i = 0; i < places; i++) {
    const place: PlaceRef = {
      name: `Benchplace ${i}`,
      id: `bench:${i}`,
      admin1: REGIONS[i % REGIONS.length]!,
      country: 'UA',
      lat: 46.5 + random() * 4,
      lon: 33 + random() * 6,
      surface: `Benchplace ${i}`,
      resolved: true,
    };
    const day = `2025-${String(10 + (i % 2)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const kinds = [
      { side: 'RU', stance: 'CONTROL', controller: 'RU', extent: 1, name: 'Russian Defence Ministry' },
      {
        side: 'UA',
        stance: i % 3 ? 'DENIAL' : 'CONTROL',
        controller: i % 3 ? 'RU' : 'UA',
        extent: i % 3 ? null : 0.4,
        name: 'General Staff',
      },
      { side: 'NEUTRAL', stance: 'CONTESTED', controller: null, extent: null, name: 'outlet' },
    ] as const;
    kinds.forEach((k, n) => {
      const articleId = `bench-article-${i}-${n}`;
      const sentence = `${k.name} said ${k.stance.toLowerCase()} of ${place.name} on ${day}.`;
      claims.push({
        claimId: claimIdFor({
          articleId,
          placeKey: placeKeyOf(place),
          side: k.side,
          stance: k.stance,
          controller: k.controller,
          claimedAt: day,
          evidenceStart: 0,
        }),
        articleId,
        outlet: `Bench Wire ${n}`,
        publishedAt: day,
        place,
        claimant: { name: k.name, role: k.side === 'NEUTRAL' ? 'outlet' : 'military', side: k.side },
        stance: k.stance,
        controller: k.controller,
        extent: k.extent,
        qualifier: null,
        claimedAt: day,
        claimedAtPrecision: 'day',
        evidence: { text: sentence, start: 0, end: sentence.length },
      });
    });
  }
  return claims;
};

export interface RouteLoad {
  route: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  meanBytes: number;
}

const request = (agent: Agent, url: string): Promise<{ status: number; bytes: number }> =>
  new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on('error', reject);
    }).on('error', reject);
  });

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** `connections` clients, each sending its next request when the last is answered, for `seconds` (after a warm-up). */
const load = async (route: string, base: string, path: () => string, seconds: number, connections: number): Promise<RouteLoad> => {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const run = async (ms: number, record: boolean): Promise<{ latencies: number[]; errors: number; bytes: number }> => {
    const latencies: number[] = [];
    let errors = 0;
    let bytes = 0;
    const end = performance.now() + ms;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          const started = performance.now();
          const answer = await request(agent, `${base}${path()}`).catch(() => ({ status: 0, bytes: 0 }));
          if (!record) continue;
          latencies.push(performance.now() - started);
          bytes += answer.bytes;
          if (answer.status !== 200) errors++;
        }
      }),
    );
    return { latencies, errors, bytes };
  };
  await run(2_000, false);
  const { latencies, errors, bytes } = await run(seconds * 1000, true);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    route,
    requests: sorted.length,
    requestsPerSecond: round(sorted.length / seconds, 0),
    p50: round(percentile(sorted, 50), 2),
    p95: round(percentile(sorted, 95), 2),
    p99: round(percentile(sorted, 99), 2),
    errors,
    meanBytes: Math.round(bytes / Math.max(1, sorted.length)),
  };
};

export interface ApiBench {
  places: number;
  connections: number;
  seconds: number;
  startSeconds: number;
  routes: RouteLoad[];
}

/** Fills Redis with `places` places, starts `claimwire serve` over them, and loads each route in turn. */
export const measureApi = async (
  env: Record<string, string>,
  config: Config,
  logger: Logger,
  options: { places: number; seconds: number; connections: number },
  say: (text: string) => void,
): Promise<ApiBench> => {
  const redis = await connectRedis(config, CLI_RETRY, logger);
  const store = new RedisPlaceStateStore(redis, { prefix: config.redisPrefix });
  const claims = benchPlaceClaims(options.places);
  for (let i = 0; i < claims.length; i += 3_000) await store.apply(claims.slice(i, i + 3_000));
  say(`   ${options.places} places (${claims.length} claims) in Redis`);

  const started = performance.now();
  const server = spawn(process.execPath, [cli, 'serve'], {
    env: { ...process.env, ...env, CLAIMWIRE_HTTP_PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  server.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  try {
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`claimwire serve did not start:\n${output}`)), 120_000);
      const check = setInterval(() => {
        const m = /dashboard (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (m || server.exitCode !== null) {
          clearInterval(check);
          clearTimeout(timer);
          if (m) resolve(m[1]!);
          else reject(new Error(`claimwire serve exited:\n${output}`));
        }
      }, 50);
    });
    const startSeconds = round((performance.now() - started) / 1000, 1);
    say(`   claimwire serve up in ${startSeconds} s (${base}); ${options.connections} connections, ${options.seconds} s a route`);
    const random = seededRandom(7);
    const routes: [string, () => string][] = [
      ['GET /api/ping (bare route: the ceiling)', () => '/api/ping'],
      ['GET /api/places?limit=10 (first 10 of 10,000)', () => '/api/places?limit=10'],
      ['GET /api/places (first 100 of 10,000)', () => '/api/places'],
      ['GET /api/places?offset=… (a random page of 100)', () => `/api/places?offset=${Math.floor(random() * 99) * 100}`],
      ['GET /api/places?q=… (search, any spelling)', () => `/api/places?q=benchplace%20${Math.floor(random() * 1000)}`],
      ['GET /api/places/{key} (a random place, from Redis)', () => `/api/places/bench%3A${Math.floor(random() * options.places)}`],
    ];
    const results: RouteLoad[] = [];
    for (const [route, path] of routes) {
      const result = await load(route, base, path, options.seconds, options.connections);
      results.push(result);
      say(
        `   ${route}: ${result.requestsPerSecond} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ${result.meanBytes} bytes, ${result.errors} errors`,
      );
    }
    return { places: options.places, connections: options.connections, seconds: options.seconds, startSeconds, routes: results };
  } finally {
    server.kill('SIGTERM');
    await store.clear();
    await redis.quit();
  }
};
