import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logDir } from '../../scripts/stack/common.js';
import { secureStack, type SecureStack } from '../../scripts/stack/secure.js';
import { testEnv } from './testEnv.js';

/** The environment of one test on the secured stack: its own topics and prefix, the stack's TLS and credentials. */
export const secureTestEnv = (name: string, extra: Record<string, string> = {}): { stack: SecureStack; env: Record<string, string> } => {
  const stack = secureStack();
  return { stack, env: testEnv(name, { ...stack.env, ...extra }) };
};

/** Every secret of the secured stack, and the basic-auth header made of the registry's. */
export const stackSecrets = (stack: SecureStack): string[] => {
  const { admin, kafka, kafkaPlain, redis, registry } = stack.credentials;
  return [
    admin.password,
    kafka.password,
    kafkaPlain.password,
    redis.password,
    registry.password,
    registry.token,
    Buffer.from(`${registry.username}:${registry.password}`).toString('base64'),
  ];
};

/** The logs the secured stack's own services wrote (Kafka and its formatting, Redis, the HTTPS registry, openssl). */
export const secureStackLogs = (): { file: string; text: string }[] =>
  existsSync(logDir)
    ? readdirSync(logDir)
        .filter((f) => /^(kafka-secure|redis-secure|registry-tls|openssl)/.test(f))
        .map((f) => ({ file: f, text: readFileSync(join(logDir, f), 'utf8') }))
    : [];
