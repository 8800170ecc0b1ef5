import { authorized } from './registryAuth.js';

const users = { username: 'claimwire', password: 'pa:ss', token: 'tok-123' };
const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('authorized', () => {
  it('lets in the basic-auth user and the bearer token', () => {
    expect(authorized(basic('claimwire', 'pa:ss'), users)).toBe(true);
    expect(authorized('Bearer tok-123', users)).toBe(true);
    expect(authorized('bearer   tok-123', users)).toBe(true);
  });

  it('refuses anything else', () => {
    expect(authorized(undefined, users)).toBe(false);
    expect(authorized('', users)).toBe(false);
    expect(authorized(basic('claimwire', 'wrong'), users)).toBe(false);
    expect(authorized(basic('other', 'pa:ss'), users)).toBe(false);
    expect(authorized('Bearer tok-1234', users)).toBe(false);
    expect(authorized('Digest tok-123', users)).toBe(false);
    expect(authorized('Basic not-base64-at-all', users)).toBe(false);
  });
});
