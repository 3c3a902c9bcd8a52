import path from 'node:path';
import { buildJavaArgs, parseReadyLine, resolveJavaCommand } from './engine';

describe('resolveJavaCommand', () => {
  it('uses JAVA_HOME when set', () => {
    expect(resolveJavaCommand({ JAVA_HOME: '/opt/jdk-17' })).toBe(path.join('/opt/jdk-17', 'bin', 'java'));
  });

  it('falls back to java on PATH', () => {
    expect(resolveJavaCommand({})).toBe('java');
    expect(resolveJavaCommand({ JAVA_HOME: '  ' })).toBe('java');
  });
});

describe('parseReadyLine', () => {
  it('returns the URL of a ready line', () => {
    expect(parseReadyLine('ENGINE_READY http://127.0.0.1:41234')).toBe('http://127.0.0.1:41234');
    expect(parseReadyLine('ENGINE_READY http://127.0.0.1:9200\r')).toBe('http://127.0.0.1:9200');
  });

  it('returns null for other lines', () => {
    expect(parseReadyLine('')).toBeNull();
    expect(parseReadyLine('ENGINE_READY ')).toBeNull();
    expect(parseReadyLine('[2026-01-01T00:00:00,000][WARN ][o.o.n.Node] ENGINE_READY')).toBeNull();
  });
});

describe('buildJavaArgs', () => {
  it('passes heap, jar, data directory and port', () => {
    const args = buildJavaArgs('/repo/engine.jar', '/data/engine', 0, '512m');

    expect(args).toContain('-Xms512m');
    expect(args).toContain('-Xmx512m');
    expect(args.slice(args.indexOf('-jar'))).toEqual([
      '-jar',
      '/repo/engine.jar',
      '--data-dir',
      '/data/engine',
      '--http-port',
      '0',
    ]);
  });

  it.each(['', '1 g', '0', '-1g', '1gb', '1.5g'])('rejects heap size %p', (heapSize) => {
    expect(() => buildJavaArgs('/repo/engine.jar', '/data/engine', 9200, heapSize)).toThrow(/Invalid engine heap size/);
  });

  it.each([-1, 65_536, 1.5, Number.NaN])('rejects port %p', (port) => {
    expect(() => buildJavaArgs('/repo/engine.jar', '/data/engine', port, '1g')).toThrow(/Invalid engine port/);
  });
});
