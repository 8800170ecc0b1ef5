import { ServiceHealth, type HealthListener } from './serviceHealth.js';

describe('ServiceHealth', () => {
  const at = new Date('2026-12-01T10:00:00Z');

  it('is ready only while running with every service up', () => {
    const health = new ServiceHealth(['kafka', 'registry', 'redis'], undefined, () => at);
    expect(health.ready()).toBe(false);
    health.up('kafka');
    health.up('registry');
    health.up('redis');
    expect(health.ready()).toBe(false);
    health.setRunning(true);
    expect(health.ready()).toBe(true);
    health.down('redis', 'connect ECONNREFUSED 127.0.0.1:6379');
    expect(health.snapshot()).toEqual({
      ready: false,
      running: true,
      services: {
        kafka: { up: true, since: at.toISOString(), lastError: null },
        registry: { up: true, since: at.toISOString(), lastError: null },
        redis: { up: false, since: at.toISOString(), lastError: { message: 'connect ECONNREFUSED 127.0.0.1:6379', at: at.toISOString() } },
      },
    });
    health.up('redis');
    expect(health.ready()).toBe(true);
    expect(health.snapshot().services.redis?.lastError?.message).toBe('connect ECONNREFUSED 127.0.0.1:6379');
    health.setRunning(false);
    expect(health.ready()).toBe(false);
  });

  it('tells its listener every change of a service and of readiness', () => {
    const events: Parameters<HealthListener>[0][] = [];
    const health = new ServiceHealth(['kafka'], (e) => events.push(e));
    health.setRunning(true);
    health.up('kafka');
    health.error('kafka', 'request timed out');
    expect(events).toEqual([
      { ready: false },
      { ready: false },
      { service: 'kafka', up: true },
      { ready: true },
      { service: 'kafka', up: true, error: 'request timed out' },
    ]);
    expect(health.ready()).toBe(true);
  });

  it('ignores services the worker does not use', () => {
    const health = new ServiceHealth(['kafka', 'registry']);
    health.down('redis', 'gone');
    health.up('kafka');
    health.up('registry');
    health.setRunning(true);
    expect(health.ready()).toBe(true);
    expect(health.snapshot().services).not.toHaveProperty('redis');
  });
});
