import { displayUrl, kafkaMechanism, loadSecurity, scrubSecrets, secretsInEnv, secretsOf, SecuritySettingError } from './settings.js';

const urls = { redisUrl: 'redis://127.0.0.1:6379', schemaRegistryUrl: 'http://127.0.0.1:8081/apis/ccompat/v7' };

describe('loadSecurity', () => {
  it('is all plaintext and anonymous by default', () => {
    expect(loadSecurity({}, urls)).toEqual({
      kafka: { tls: false, tlsFiles: {}, sasl: null },
      redis: { tls: false, tlsFiles: {}, username: null, password: null },
      registry: { tlsFiles: {}, credentials: null },
    });
  });

  it('reads SASL over TLS for Kafka, with TLS implied by a CA file', () => {
    const kafka = loadSecurity(
      { KAFKA_TLS_CA_FILE: '/ca.crt', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'cw', KAFKA_SASL_PASSWORD: 'pw' },
      urls,
    ).kafka;
    expect(kafka).toEqual({
      tls: true,
      tlsFiles: { caFile: '/ca.crt' },
      sasl: { mechanism: 'scram-sha-512', username: 'cw', password: 'pw' },
    });
    expect(kafkaMechanism(kafka)).toBe('SASL_SSL, SCRAM-SHA-512 as cw');
    expect(
      loadSecurity({ KAFKA_SASL_MECHANISM: 'PLAIN', KAFKA_SASL_USERNAME: 'a', KAFKA_SASL_PASSWORD: 'b' }, urls).kafka.sasl?.mechanism,
    ).toBe('plain');
  });

  it('refuses settings that cannot work, naming the variable and never the secret', () => {
    const attempts = [
      { KAFKA_SASL_MECHANISM: 'GSSAPI', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'hunter2' },
      { KAFKA_SASL_MECHANISM: 'PLAIN', KAFKA_SASL_PASSWORD: 'hunter2' },
      { KAFKA_SASL_PASSWORD: 'hunter2' },
      { KAFKA_TLS: 'maybe' },
      { KAFKA_TLS: 'false', KAFKA_TLS_CA_FILE: '/ca' },
      { KAFKA_TLS_CERT_FILE: '/c' },
      { REDIS_TLS_CA_FILE: '/ca' },
      { SCHEMA_REGISTRY_TOKEN: 'hunter2', SCHEMA_REGISTRY_USERNAME: 'u', SCHEMA_REGISTRY_PASSWORD: 'hunter2' },
      { SCHEMA_REGISTRY_PASSWORD: 'hunter2' },
      { SCHEMA_REGISTRY_CA_FILE: '/ca' },
    ];
    for (const env of attempts) {
      expect(() => loadSecurity(env, urls)).toThrow(SecuritySettingError);
      try {
        loadSecurity(env, urls);
      } catch (error) {
        expect((error as Error).message).not.toContain('hunter2');
      }
    }
  });

  it('takes the Redis ACL user from the variables, else from the URL, and TLS from rediss://', () => {
    expect(loadSecurity({}, { ...urls, redisUrl: 'rediss://cw:s%40cret@127.0.0.1:6380' }).redis).toEqual({
      tls: true,
      tlsFiles: {},
      username: 'cw',
      password: 's@cret',
    });
    const redis = loadSecurity(
      { REDIS_USERNAME: 'other', REDIS_PASSWORD: 'pw', REDIS_TLS_CA_FILE: '/ca' },
      { ...urls, redisUrl: 'rediss://cw:x@h:1' },
    ).redis;
    expect([redis.username, redis.password, redis.tlsFiles.caFile]).toEqual(['other', 'pw', '/ca']);
  });

  it('sends basic or bearer credentials to the registry', () => {
    const https = { ...urls, schemaRegistryUrl: 'https://127.0.0.1:8181/apis/ccompat/v7' };
    expect(loadSecurity({ SCHEMA_REGISTRY_USERNAME: 'u', SCHEMA_REGISTRY_PASSWORD: 'p' }, https).registry.credentials).toEqual({
      kind: 'basic',
      username: 'u',
      password: 'p',
    });
    expect(loadSecurity({ SCHEMA_REGISTRY_TOKEN: 't' }, https).registry.credentials).toEqual({ kind: 'bearer', token: 't' });
  });
});

describe('secretsOf and displayUrl', () => {
  it('lists every secret and the basic-auth header made of one', () => {
    const security = loadSecurity(
      {
        KAFKA_SASL_MECHANISM: 'PLAIN',
        KAFKA_SASL_USERNAME: 'k',
        KAFKA_SASL_PASSWORD: 'kafka-pw',
        REDIS_PASSWORD: 'redis-pw',
        SCHEMA_REGISTRY_USERNAME: 'r',
        SCHEMA_REGISTRY_PASSWORD: 'registry-pw',
      },
      urls,
    );
    expect(secretsOf(security)).toEqual(['kafka-pw', 'redis-pw', 'registry-pw', Buffer.from('r:registry-pw').toString('base64')]);
  });

  it('hides a password in a URL and leaves other URLs as they are', () => {
    expect(displayUrl('rediss://cw:secret@127.0.0.1:6380')).toBe('rediss://cw:***@127.0.0.1:6380');
    expect(displayUrl('http://127.0.0.1:8081/apis/ccompat/v7')).toBe('http://127.0.0.1:8081/apis/ccompat/v7');
    expect(displayUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});

describe('secretsInEnv and scrubSecrets', () => {
  it('finds the secrets of an environment, even one loadSecurity would refuse', () => {
    expect(
      secretsInEnv({
        KAFKA_SASL_PASSWORD: 'k-pw',
        REDIS_URL: 'rediss://cw:r-pw@h:1',
        SCHEMA_REGISTRY_URL: 'https://reg:g-pw@h/apis',
        SCHEMA_REGISTRY_TOKEN: 'tok',
      }),
    ).toEqual(['k-pw', 'r-pw', 'g-pw', 'tok', Buffer.from('reg:g-pw').toString('base64')]);
  });

  it('replaces every form a secret takes in a JSON line or a URL', () => {
    const secret = 'p"a ss/';
    const line = JSON.stringify({ msg: `auth ${secret}`, url: `redis://u:${encodeURIComponent(secret)}@h` });
    const scrubbed = scrubSecrets(line, [secret]);
    expect(scrubbed).not.toContain('a ss');
    expect(JSON.parse(scrubbed)).toEqual({ msg: 'auth [redacted]', url: 'redis://u:[redacted]@h' });
  });
});
