import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { kafkaClusterId } from './clusterId.js';
import {
  ownPid,
  portOpen,
  repoRoot,
  requireCommand,
  runLogged,
  say,
  stackDir,
  StackError,
  startDetached,
  stopOwn,
  waitUntil,
} from './common.js';
import { stackPorts } from './ports.js';
import type { TlsFileSet } from './tls.js';

export const KAFKA_PORT = stackPorts(process.env).kafka;
const libDir = join(stackDir, 'kafka-libs');

/** Kafka 3.9.1 and its logging binding from Maven Central, through stack/pom.xml, unless already cached. */
const fetchKafka = (): void => {
  if (existsSync(libDir) && readdirSync(libDir).some((f) => f.startsWith('kafka_2.13-3.9.1'))) return;
  requireCommand('mvn', 'install Apache Maven (apt-get install maven) to fetch Kafka from Maven Central');
  say('fetching Apache Kafka 3.9.1 from Maven Central (first run only)...');
  runLogged('mvn', ['-q', '-B', '-f', join(repoRoot, 'stack', 'pom.xml'), `-Dclaimwire.stack.dir=${stackDir}`, 'package'], 'mvn-kafka.log');
};

export interface KafkaNodeOptions {
  /** Names the pid and log files: `<name>.pid`, `logs/<name>.log`. */
  name: string;
  port: number;
  controllerPort: number;
  /** Holds the node's configuration and, in `data/`, its log directories. */
  dir: string;
  /** A SASL_SSL node instead of a plaintext one (see KafkaNodeSecurity). */
  security?: KafkaNodeSecurity;
}

/**
 * A node with no plaintext port: clients and the broker itself on SASL_SSL (SCRAM-SHA-512 and PLAIN), the KRaft
 * controller on SASL_SSL with PLAIN (SCRAM credentials live in the metadata log the controller serves, so they
 * cannot guard it). SCRAM users are written into the metadata when the storage is formatted
 * (`kafka-storage format --add-scram`), PLAIN users are in the listener's JAAS configuration. Client certificates
 * are asked for but not required.
 */
export interface KafkaNodeSecurity {
  tls: TlsFileSet;
  /** The broker's own user (inter-broker and controller traffic). */
  admin: { name: string; password: string };
  scramUsers: { name: string; password: string }[];
  plainUsers: { name: string; password: string }[];
}

/** A JAAS string value: Kafka reads backslashes and double quotes as escapes. */
const jaasValue = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * One KRaft node, broker and controller, running from the cached Kafka jars. The stack runs one on 9092; the
 * broker-restart test runs its own, so that stopping it disturbs no other test.
 */
export class KafkaNode {
  constructor(readonly options: KafkaNodeOptions) {}

  get brokers(): string[] {
    return [`127.0.0.1:${this.options.port}`];
  }

  private get configFile(): string {
    return join(this.options.dir, 'server.properties');
  }

  private get log4jFile(): string {
    return join(this.options.dir, 'log4j.properties');
  }

