import { timingSafeEqual } from 'node:crypto';

/** Who may use the secured registry: one basic-auth user and one bearer token. */
export interface RegistryUsers {
  username: string;
  password: string;
  token: string;
}

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Whether an Authorization header carries the user's basic credentials or the bearer token. */
export const authorized = (header: string | undefined, users: RegistryUsers): boolean => {
  if (!header) return false;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme ?? '')) return same(value, users.token);
  if (!/^basic$/i.test(scheme ?? '')) return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && same(decoded.slice(0, colon), users.username) && same(decoded.slice(colon + 1), users.password);
};
