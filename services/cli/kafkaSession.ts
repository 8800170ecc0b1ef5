import { RegistryCodec } from '../shared/codec/registryCodec.js';
import type { Config } from '../shared/config.js';
import type { Logger } from '../shared/logger.js';
import { CLI_RETRY, reachKafka, reachRegistry } from '../shared/reachServices.js';
import { kafkaConnection } from '../shared/security/kafkaConnection.js';
import { KafkaTransport } from '../shared/transport/kafkaTransport.js';
import { pipelineTopics } from './topics.js';

export interface KafkaSession {
  transport: KafkaTransport;
  codec: RegistryCodec;
}

/** Kafka and the registry for one CLI command: checked first (a clear error if down), closed after. */
export const withKafka = async <T>(
  config: Config,
  logger: Logger,
  name: string,
  work: (session: KafkaSession) => Promise<T>,
): Promise<T> => {
  await reachKafka(config, CLI_RETRY, logger);
  await reachRegistry(config, CLI_RETRY, logger);
  const transport = new KafkaTransport({
    brokers: config.kafkaBrokers,
    clientId: `${config.clientId}-${name}`,
    connection: kafkaConnection(config),
    logger,
  });
  try {
    await transport.ensureTopics(pipelineTopics(config));
    return await work({ transport, codec: RegistryCodec.forConfig(config) });
  } finally {
    await transport.close();
  }
};
