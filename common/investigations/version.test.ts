import { decodeVersion, encodeVersion } from './version';

describe('encodeVersion', () => {
  it('matches the saved object encoding', () => {
    const expected = Buffer.from(JSON.stringify([12, 3]), 'utf8').toString('base64');
    expect(encodeVersion({ seqNo: 12, primaryTerm: 3 })).toBe(expected);
    expect(encodeVersion({ seqNo: 12, primaryTerm: 3 })).toBe('WzEyLDNd');
  });

  it('round-trips through decodeVersion', () => {
    const numbers = { seqNo: 9_007_199_254, primaryTerm: 1 };
    expect(decodeVersion(encodeVersion(numbers))).toEqual(numbers);
  });
});

describe('decodeVersion', () => {
  it.each([
    ['not base64', '%%%'],
    ['base64 of text', btoa('hello')],
    ['an object', btoa('{"seq_no":1}')],
    ['one number', btoa('[1]')],
    ['three numbers', btoa('[1,2,3]')],
    ['a negative number', btoa('[-1,1]')],
    ['a fraction', btoa('[1.5,1]')],
    ['strings', btoa('["1","1"]')],
    ['an empty string', ''],
  ])('rejects %s', (_case, version) => {
    expect(decodeVersion(version)).toBeNull();
  });
});
