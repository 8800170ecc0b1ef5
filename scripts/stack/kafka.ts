import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { ownPid, portOpen, repoRoot, requireCommand, runLogged, say, stackDir, StackError, startDetached, waitUntil } from './common.js';

export const KAFKA_PORT = 9092;
const CONTROLLER_PORT = 9093;
const libDir = join(stackDir, 'kafka-libs');
const dataDir = join(stackDir, 'kafka-data');
const configFile = join(stackDir, 'kafka-server.properties');
const log4jFile = join(stackDir, 'kafka-log4j.properties');

/** Kafka 3.9.1 and its logging binding from Maven Central, through stack/pom.xml, unless already cached. */
const fetchKafka = (): void => {
  if (existsSync(libDir) && readdirSync(libDir).some((f) => f.startsWith('kafka_2.13-3.9.1'))) return;
  requireCommand('mvn', 'install Apache Maven (apt-get install maven) to fetch Kafka from Maven Central');
  say('fetching Apache Kafka 3.9.1 from Maven Central (first run only)...');
  runLogged('mvn', ['-q', '-B', '-f', join(repoRoot, 'stack', 'pom.xml'), `-Dclaimwire.stack.dir=${stackDir}`, 'package'], 'mvn-kafka.log');
};

const writeConfig = (): void => {
  writeFileSync(
    configFile,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${CONTROLLER_PORT}`,
      `listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORT},CONTROLLER://127.0.0.1:${CONTROLLER_PORT}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORT}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      `log.dirs=${dataDir}`,
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
  );
  writeFileSync(
    log4jFile,
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
};

const java = (mainClass: string, args: string[]): [string, string[]] => [
  'java',
  ['-Xms256m', '-Xmx512m', '-XX:+UseG1GC', `-Dlog4j.configuration=file:${log4jFile}`, '-cp', `${libDir}/*`, mainClass, ...args],
];

/** A produce/consume round trip: the broker is up only when it really serves a topic. */
export const kafkaAnswers = async (): Promise<boolean> => {
  const kafka = new Kafka({
    clientId: 'claimwire-stack',
    brokers: [`127.0.0.1:${KAFKA_PORT}`],
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
};

export const startKafka = async (): Promise<void> => {
  if (await portOpen(KAFKA_PORT)) {
    if (!(await kafkaAnswers())) throw new StackError(`port ${KAFKA_PORT} is taken by something that is not a working Kafka broker`);
    say(`Kafka already answers on 127.0.0.1:${KAFKA_PORT}${ownPid('kafka') ? ' (started by this stack)' : ' (not ours: reusing it)'}`);
    return;
  }
  if (await portOpen(CONTROLLER_PORT))
    throw new StackError(`port ${CONTROLLER_PORT} (the Kafka controller listener) is taken by another process`);
  requireCommand('java', 'install a Java 17 runtime (apt-get install openjdk-17-jre-headless)');
  fetchKafka();
  writeConfig();
  if (!existsSync(join(dataDir, 'meta.properties'))) {
    mkdirSync(dataDir, { recursive: true });
    const [cmd, args] = java('kafka.tools.StorageTool', [
      'format',
      '-t',
      randomBytes(16).toString('base64url'),
      '-c',
      configFile,
      '--ignore-formatted',
    ]);
    runLogged(cmd, args, 'kafka-format.log');
  }
  const [cmd, args] = java('kafka.Kafka', [configFile]);
  const pid = startDetached('kafka', cmd, args);
  say(`starting Kafka 3.9.1 (pid ${pid}) on 127.0.0.1:${KAFKA_PORT}...`);
  await waitUntil(
    'Kafka',
    () => portOpen(KAFKA_PORT),
    90_000,
    'kafka.log',
    () => ownPid('kafka') !== null,
  );
  await waitUntil('Kafka', kafkaAnswers, 60_000, 'kafka.log', () => ownPid('kafka') !== null);
  say('Kafka answers (produce/consume round trip done)');
};