  private get dataDir(): string {
    return join(this.options.dir, 'data');
  }
  private listenerConfig(): string[] {
    const { port, controllerPort, security } = this.options;
    if (!security)
      return [
        `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
        `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
        'controller.listener.names=CONTROLLER',
        'inter.broker.listener.name=PLAINTEXT',
        'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      ];
    const { admin, plainUsers, tls } = security;
    const plainJaas = (users: { name: string; password: string }[]): string =>
      `org.apache.kafka.common.security.plain.PlainLoginModule required username=${jaasValue(admin.name)} password=${jaasValue(admin.password)} ${[admin, ...users].map((u) => `user_${u.name}=${jaasValue(u.password)}`).join(' ')};`;
    return [
      `listeners=SASL_SSL://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=SASL_SSL://127.0.0.1:${port}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=SASL_SSL',
      'listener.security.protocol.map=CONTROLLER:SASL_SSL,SASL_SSL:SASL_SSL',
      'sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN',
      'sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512',
      'sasl.mechanism.controller.protocol=PLAIN',
      'listener.name.controller.sasl.enabled.mechanisms=PLAIN',
      `listener.name.controller.plain.sasl.jaas.config=${plainJaas([])}`,
      `listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=${jaasValue(admin.name)} password=${jaasValue(admin.password)};`,
      `listener.name.sasl_ssl.plain.sasl.jaas.config=${plainJaas(plainUsers)}`,
      'ssl.keystore.type=PEM',
      `ssl.keystore.location=${tls.serverKeystore}`,
      'ssl.truststore.type=PEM',
      `ssl.truststore.location=${tls.caCert}`,
      'ssl.client.auth=requested',
    ];
  }

  private writeConfig(): void {
    writeFileSync(
      this.configFile,
      [
        'process.roles=broker,controller',
        'node.id=1',
        `controller.quorum.voters=1@127.0.0.1:${this.options.controllerPort}`,
        ...this.listenerConfig(),
        `log.dirs=${this.dataDir}`,
        'num.partitions=3',
        'offsets.topic.num.partitions=1',
        'offsets.topic.replication.factor=1',
        'transaction.state.log.replication.factor=1',
        'transaction.state.log.min.isr=1',
        'group.initial.rebalance.delay.ms=0',
        'auto.create.topics.enable=true',
        'log.retention.hours=168',
        'log.segment.bytes=67108864',
        'log.cleaner.dedupe.buffer.size=8388608',
        '',
      ].join('\n'),
      // It holds the JAAS passwords of a secured node.
      { mode: 0o600 },
    );
    writeFileSync(
      this.log4jFile,
      [
        'log4j.rootLogger=INFO, stdout',
        'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
        'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
        'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
        'log4j.logger.kafka=INFO',
        'log4j.logger.org.apache.kafka=INFO',
        'log4j.logger.state.change.logger=WARN',
        '',
      ].join('\n'),
    );
  }

  private java(mainClass: string, args: string[]): [string, string[]] {
    return [
      'java',
      ['-Xms256m', '-Xmx512m', '-XX:+UseG1GC', `-Dlog4j.configuration=file:${this.log4jFile}`, '-cp', `${libDir}/*`, mainClass, ...args],
    ];
  }

  /** How the stack's own checks connect: plaintext, or SASL_SSL as the node's admin user. */
  get clientConnection(): Pick<KafkaConfig, 'ssl' | 'sasl'> {
    const security = this.options.security;
    if (!security) return {};
    return {
      ssl: { ca: readFileSync(security.tls.caCert) },
      sasl: { mechanism: 'scram-sha-512', username: security.admin.name, password: security.admin.password },
    };
  }

  /** A produce/consume round trip: the broker is up only when it really serves a topic. */
  async answers(): Promise<boolean> {
    const kafka = new Kafka({
      clientId: 'claimwire-stack',
      brokers: this.brokers,
      ...this.clientConnection,
      logLevel: logLevel.NOTHING,
      retry: { retries: 2 },
      connectionTimeout: 2_000,
    });
    const topic = '__claimwire_stack_check';
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    const consumer = kafka.consumer({ groupId: `claimwire-stack-check-${process.pid}` });
    const marker = randomUUID();
    try {
      const admin = kafka.admin();
      await admin.connect();
      if (!(await admin.listTopics()).includes(topic))
        await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: true });
      await admin.disconnect();
      await producer.connect();
      await producer.send({ topic, messages: [{ value: marker }] });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const seen = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 15_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            if (message.value?.toString() === marker) {
              clearTimeout(timer);
              resolve(true);
            }
          },
        });
      });
      return seen;
    } finally {
      await producer.disconnect().catch(() => undefined);
      await consumer.disconnect().catch(() => undefined);
      const admin = kafka.admin();
      await admin
        .connect()
        .then(() => admin.deleteGroups([`claimwire-stack-check-${process.pid}`]))
        .catch(() => undefined);
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** Starts the node unless a working broker already answers on its port; waits until it serves a topic. */
  async start(): Promise<void> {
    const { name, port, controllerPort } = this.options;
    if (await portOpen(port)) {
      if (!(await this.answers())) throw new StackError(`port ${port} is taken by something that is not a working Kafka broker`);
      say(`Kafka already answers on 127.0.0.1:${port}${ownPid(name) ? ' (started by this stack)' : ' (not ours: reusing it)'}`);
      return;
    }
    if (await portOpen(controllerPort))
      throw new StackError(`port ${controllerPort} (the Kafka controller listener) is taken by another process`);
    requireCommand('java', 'install a Java 17 runtime (apt-get install openjdk-17-jre-headless)');
    fetchKafka();
    mkdirSync(this.options.dir, { recursive: true });
    this.writeConfig();
    if (!existsSync(join(this.dataDir, 'meta.properties'))) {
      mkdirSync(this.dataDir, { recursive: true });
      const security = this.options.security;
      const scram = security
        ? [security.admin, ...security.scramUsers].flatMap((u) => ['--add-scram', `SCRAM-SHA-512=[name=${u.name},password=${u.password}]`])
        : [];
      const [cmd, args] = this.java('kafka.tools.StorageTool', [
        'format',
        '-t',
        kafkaClusterId(),
        '-c',
        this.configFile,
        '--ignore-formatted',
        ...scram,
      ]);
      runLogged(cmd, args, `${name}-format.log`);
    }
    const [cmd, args] = this.java('kafka.Kafka', [this.configFile]);
    const pid = startDetached(name, cmd, args);
    say(`starting Kafka 3.9.1 (pid ${pid}) on 127.0.0.1:${port}${this.options.security ? ' (SASL_SSL)' : ''}...`);
    const alive = (): boolean => ownPid(name) !== null;
    await waitUntil('Kafka', () => portOpen(port), 90_000, `${name}.log`, alive);
    await waitUntil('Kafka', () => this.answers(), 60_000, `${name}.log`, alive);
    say('Kafka answers (produce/consume round trip done)');
  }

  /** Stops the node if this stack started it: SIGTERM (a clean shutdown) or SIGKILL (a crash). */
  stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<boolean> {
    return stopOwn(this.options.name, signal === 'SIGKILL' ? 0 : 15_000);
  }
}

/** The stack's broker: 127.0.0.1:9092, data in the stack's cache folder. */
export const stackKafka = new KafkaNode({
  name: 'kafka',
  port: KAFKA_PORT,
  controllerPort: stackPorts(process.env).kafkaController,
  dir: join(stackDir, 'kafka'),
});
