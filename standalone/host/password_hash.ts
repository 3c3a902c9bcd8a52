import crypto from 'node:crypto';

/** Cost parameters of scrypt, as Node's `crypto.scrypt` takes them. */
export interface ScryptParameters {
  /** CPU and memory cost; a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelization. */
  p: number;
  /** Length of the derived key in bytes. */
  keyLength: number;
}

/** A stored password: the scrypt parameters, the salt and the derived key, in base64. */
export interface PasswordHash extends ScryptParameters {
  algorithm: 'scrypt';
  salt: string;
  hash: string;
}

/**
 * The minimum scrypt configuration of the OWASP Password Storage Cheat Sheet (May 2023):
 * N = 2^17, r = 8, p = 1. One hash takes 128 MiB of memory and about 0.4 s on one core of
 * a 2-core development machine (measured with `crypto.scryptSync`).
 */
export const DEFAULT_SCRYPT_PARAMETERS: ScryptParameters = { N: 2 ** 17, r: 8, p: 1, keyLength: 32 };

const SALT_BYTES = 16;
const GENERATED_PASSWORD_BYTES = 18;

/** Hashes a password with scrypt and a new random salt. */
export async function hashPassword(
  password: string,
  parameters: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS
): Promise<PasswordHash> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, parameters);
  return {
    algorithm: 'scrypt',
    ...parameters,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  };
}

/** Checks a password against a stored hash, comparing the keys in constant time. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await deriveKey(password, Buffer.from(stored.salt, 'base64'), stored);
  return key.length === expected.length && crypto.timingSafeEqual(key, expected);
}

/** Returns a random password of 24 URL-safe characters (144 bits). */
export function generatePassword(): string {
  return crypto.randomBytes(GENERATED_PASSWORD_BYTES).toString('base64url');
}

function deriveKey(password: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const { N, r, p, keyLength } = parameters;
  // scrypt needs 128 * N * r bytes, and Node rejects more than `maxmem` (32 MiB by default).
  const maxmem = 2 * 128 * N * r;
  return new Promise((resolve, reject) => {
    crypto.scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem }, (error, key) => {
      if (error) {
        reject(error);
      } else {
        resolve(key);
      }
    });
  });
}
