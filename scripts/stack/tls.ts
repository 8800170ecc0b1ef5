import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireCommand, runLogged } from './common.js';

/** A throwaway certificate authority and what it signed, as PEM files (keys unencrypted PKCS#8). */
export interface TlsFileSet {
  dir: string;
  caCert: string;
  caKey: string;
  serverCert: string;
  serverKey: string;
  /** The server key and certificate in one file: Kafka's PEM keystore. */
  serverKeystore: string;
  clientCert: string;
  clientKey: string;
}

export const tlsFileSet = (dir: string): TlsFileSet => ({
  dir,
  caCert: join(dir, 'ca.crt'),
  caKey: join(dir, 'ca.key'),
  serverCert: join(dir, 'server.crt'),
  serverKey: join(dir, 'server.key'),
  serverKeystore: join(dir, 'server.keystore.pem'),
  clientCert: join(dir, 'client.crt'),
  clientKey: join(dir, 'client.key'),
});

const openssl = (args: string[], dir: string): void => runLogged('openssl', args, 'openssl.log', dir);

/** Signs a key pair for `subject` with the CA; `extensions` is an openssl extension section. */
const signed = (files: TlsFileSet, name: 'server' | 'client', subject: string, extensions: string): void => {
  const ext = join(files.dir, `${name}.ext`);
  writeFileSync(ext, extensions);
  openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject], files.dir);
  openssl(
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '825',
      '-sha256',
      '-extfile',
      ext,
    ],
    files.dir,
  );
};

/**
 * A CA (openssl), a server certificate for 127.0.0.1 and localhost, and a client certificate, unless `dir` has
 * them already. The private keys are readable by their owner only.
 */
export const ensureCertificates = (dir: string, caName = 'claimwire local stack CA'): TlsFileSet => {
  const files = tlsFileSet(dir);
  if ([files.caCert, files.serverKeystore, files.clientCert].every((f) => existsSync(f))) return files;
  requireCommand('openssl', 'install openssl (apt-get install openssl) to make the secured stack certificates');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '3650',
      '-sha256',
      '-subj',
      `/CN=${caName}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  signed(
    files,
    'server',
    '/CN=localhost',
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n',
  );
  signed(
    files,
    'client',
    '/CN=claimwire-client',
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n',
  );
  writeFileSync(files.serverKeystore, `${readFileSync(files.serverKey, 'utf8')}${readFileSync(files.serverCert, 'utf8')}`, { mode: 0o600 });
  for (const key of [files.caKey, files.serverKey, files.clientKey]) chmodSync(key, 0o600);
  return files;
};
