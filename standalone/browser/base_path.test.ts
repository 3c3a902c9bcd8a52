import { createBasePath } from './base_path';

describe('createBasePath', () => {
  const basePath = createBasePath('/s/blue');

  it('returns the space prefix', () => {
    expect(basePath.get()).toBe('/s/blue');
    expect(basePath.serverBasePath).toBe('');
  });

  it('prepends to paths', () => {
    expect(basePath.prepend('/api/simple_http_investigation/alerts')).toBe(
      '/s/blue/api/simple_http_investigation/alerts'
    );
  });

  it.each(['https://example.com/api', '//example.com/api', 'relative/path'])(
    'leaves %s unchanged',
    (url) => {
      expect(basePath.prepend(url)).toBe(url);
    }
  );

  it('removes the prefix', () => {
    expect(basePath.remove('/s/blue/app/simpleHttpInvestigation')).toBe(
      '/app/simpleHttpInvestigation'
    );
    expect(basePath.remove('/s/blue')).toBe('/');
  });

  it('keeps paths of another space', () => {
    expect(basePath.remove('/s/blueprint/app')).toBe('/s/blueprint/app');
    expect(basePath.remove('/app/simpleHttpInvestigation')).toBe('/app/simpleHttpInvestigation');
  });

  it('changes nothing in the default space', () => {
    const defaultSpace = createBasePath('');
    expect(defaultSpace.get()).toBe('');
    expect(defaultSpace.prepend('/api/x')).toBe('/api/x');
    expect(defaultSpace.remove('/api/x')).toBe('/api/x');
  });
});
