// The secured stack's schema registry: HTTPS with the stack's certificate and basic-auth or bearer credentials,
// in front of the plain Apicurio registry. Run by scripts/stack/secure.ts as its own process:
//   node --import tsx scripts/stack/registryProxy.ts <settings.json>
// Apicurio Registry 3.0.9 authenticates only through an OpenID Connect server (Keycloak); this proxy gives the
// stack real TLS and credentials to test against without one. Requests and refusals are logged without headers.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:https';
import { authorized, type RegistryUsers } from './registryAuth.js';

interface ProxySettings {
  port: number;
  /** The plain registry, e.g. http://127.0.0.1:8081 */
  target: string;
  certFile: string;
  keyFile: string;
  users: RegistryUsers;
}

const settings = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ProxySettings;
const target = new URL(settings.target);
const log = (text: string): void => void process.stdout.write(`${new Date().toISOString()} ${text}\n`);

const server = createServer({ cert: readFileSync(settings.certFile), key: readFileSync(settings.keyFile) }, (incoming, outgoing) => {
  if (!authorized(incoming.headers.authorization, settings.users)) {
    log(`401 ${incoming.method} ${incoming.url} (${incoming.headers.authorization ? 'wrong credentials' : 'no credentials'})`);
    outgoing.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Basic realm="claimwire registry", Bearer' });
    outgoing.end(JSON.stringify({ error_code: 401, message: 'Unauthorized' }));
    return;
  }
  const headers = { ...incoming.headers, host: target.host };
  delete headers.authorization;
  const forward = request({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers }, (answer) => {
    outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(outgoing);
  });
  forward.on('error', (error) => {
    log(`502 ${incoming.method} ${incoming.url}: ${error.message}`);
    if (!outgoing.headersSent) outgoing.writeHead(502, { 'Content-Type': 'application/json' });
    outgoing.end(JSON.stringify({ error_code: 502, message: `registry unreachable: ${error.message}` }));
  });
  incoming.pipe(forward);
});
server.on('tlsClientError', (error) => log(`TLS handshake refused: ${error.message}`));
server.listen(settings.port, '127.0.0.1', () => log(`registry over HTTPS on https://127.0.0.1:${settings.port} -> ${settings.target}`));
const stop = (): void => void server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
