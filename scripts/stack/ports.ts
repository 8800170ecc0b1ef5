/**
 * The ports the local stack serves: those of the addresses the configuration names (KAFKA_BROKERS,
 * SCHEMA_REGISTRY_URL, REDIS_URL), so that a stack of its own on other ports (another checkout, CI beside a
 * developer's stack) needs only those variables. The secured stack listens beside it, 100 ports up.
 */
export interface StackPorts {
  kafka: number;
  /** The KRaft controller listener: the Kafka port + 1. */
  kafkaController: number;
  registry: number;
  redis: number;
}

type Env = Record<string, string | undefined>;

const portIn = (address: string | undefined, fallback: number): number => {
  if (!address) return fallback;
  const match = /:(\d+)(?:[/?]|$)/.exec(
    address
      .split(',')[0]!
      .trim()
      .replace(/^\w+:\/\/[^@/]*@/, '//'),
  );
  const port = match ? Number(match[1]) : NaN;
  return Number.isInteger(port) && port > 0 && port < 65_536 ? port : fallback;
};

export const stackPorts = (env: Env): StackPorts => {
  const kafka = portIn(env.KAFKA_BROKERS, 9092);
  return {
    kafka,
    kafkaController: kafka + 1,
    registry: portIn(env.SCHEMA_REGISTRY_URL, 8081),
    redis: portIn(env.REDIS_URL, 6379),
  };
};

/** SASL_SSL Kafka (and its controller), the registry over HTTPS, Redis over TLS: each 100 above the plain one. */
export const securePorts = (plain: StackPorts): StackPorts => ({
  kafka: plain.kafka + 100,
  kafkaController: plain.kafkaController + 100,
  registry: plain.registry + 100,
  redis: plain.redis + 100,
});

/**
 * The local Redis Cluster's three masters (`stack:up -- --redis-cluster`): 1000, 1001 and 1002 above the Redis port
 * (7379-7381 by default), each with its cluster bus 100 above its own port (7479-7481), not Redis' usual +10000,
 * which would land on another stack's ports.
 */
export const redisClusterPorts = (plain: StackPorts): { port: number; busPort: number }[] =>
  [1000, 1001, 1002].map((offset) => ({ port: plain.redis + offset, busPort: plain.redis + offset + 100 }));
