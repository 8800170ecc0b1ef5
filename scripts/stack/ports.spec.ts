import { redisClusterPorts, securePorts, stackPorts } from './ports.js';

describe('stackPorts', () => {
  it('serves the usual ports by default', () => {
    expect(stackPorts({})).toEqual({ kafka: 9092, kafkaController: 9093, registry: 8081, redis: 6379 });
  });

  it('follows the addresses the configuration names', () => {
    expect(
      stackPorts({
        KAFKA_BROKERS: '127.0.0.1:29092,127.0.0.1:29095',
        SCHEMA_REGISTRY_URL: 'http://127.0.0.1:28081/apis/ccompat/v7',
        REDIS_URL: 'redis://user:pw@127.0.0.1:26379',
      }),
    ).toEqual({ kafka: 29092, kafkaController: 29093, registry: 28081, redis: 26379 });
    expect(stackPorts({ REDIS_URL: 'redis://127.0.0.1' }).redis).toBe(6379);
  });

  it('puts the secured stack 100 ports above the plain one', () => {
    expect(securePorts(stackPorts({}))).toEqual({ kafka: 9192, kafkaController: 9193, registry: 8181, redis: 6479 });
  });

  it('puts the Redis Cluster 1000 above the Redis port, each bus 100 above its node, clear of the secured stack', () => {
    expect(redisClusterPorts(stackPorts({}))).toEqual([
      { port: 7379, busPort: 7479 },
      { port: 7380, busPort: 7480 },
      { port: 7381, busPort: 7481 },
    ]);
    expect(redisClusterPorts(stackPorts({ REDIS_URL: 'redis://localhost:16379' })).map((n) => n.port)).toEqual([17379, 17380, 17381]);
    const taken = new Set(Object.values({ ...stackPorts({}), ...securePorts(stackPorts({})) }));
    for (const { port, busPort } of redisClusterPorts(stackPorts({}))) expect(taken.has(port) || taken.has(busPort)).toBe(false);
  });
});
