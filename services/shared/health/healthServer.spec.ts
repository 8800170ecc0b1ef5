import { WorkerMetrics } from '../metrics/workerMetrics.js';
import { serveHealth } from './healthServer.js';
import { ServiceHealth } from './serviceHealth.js';

describe('the health server', () => {
  it('serves metrics, liveness and readiness on a free port', async () => {
    const metrics = new WorkerMetrics('extractor');
    const health = new ServiceHealth(['kafka', 'registry']);
    const server = await serveHealth({ host: '127.0.0.1', port: 0, registry: metrics.registry, health });
    try {
      expect(server.port).toBeGreaterThan(0);
      metrics.recordsIn('claimwire.articles', 5);
      metrics.deadLetter('null value');
      const text = await (await fetch(`${server.url}/metrics`)).text();
      expect(text).toContain('claimwire_records_in_total{topic="claimwire.articles",worker="extractor"} 5');
      expect(text).toContain('claimwire_dead_letters_total{reason="null-value",worker="extractor"} 1');
      expect(text).toContain('claimwire_dead_letters_total{reason="html",worker="extractor"} 0');

      expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
      const notReady = await fetch(`${server.url}/health/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ ready: false, services: { kafka: { up: false } } });
      health.up('kafka');
      health.up('registry');
      health.setRunning(true);
      expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
      expect((await fetch(`${server.url}/nothing`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
