import { AccessDeniedError, refusalReason } from './refusal.js';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe('refusalReason', () => {
  it('names an untrusted certificate, by code or by the text kafkajs keeps of it', () => {
    expect(refusalReason(withCode('self-signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN'))).toMatch(
      /certificate is not trusted \(self-signed certificate in certificate chain\): check the CA file/,
    );
    const wrapped = Object.assign(new Error('Connection error: unable to verify the first certificate'), {
      name: 'KafkaJSConnectionError',
    });
    expect(refusalReason(wrapped)).toMatch(/not trusted/);
    expect(refusalReason(withCode('Hostname/IP does not match certificate', 'ERR_TLS_CERT_ALTNAME_INVALID'))).toMatch(/not trusted/);
  });

  it('names failed authentication of Kafka (SASL) and Redis (ACL)', () => {
    const sasl = Object.assign(new Error('SASL SCRAM SHA512 authentication failed: Authentication failed during authentication'), {
      name: 'KafkaJSSASLAuthenticationError',
    });
    expect(refusalReason(sasl)).toMatch(/^authentication failed \(SASL SCRAM SHA512 authentication failed/);
    expect(refusalReason(new Error('WRONGPASS invalid username-password pair or user is disabled.'))).toMatch(/^authentication failed/);
    expect(refusalReason(new Error('NOAUTH Authentication required.'))).toMatch(/^authentication failed/);
  });

  it('looks through wrapped errors', () => {
    const inner = withCode('unable to get local issuer certificate', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
    expect(refusalReason(Object.assign(new Error('request failed'), { cause: inner }))).toMatch(/not trusted/);
    expect(refusalReason(Object.assign(new Error('retries exhausted'), { originalError: inner }))).toMatch(/not trusted/);
  });

  it('names a TLS client against a plaintext port, and an HTTP refusal', () => {
    expect(refusalReason(withCode('write EPROTO ...:wrong version number', 'EPROTO'))).toMatch(/TLS handshake failed/);
    expect(refusalReason(new AccessDeniedError('HTTP 401 Unauthorized'))).toBe('access denied: HTTP 401 Unauthorized');
  });

  it('leaves errors that retrying can pass: a service down, a timeout, a closed connection', () => {
    expect(refusalReason(withCode('connect ECONNREFUSED 127.0.0.1:9092', 'ECONNREFUSED'))).toBeNull();
    expect(refusalReason(new Error('Connection timeout'))).toBeNull();
    expect(refusalReason(Object.assign(new Error('Closed connection'), { name: 'KafkaJSConnectionClosedError' }))).toBeNull();
    expect(refusalReason('a string')).toBeNull();
  });
});
