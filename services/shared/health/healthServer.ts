import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { ServiceHealth } from './serviceHealth.js';

export interface HealthServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The worker's own HTTP port: `GET /metrics` (Prometheus text format), `GET /health/live` (200 while the process
 * serves), `GET /health/ready` (200 when ready, else 503; both with the state of each service as JSON).
 */
export const serveHealth = async (options: {
  host: string;
  port: number;
  registry: Registry;
  health: ServiceHealth;
}): Promise<HealthServer> => {
  const { registry, health } = options;
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const json = (status: number, body: unknown): void => {
      response.writeHead(status, { 'Content-Type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return json(405, { error: 'GET only' });
    if (path === '/metrics') {
      registry.metrics().then(
        (text) => response.writeHead(200, { 'Content-Type': registry.contentType }).end(text),
        (error: Error) => json(500, { error: error.message }),
      );
      return;
    }
    if (path === '/health/live') return json(200, { live: true });
    if (path === '/health/ready') {
      const snapshot = health.snapshot();
      return json(snapshot.ready ? 200 : 503, snapshot);
    }
    json(404, { error: 'not found: /metrics, /health/live, /health/ready' });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    port,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
