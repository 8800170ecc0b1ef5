import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  m2Repository,
  ownPid,
  portOpen,
  requireCommand,
  runLogged,
  say,
  stackDir,
  StackError,
  startDetached,
  waitUntil,
} from './common.js';
import { stackPorts } from './ports.js';

export const REGISTRY_PORT = stackPorts(process.env).registry;
const REGISTRY_URL = `http://127.0.0.1:${REGISTRY_PORT}`;
export const CCOMPAT_URL = `${REGISTRY_URL}/apis/ccompat/v7`;

/**
 * Apicurio Registry 3.0.9: the newest 3.x release on Maven Central that runs on Java 17 (3.1.x is not
 * published there, and 3.2 onwards needs Java 21). Maven cannot resolve the `all` tarball as a dependency
 * because its parent POM is not published, so the file is fetched on its own (wagon download-single)
 * into the usual place in ~/.m2 and checked against its published SHA-1.
 */
export const APICURIO_VERSION = process.env.CLAIMWIRE_APICURIO_VERSION ?? '3.0.9';
const artifactPath = `io/apicurio/apicurio-registry-app/${APICURIO_VERSION}/apicurio-registry-app-${APICURIO_VERSION}-all.tar.gz`;
const cachedTarball = join(m2Repository, artifactPath);
const installDir = join(stackDir, `apicurio-${APICURIO_VERSION}`);

const download = (path: string, to: string): void =>
  runLogged(
    'mvn',
    [
      '-q',
      '-B',
      'org.codehaus.mojo:wagon-maven-plugin:2.0.2:download-single',
      '-Dwagon.url=https://repo.maven.apache.org/maven2',
      `-Dwagon.fromFile=${path}`,
      `-Dwagon.toFile=${to}`,
    ],
    'mvn-apicurio.log',
  );

const fetchRegistry = (): void => {
  if (existsSync(installDir) && readdirSync(installDir).some((f) => f.endsWith('-runner.jar') || f === 'quarkus-app')) return;
  if (!existsSync(cachedTarball)) {
    requireCommand('mvn', 'install Apache Maven (apt-get install maven) to fetch Apicurio Registry from Maven Central');
    say(`fetching Apicurio Registry ${APICURIO_VERSION} from Maven Central (first run only, ~110 MB)...`);
    mkdirSync(dirname(cachedTarball), { recursive: true });
    download(`${artifactPath}.sha1`, `${cachedTarball}.sha1`);
    download(artifactPath, cachedTarball);
    const expected = readFileSync(`${cachedTarball}.sha1`, 'utf8').trim().split(/\s+/)[0];
    const actual = createHash('sha1').update(readFileSync(cachedTarball)).digest('hex');
    if (expected !== actual) {
      runLogged('rm', ['-f', cachedTarball], 'rm.log');
      throw new StackError(`the Apicurio tarball's SHA-1 ${actual} does not match Maven Central's ${expected}; run stack:up again`);
    }
  }
  mkdirSync(installDir, { recursive: true });
  runLogged('tar', ['-xzf', cachedTarball, '-C', installDir], 'apicurio-unpack.log');
};

const launchArgs = (): string[] => {
  const quarkusApp = join(installDir, 'quarkus-app', 'quarkus-run.jar');
  const runner = readdirSync(installDir).find((f) => f.endsWith('-runner.jar'));
  const jar = existsSync(quarkusApp) ? quarkusApp : runner ? join(installDir, runner) : null;
  if (!jar) throw new StackError(`no runnable jar in ${installDir}; delete it and run stack:up again`);
  return [
    '-Xms128m',
    '-Xmx512m',
    `-Dquarkus.http.port=${REGISTRY_PORT}`,
    '-Dquarkus.http.host=127.0.0.1',
    '-Dapicurio.rules.global.compatibility=BACKWARD',
    '-jar',
    jar,
  ];
};

export const registryAnswers = async (): Promise<boolean> => {
  const ready = await fetch(`${REGISTRY_URL}/health/ready`, { signal: AbortSignal.timeout(2_000) });
  if (!ready.ok) return false;
  return (await fetch(`${CCOMPAT_URL}/subjects`, { signal: AbortSignal.timeout(2_000) })).ok;
};

/**
 * BACKWARD, as @kafkajs/confluent-schema-registry's register() expects of the registry. Set through the
 * Confluent-compatible API as well as the start-up property, which not every 3.x release reads.
 */
const setGlobalCompatibility = async (): Promise<void> => {
  const response = await fetch(`${CCOMPAT_URL}/config`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ compatibility: 'BACKWARD' }),
  });
  if (!response.ok)
    throw new StackError(`could not set the registry's global compatibility to BACKWARD: HTTP ${response.status} ${await response.text()}`);
};

export const startRegistry = async (): Promise<void> => {
  if (await portOpen(REGISTRY_PORT)) {
    if (!(await registryAnswers().catch(() => false)))
      throw new StackError(`port ${REGISTRY_PORT} is taken by something that is not a schema registry`);
    say(`schema registry already answers on ${REGISTRY_URL}${ownPid('registry') ? ' (started by this stack)' : ' (not ours: reusing it)'}`);
  } else {
    requireCommand('java', 'install a Java 17 runtime (apt-get install openjdk-17-jre-headless)');
    fetchRegistry();
    const pid = startDetached('registry', 'java', launchArgs());
    say(`starting Apicurio Registry ${APICURIO_VERSION} (pid ${pid}) on ${REGISTRY_URL}...`);
    await waitUntil('the schema registry', registryAnswers, 120_000, 'registry.log', () => ownPid('registry') !== null);
  }
  await setGlobalCompatibility();
  say(`schema registry ready; Confluent-compatible API at ${CCOMPAT_URL}`);
};
