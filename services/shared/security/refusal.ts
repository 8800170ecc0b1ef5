/**
 * Errors that retrying cannot fix: the service answered, but refused this client's credentials, or its certificate
 * is not one this client trusts, or it speaks another protocol (TLS against plaintext). A worker stops on them with
 * the reason rather than retrying in a loop.
 */

/** A refusal found by the caller itself (an HTTP 401/403). */
export class AccessDeniedError extends Error {
  override name = 'AccessDeniedError';
}

const UNTRUSTED_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const UNTRUSTED_TEXT =
  /self[- ]signed certificate|unable to verify the first certificate|unable to get (local )?issuer certificate|certificate has expired|certificate is not yet valid|Hostname\/IP does not match certificate|certificate signature failure/i;
const TLS_MISMATCH_TEXT = /wrong version number|packet length too long|unknown protocol|ssl3_get_record|tlsv1 alert|sslv3 alert|ERR_SSL_/i;
const AUTH_TEXT =
  /WRONGPASS|NOAUTH|NOPERM|invalid username-password|SASL [\w-]+ authentication failed|Authentication failed during authentication|Unsupported SASL mechanism|SaslAuthenticate|not authorized|ILLEGAL_SASL_STATE|UNSUPPORTED_SASL_MECHANISM/i;

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  originalError?: unknown;
}

/** The error and the errors it wraps (`cause`, kafkajs's `originalError`), outermost first. */
const chain = (error: unknown): ErrorLike[] => {
  const found: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && found.length < 8) {
    const e = current as ErrorLike;
    found.push(e);
    current = e.cause ?? e.originalError;
  }
  return found;
};

const text = (e: ErrorLike): string => (typeof e.message === 'string' ? e.message : '');

/** Why the service refused this client, in words for an operator; null when the error may pass by retrying. */
export const refusalReason = (error: unknown): string | null => {
  for (const e of chain(error)) {
    const message = text(e);
    const code = typeof e.code === 'string' ? e.code : '';
    if (e.name === 'AccessDeniedError') return `access denied: ${message}`;
    if (UNTRUSTED_CODES.has(code) || UNTRUSTED_TEXT.test(message))
      return `its TLS certificate is not trusted (${message || code}): check the CA file`;
    if (TLS_MISMATCH_TEXT.test(message) || code.startsWith('ERR_SSL_'))
      return `the TLS handshake failed (${message || code}): is the port TLS, and does the server accept this client's certificate?`;
    if (e.name === 'KafkaJSSASLAuthenticationError' || AUTH_TEXT.test(message))
      return `authentication failed (${firstLine(message)}): check the user name, password and mechanism`;
  }
  return null;
};

const firstLine = (message: string): string => message.split('\n')[0]!.slice(0, 200);
