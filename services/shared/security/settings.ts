// Connection security of the three services, read from the environment (pure: no file is read here).
import { ConfigError } from '../errors.js';

export type Env = Record<string, string | undefined>;

export type SaslMechanism = 'scram-sha-512' | 'scram-sha-256' | 'plain';

/** Files of a TLS client: the CA that signs the server's certificate, and an optional client certificate and key. */
export interface TlsFiles {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

export interface KafkaSecurity {
  /** TLS to the brokers (SSL or SASL_SSL). */
  tls: boolean;
  tlsFiles: TlsFiles;
  sasl: { mechanism: SaslMechanism; username: string; password: string } | null;
}

export interface RedisSecurity {
  /** From `rediss://` in REDIS_URL. */
  tls: boolean;
  tlsFiles: TlsFiles;
  /** ACL user and password: REDIS_USERNAME / REDIS_PASSWORD, else the ones in REDIS_URL. */
  username: string | null;
  password: string | null;
}

export type RegistryCredentials = { kind: 'basic'; username: string; password: string } | { kind: 'bearer'; token: string };

export interface RegistrySecurity {
  tlsFiles: TlsFiles;
  credentials: RegistryCredentials | null;
}

export interface SecuritySettings {
  kafka: KafkaSecurity;
  redis: RedisSecurity;
  registry: RegistrySecurity;
}

/** A setting that cannot be used; the message names the variable, never a secret's value. */
/** A security setting that cannot be used: a ConfigError, printed by the CLI as one line. */
export class SecuritySettingError extends ConfigError {}

const MECHANISMS: Record<string, SaslMechanism> = {
  'SCRAM-SHA-512': 'scram-sha-512',
  'SCRAM-SHA-256': 'scram-sha-256',
  PLAIN: 'plain',
};

const value = (env: Env, name: string): string | undefined => {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : raw;
};

const flag = (env: Env, name: string): boolean | undefined => {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new SecuritySettingError(`${name} must be true or false, got "${env[name]}"`);
};

const tlsFiles = (env: Env, prefix: string): TlsFiles => {
  const files: TlsFiles = {
    caFile: value(env, `${prefix}_CA_FILE`),
    certFile: value(env, `${prefix}_CERT_FILE`),
    keyFile: value(env, `${prefix}_KEY_FILE`),
  };
  if (Boolean(files.certFile) !== Boolean(files.keyFile))
    throw new SecuritySettingError(`${prefix}_CERT_FILE and ${prefix}_KEY_FILE go together: a client certificate needs its key`);
  return files;
};

const hasFiles = (files: TlsFiles): boolean => Boolean(files.caFile || files.certFile);

const kafkaSecurity = (env: Env): KafkaSecurity => {
  const files = tlsFiles(env, 'KAFKA_TLS');
  const tls = flag(env, 'KAFKA_TLS') ?? hasFiles(files);
  if (!tls && hasFiles(files)) throw new SecuritySettingError('KAFKA_TLS is false but TLS files are set (KAFKA_TLS_*_FILE)');
  const rawMechanism = value(env, 'KAFKA_SASL_MECHANISM');
  const username = value(env, 'KAFKA_SASL_USERNAME');
  const password = value(env, 'KAFKA_SASL_PASSWORD');
  if (!rawMechanism) {
    if (username || password)
      throw new SecuritySettingError('KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD are set but KAFKA_SASL_MECHANISM is not');
    return { tls, tlsFiles: files, sasl: null };
  }
  const mechanism = MECHANISMS[rawMechanism.toUpperCase()];
  if (!mechanism)
    throw new SecuritySettingError(`KAFKA_SASL_MECHANISM must be one of ${Object.keys(MECHANISMS).join(', ')}, got "${rawMechanism}"`);
  if (!username || !password)
    throw new SecuritySettingError(`KAFKA_SASL_MECHANISM ${rawMechanism} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD`);
  return { tls, tlsFiles: files, sasl: { mechanism, username, password } };
};

const parseUrl = (raw: string, name: string): URL => {
  try {
    return new URL(raw);
  } catch {
    throw new SecuritySettingError(`${name} is not a URL`);
  }
};

const redisSecurity = (env: Env, redisUrl: string): RedisSecurity => {
  const url = parseUrl(redisUrl, 'REDIS_URL');
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new SecuritySettingError(`REDIS_URL must begin with redis:// or rediss:// (TLS), not ${url.protocol}//`);
  const tls = url.protocol === 'rediss:';
  const files = tlsFiles(env, 'REDIS_TLS');
  if (!tls && hasFiles(files)) throw new SecuritySettingError('REDIS_TLS_*_FILE are set but REDIS_URL is not rediss:// (TLS)');
  return {
    tls,
    tlsFiles: files,
    username: value(env, 'REDIS_USERNAME') ?? (url.username ? decodeURIComponent(url.username) : null),
    password: value(env, 'REDIS_PASSWORD') ?? (url.password ? decodeURIComponent(url.password) : null),
  };
};

const registrySecurity = (env: Env, registryUrl: string): RegistrySecurity => {
  const url = parseUrl(registryUrl, 'SCHEMA_REGISTRY_URL');
  const files = tlsFiles(env, 'SCHEMA_REGISTRY');
  if (url.protocol !== 'https:' && hasFiles(files))
    throw new SecuritySettingError('SCHEMA_REGISTRY_*_FILE are set but SCHEMA_REGISTRY_URL is not https://');
  const username = value(env, 'SCHEMA_REGISTRY_USERNAME') ?? (url.username ? decodeURIComponent(url.username) : undefined);
  const password = value(env, 'SCHEMA_REGISTRY_PASSWORD') ?? (url.password ? decodeURIComponent(url.password) : undefined);
  const token = value(env, 'SCHEMA_REGISTRY_TOKEN');
  if (token && (username || password))
    throw new SecuritySettingError('set either SCHEMA_REGISTRY_TOKEN (bearer) or SCHEMA_REGISTRY_USERNAME/PASSWORD (basic), not both');
  if (Boolean(username) !== Boolean(password))
    throw new SecuritySettingError('SCHEMA_REGISTRY_USERNAME and SCHEMA_REGISTRY_PASSWORD go together');
  const credentials: RegistryCredentials | null = token
    ? { kind: 'bearer', token }
    : username && password
      ? { kind: 'basic', username, password }
      : null;
  return { tlsFiles: files, credentials };
};

export const loadSecurity = (env: Env, urls: { redisUrl: string; schemaRegistryUrl: string }): SecuritySettings => ({
  kafka: kafkaSecurity(env),
  redis: redisSecurity(env, urls.redisUrl),
  registry: registrySecurity(env, urls.schemaRegistryUrl),
});

/** Every secret the settings hold, and the forms they travel in (a basic-auth header): what logs must never show. */
export const secretsOf = (security: SecuritySettings): string[] => {
  const secrets = [security.kafka.sasl?.password, security.redis.password];
  const credentials = security.registry.credentials;
  if (credentials?.kind === 'bearer') secrets.push(credentials.token);
  if (credentials?.kind === 'basic') {
    secrets.push(credentials.password, Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64'));
  }
  return [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length > 0))];
};

