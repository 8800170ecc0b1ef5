import { destination, pino, type DestinationStream, type Logger } from 'pino';
import { scrubSecrets, secretsInEnv } from './security/settings.js';

export type { Logger };

/** Fields that may hold a secret wherever they appear in a log object. */
export const REDACTED_PATHS = [
  'password',
  'token',
  'authorization',
  'sasl',
  '*.password',
  '*.token',
  '*.authorization',
  '*.Authorization',
  '*.sasl',
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  'security',
  '*.security',
];

/**
 * JSON logs to stderr (or `stream`), so stdout stays free for command output. Every line names the process once, as
 * `service`; fields logged beside it must use other names (a service waited for is a `dependency`). Secrets never
 * reach a line: fields that may hold one are redacted, and every line is scrubbed of the passwords and tokens the
 * environment holds (an error message quoting a URL or a header would otherwise carry them).
 */
export const createLogger = (
  name: string,
  level = process.env.LOG_LEVEL ?? 'info',
  stream?: DestinationStream,
  env: NodeJS.ProcessEnv = process.env,
): Logger => {
  const secrets = secretsInEnv(env);
  return pino(
    {
      name,
      level,
      base: { service: name },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      ...(secrets.length ? { hooks: { streamWrite: (line: string) => scrubSecrets(line, secrets) } } : {}),
    },
    stream ?? destination({ fd: 2, sync: false }),
  );
};
