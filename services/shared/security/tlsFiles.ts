import { readFileSync } from 'node:fs';
import type { TlsFiles } from './settings.js';

/** The PEM contents of a TLS client's files, for node:tls / kafkajs / ioredis. */
export interface TlsMaterial {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
}

export class TlsFileError extends Error {
  override name = 'TlsFileError';
}

const read = (service: string, what: string, file: string | undefined): Buffer | undefined => {
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new TlsFileError(`${service}: cannot read the ${what} file ${file} (${code})`);
  }
};

/** Reads the files a TLS client was given; a missing or unreadable one is named with the service it is for. */
export const readTlsFiles = (service: string, files: TlsFiles): TlsMaterial => {
  const material: TlsMaterial = {};
  const ca = read(service, 'CA', files.caFile);
  const cert = read(service, 'client certificate', files.certFile);
  const key = read(service, 'client key', files.keyFile);
  if (ca) material.ca = ca;
  if (cert) material.cert = cert;
  if (key) material.key = key;
  return material;
};
