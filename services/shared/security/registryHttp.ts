import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Config } from '../config.js';
import { displayUrl, registryMechanism } from './settings.js';
import { readTlsFiles } from './tlsFiles.js';

/**
 * How to talk to the schema registry: one agent (HTTPS with the CA and client certificate when the URL is
 * https://) and the Authorization header when credentials are set. The registry client library and the direct
 * calls (registration, the readiness check) share it, so they cannot drift apart.
 */
export interface RegistryConnection {
  /** The base URL without user info. */
  url: string;
  /** Absent: Node's default agents (a plain URL given directly, as tests do). */
  agent?: HttpAgent | HttpsAgent;
  headers: Record<string, string>;
  /** For logs and errors: the URL and mechanism, never the credentials. */
  address: string;
}

export const registryConnection = (config: Config): RegistryConnection => {
  const url = new URL(config.schemaRegistryUrl);
  url.username = '';
  url.password = '';
  const https = url.protocol === 'https:';
  const agent = https
    ? new HttpsAgent({ keepAlive: true, ...readTlsFiles('the schema registry', config.security.registry.tlsFiles) })
    : new HttpAgent({ keepAlive: true });
  const credentials = config.security.registry.credentials;
  const headers: Record<string, string> = {};
  if (credentials?.kind === 'basic')
    headers.Authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  if (credentials?.kind === 'bearer') headers.Authorization = `Bearer ${credentials.token}`;
  return {
    url: url.toString().replace(/\/$/, ''),
    agent,
    headers,
    address: `${displayUrl(config.schemaRegistryUrl)} (${registryMechanism(config.schemaRegistryUrl, config.security.registry)})`,
  };
};

export interface RegistryAnswer {
  status: number;
  text: string;
}

/** One request to the registry (`path` below its base URL), with the connection's TLS and credentials. */
export const registryRequest = (
  connection: RegistryConnection,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  options: { body?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RegistryAnswer> =>
  new Promise((resolve, reject) => {
    const target = new URL(`${connection.url}${path}`);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      target,
      {
        method,
        agent: connection.agent,
        headers: {
          Accept: 'application/vnd.schemaregistry.v1+json, application/json',
          ...(options.body === undefined ? {} : { 'Content-Type': 'application/vnd.schemaregistry.v1+json' }),
          ...options.headers,
          ...connection.headers,
        },
        timeout: options.timeoutMs ?? 15_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () =>
      request.destroy(Object.assign(new Error(`no answer within ${options.timeoutMs ?? 15_000} ms`), { code: 'ETIMEDOUT' })),
    );
    request.on('error', reject);
    request.end(options.body);
  });
