import { SPACE_ID_PATTERN, readSpacePath } from './space_path';

describe('readSpacePath', () => {
  it('reads the default space without a prefix', () => {
    expect(readSpacePath('/api/simple_http_investigation/alerts')).toEqual({
      spaceId: 'default',
      basePath: '',
      path: '/api/simple_http_investigation/alerts',
    });
  });

  it('splits off the space prefix', () => {
    expect(readSpacePath('/s/blue/app/simpleHttpInvestigation/alerts')).toEqual({
      spaceId: 'blue',
      basePath: '/s/blue',
      path: '/app/simpleHttpInvestigation/alerts',
    });
  });

  it.each(['/s/blue', '/s/blue/'])('reads %s as the root of the space', (pathname) => {
    expect(readSpacePath(pathname)).toEqual({ spaceId: 'blue', basePath: '/s/blue', path: '/' });
  });

  it('returns an id outside the pattern as written', () => {
    const { spaceId } = readSpacePath('/s/Blue%20Team/app');
    expect(spaceId).toBe('Blue%20Team');
    expect(SPACE_ID_PATTERN.test(spaceId)).toBe(false);
  });

  it.each(['/s', '/s/', '/space/blue', '/app/s/blue'])(
    'leaves %s in the default space',
    (pathname) => {
      expect(readSpacePath(pathname)).toEqual({ spaceId: 'default', basePath: '', path: pathname });
    }
  );
});
