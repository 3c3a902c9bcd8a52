import {
  classifyServedDirectory,
  isScriptPath,
  isUnderDirectory,
  resolveServedDirectory,
} from './served_directory';

describe('resolveServedDirectory', () => {
  it('prefers an absolute document root', () => {
    expect(resolveServedDirectory('/var/www/html/', '/home/a')).toBe('/var/www/html');
  });

  it('resolves a relative document root', () => {
    expect(resolveServedDirectory('./www', '/tmp')).toBe('/tmp/www');
  });

  it('keeps a relative root without a working directory', () => {
    expect(resolveServedDirectory('www/', null)).toBe('www');
  });

  it('uses the working directory without a root', () => {
    expect(resolveServedDirectory(null, '/dev/shm')).toBe('/dev/shm');
    expect(resolveServedDirectory('', '/')).toBe('/');
  });

  it('returns null without either', () => {
    expect(resolveServedDirectory(null, null)).toBeNull();
  });
});

describe('classifyServedDirectory', () => {
  it.each([
    ['/home/dev/site', 'home'],
    ['/home', 'home'],
    ['/root', 'home'],
    ['/root/loot', 'home'],
    ['/tmp', 'temporary'],
    ['/tmp/x', 'temporary'],
    ['/dev/shm', 'temporary'],
    ['/var/tmp/a', 'temporary'],
    ['/run/user/1000', 'temporary'],
    ['/var/www/html', 'web_root'],
    ['/srv/www', 'web_root'],
    ['/srv/http/site', 'web_root'],
    ['/srv/reports', 'other'],
    ['/srv', 'other'],
    ['/usr/share/nginx/html', 'web_root'],
    ['/', 'system'],
    ['/etc', 'system'],
    ['/var/lib/docker', 'system'],
    ['/dev', 'system'],
    ['/usr/lib', 'system'],
    ['/opt/app', 'other'],
    ['/mnt/data', 'other'],
    ['/homework', 'other'],
    ['/tmpfiles', 'other'],
    ['relative/dir', 'other'],
  ])('classifies %s as %s', (directory, kind) => {
    expect(classifyServedDirectory(directory)).toBe(kind);
  });

  it('classifies null as other', () => {
    expect(classifyServedDirectory(null)).toBe('other');
  });
});

describe('isUnderDirectory', () => {
  it('matches the directory and its children', () => {
    expect(isUnderDirectory('/dev/shm', '/dev/shm')).toBe(true);
    expect(isUnderDirectory('/dev/shm/cgi-bin/run.sh', '/dev/shm/')).toBe(true);
  });

  it('rejects siblings with a shared prefix', () => {
    expect(isUnderDirectory('/dev/shmx/a', '/dev/shm')).toBe(false);
  });

  it('rejects paths that leave the directory', () => {
    expect(isUnderDirectory('/dev/shm/../etc/passwd', '/dev/shm')).toBe(false);
  });

  it('matches everything under the root', () => {
    expect(isUnderDirectory('/etc/passwd', '/')).toBe(true);
  });

  it('rejects relative paths', () => {
    expect(isUnderDirectory('a/b', 'a')).toBe(false);
  });
});

describe('isScriptPath', () => {
  it.each([
    ['/var/www/html/shell.php', true],
    ['/tmp/x.PY', true],
    ['/tmp/run.sh', true],
    ['/srv/a.cgi', true],
    ['/srv/a.pl', true],
    ['/dev/shm/cgi-bin/run', true],
    ['/var/www/html/index.html', false],
    ['/tmp/cgi-bin.txt', false],
  ])('classifies %s', (path, expected) => {
    expect(isScriptPath(path)).toBe(expected);
  });

  it('prefers the event extension', () => {
    expect(isScriptPath('/tmp/noext', 'php')).toBe(true);
  });
});
