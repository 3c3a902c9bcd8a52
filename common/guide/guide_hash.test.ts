import { createHash } from 'node:crypto';
import { hashGuide, sha256 } from './guide_hash';

const nodeSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('hashGuide', () => {
  // Standard SHA-256 test vectors. Each expected value also equals Node's crypto output.
  test.each([
    ['empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      '448-bit message',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('%s', (_name, input, expected) => {
    expect(hashGuide(input)).toBe(expected);
  });

  test('one million a characters', () => {
    expect(hashGuide('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  test('block boundary lengths match node crypto', () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129]) {
      const input = 'x'.repeat(length);
      expect(hashGuide(input)).toBe(nodeSha256(input));
    }
  });

  test('non-ASCII text hashed as UTF-8', () => {
    const input = 'Größe ± 30 Minuten — 日本語 🔍\r\n';
    expect(hashGuide(input)).toBe(nodeSha256(input));
  });

  test('line endings change the hash', () => {
    expect(hashGuide('a\r\nb')).not.toBe(hashGuide('a\nb'));
  });

  test('digest is 32 bytes', () => {
    expect(sha256(new Uint8Array(0))).toHaveLength(32);
  });
});
