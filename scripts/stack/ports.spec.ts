import { securePorts, stackPorts } from './ports.js';

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
});
