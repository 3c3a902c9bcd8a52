import { decodeRouteParam, investigationPath } from './app_location_state';

describe('decodeRouteParam', () => {
  it('decodes an escaped slash once', () => {
    expect(decodeRouteParam('a%2Fb')).toBe('a/b');
  });

  it('keeps a plain id', () => {
    expect(decodeRouteParam('alert-1')).toBe('alert-1');
  });

  it('keeps invalid percent-encoding', () => {
    expect(decodeRouteParam('a%b')).toBe('a%b');
  });

  it('reverses investigationPath', () => {
    const segment = investigationPath('a/b?c#d').replace('/alerts/', '');

    expect(decodeRouteParam(segment)).toBe('a/b?c#d');
  });
});