/** A URL fit for a log line or an error: its password (if any) replaced. */
export const displayUrl = (raw: string): string => {
  try {
    const url = new URL(raw);
    if (!url.password) return raw;
    url.password = '***';
    return url.toString();
  } catch {
    return raw.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
};

/** How a Kafka client authenticates, for messages: "SASL_SSL, SCRAM-SHA-512 as claimwire". */
export const kafkaMechanism = (kafka: KafkaSecurity): string => {
  const protocol = kafka.sasl ? (kafka.tls ? 'SASL_SSL' : 'SASL_PLAINTEXT') : kafka.tls ? 'SSL' : 'PLAINTEXT';
  return kafka.sasl ? `${protocol}, ${kafka.sasl.mechanism.toUpperCase()} as ${kafka.sasl.username}` : protocol;
};

export const redisMechanism = (redis: RedisSecurity): string =>
  `${redis.tls ? 'TLS' : 'plaintext'}, ${redis.password ? `ACL user ${redis.username ?? 'default'}` : 'no password'}`;

export const registryMechanism = (registryUrl: string, registry: RegistrySecurity): string => {
  const scheme = registryUrl.startsWith('https:') ? 'HTTPS' : 'HTTP';
  const credentials = registry.credentials;
  return `${scheme}, ${credentials === null ? 'no credentials' : credentials.kind === 'basic' ? `basic auth as ${credentials.username}` : 'bearer token'}`;
};

const userinfoPassword = (raw: string | undefined): string | undefined => {
  if (!raw) return undefined;
  try {
    const password = new URL(raw).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The secrets the environment holds, read leniently (a setting loadSecurity would refuse still has its secret
 * hidden): for the logger, which exists before the configuration is checked.
 */
export const secretsInEnv = (env: Env): string[] => {
  const registryUser = value(env, 'SCHEMA_REGISTRY_USERNAME');
  const registryPassword = value(env, 'SCHEMA_REGISTRY_PASSWORD') ?? userinfoPassword(env.SCHEMA_REGISTRY_URL);
  const secrets = [
    value(env, 'KAFKA_SASL_PASSWORD'),
    value(env, 'REDIS_PASSWORD'),
    userinfoPassword(env.REDIS_URL),
    registryPassword,
    value(env, 'SCHEMA_REGISTRY_TOKEN'),
  ];
  if (registryPassword) {
    let user = registryUser;
    try {
      user ??= env.SCHEMA_REGISTRY_URL ? decodeURIComponent(new URL(env.SCHEMA_REGISTRY_URL).username) : undefined;
    } catch {
      // not a URL: no user there
    }
    if (user) secrets.push(Buffer.from(`${user}:${registryPassword}`).toString('base64'));
  }
  return [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length > 0))];
};

/** `text` with every secret (as written, and as JSON escapes it) replaced by [redacted]. */
export const scrubSecrets = (text: string, secrets: readonly string[]): string => {
  let out = text;
  for (const secret of secrets) {
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]))
      if (form) out = out.split(form).join('[redacted]');
  }
  return out;
};
