import type { KafkaConfig } from 'kafkajs';
import type { Config } from '../config.js';
import { kafkaMechanism } from './settings.js';
import { readTlsFiles } from './tlsFiles.js';

/** What every kafkajs client of the process is given besides its brokers and client id. */
export type KafkaConnection = Pick<KafkaConfig, 'ssl' | 'sasl'>;

/** TLS and SASL for kafkajs from the configuration (reads the TLS files). */
export const kafkaConnection = (config: Config): KafkaConnection => {
  const { tls, tlsFiles, sasl } = config.security.kafka;
  const connection: KafkaConnection = {};
  if (tls) {
    const material = readTlsFiles('Kafka', tlsFiles);
    connection.ssl = Object.keys(material).length ? { ...material, rejectUnauthorized: true } : true;
  }
  if (sasl) {
    const { username, password } = sasl;
    connection.sasl =
      sasl.mechanism === 'plain'
        ? { mechanism: 'plain', username, password }
        : sasl.mechanism === 'scram-sha-256'
          ? { mechanism: 'scram-sha-256', username, password }
          : { mechanism: 'scram-sha-512', username, password };
  }
  return connection;
};

/** "Kafka at 127.0.0.1:9192 (SASL_SSL, SCRAM-SHA-512 as claimwire)": where and how, never the password. */
export const kafkaAddress = (config: Config): string => `${config.kafkaBrokers.join(',')} (${kafkaMechanism(config.security.kafka)})`;
