import { generatePassword, hashPassword, verifyPassword, type ScryptParameters } from './password_hash';

// Low cost keeps the tests fast; the parameters travel with each hash.
const FAST: ScryptParameters = { N: 1024, r: 8, p: 1, keyLength: 32 };

describe('hashPassword', () => {
  it('stores the parameters, a salt and the key', async () => {
    const stored = await hashPassword('correct horse battery staple', FAST);
    expect(stored).toMatchObject({ algorithm: 'scrypt', N: 1024, r: 8, p: 1, keyLength: 32 });
    expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(stored.hash, 'base64')).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain('correct horse');
  });

  it('uses a new salt for each hash', async () => {
    const first = await hashPassword('same password', FAST);
    const second = await hashPassword('same password', FAST);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });
});

describe('verifyPassword', () => {
  it('accepts the password and rejects others', async () => {
    const stored = await hashPassword('s3cret-Password', FAST);
    expect(await verifyPassword('s3cret-Password', stored)).toBe(true);
    expect(await verifyPassword('s3cret-password', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('rejects a hash stored with a different key length', async () => {
    const stored = await hashPassword('s3cret-Password', FAST);
    const shortened = { ...stored, hash: Buffer.from(stored.hash, 'base64').subarray(0, 16).toString('base64') };
    expect(await verifyPassword('s3cret-Password', shortened)).toBe(false);
  });

  it('treats composed and decomposed accents alike', async () => {
    const stored = await hashPassword('caf\u00e9-au-lait', FAST);
    expect(await verifyPassword('cafe\u0301-au-lait', stored)).toBe(true);
  });
});

describe('generatePassword', () => {
  it('returns 24 URL-safe characters, different each time', () => {
    const first = generatePassword();
    expect(first).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(generatePassword()).not.toBe(first);
  });
});
