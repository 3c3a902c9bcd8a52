import {
  CONNECTION_MAX_SPAN_MS,
  findConnectionSequences,
  matchesConnectionAccepted,
  matchesConnectionStart,
  matchesCreation,
  matchesPythonServer,
  wildcardToRegExp,
} from './rule_predicates';
import { testRules } from './test_support';

interface ProcessCase {
  name: string;
  args: string[];
  commandLine?: string;
  parentName?: string;
  parentCommandLine?: string;
  parentExecutable?: string;
  action?: string;
  type?: string;
  os?: string;
}

function processEvent(options: ProcessCase): Record<string, unknown> {
  const parent: Record<string, unknown> = {};
  if (options.parentName !== undefined) parent.name = options.parentName;
  if (options.parentCommandLine !== undefined) parent.command_line = options.parentCommandLine;
  if (options.parentExecutable !== undefined) parent.executable = options.parentExecutable;
  return {
    event: { category: ['process'], type: [options.type ?? 'start'], action: options.action ?? 'exec' },
    host: { os: { type: options.os ?? 'linux' } },
    process: {
      entity_id: 'entity-1',
      name: options.name,
      args: options.args,
      command_line: options.commandLine ?? options.args.join(' '),
      parent,
    },
  };
}

const networkEvent = (action: string, entityId = 'entity-1'): Record<string, unknown> => ({
  event: { category: ['network'], type: [action === 'disconnect_received' ? 'end' : 'start'], action },
  host: { os: { type: 'linux' } },
  process: { entity_id: entityId },
});

describe('rule queries', () => {
  it('predicates follow the installed rule queries', () => {
    const rules = testRules();
    expect(rules.connection.query).toContain('php?[0-9]?\\.?[0-9]{0,2}');
    expect(rules.connection.query).toContain('maxspan=1m');
    expect(rules.creation.query).toContain('"check_kmp_wrapper", "naemon", "runc"');
    expect(rules.pythonServer.query).toContain('"*python* -m http.server*"');
    expect(rules.pythonServer.query).toContain('"/usr/lib/systemd/systemd"');
  });
});

describe('wildcardToRegExp', () => {
  it('matches EQL wildcards', () => {
    expect(wildcardToRegExp('*-S*').test('php -S 0.0.0.0:80')).toBe(true);
    expect(wildcardToRegExp('python*').test('Python3')).toBe(false);
    expect(wildcardToRegExp('python*', true).test('Python3')).toBe(true);
    expect(wildcardToRegExp('a?c').test('abc')).toBe(true);
    expect(wildcardToRegExp('a.c').test('abc')).toBe(false);
  });
});

describe('matchesConnectionStart', () => {
  it.each<[string, ProcessCase, boolean]>([
    ['php -S', { name: 'php', args: ['php', '-S', '0.0.0.0:8000'] }, true],
    ['php8.1 -S', { name: 'php8.1', args: ['php', '-S', '127.0.0.1:9000'] }, true],
    ['upper-case PHP', { name: 'PHP7', args: ['PHP7', '-S', ':80'] }, true],
    ['ph matches php?', { name: 'ph', args: ['ph', '-S', ':80'] }, true],
    ['-S inside an argument', { name: 'php', args: ['php', '-dx=-S', 'a.php'] }, true],
    ['php without -S', { name: 'php', args: ['php', '-v'] }, false],
    ['phpunit name', { name: 'phpunit', args: ['phpunit', '-S'] }, false],
    ['php-fpm name', { name: 'php-fpm', args: ['php-fpm', '-S'] }, false],
    ['python --cgi', { name: 'python3.11', args: ['python3', '-m', 'http.server', '--cgi'] }, true],
    ['python CGIHTTPServer', { name: 'python2.7', args: ['python2', '-m', 'CGIHTTPServer'] }, true],
    ['python http.server without cgi', { name: 'python3', args: ['python3', '-m', 'http.server'] }, false],
    ['Python with capital', { name: 'Python3', args: ['Python3', '--cgi'] }, false],
    ['runc init parent', { name: 'php', args: ['php', '-S', ':80'], parentCommandLine: 'runc init' }, false],
    ['other runc parent', { name: 'php', args: ['php', '-S', ':80'], parentCommandLine: 'runc init x' }, true],
    ['fork counts as start', { name: 'php', args: ['php', '-S', ':80'], action: 'fork' }, true],
    ['end event', { name: 'php', args: ['php', '-S', ':80'], type: 'end' }, false],
    ['windows host', { name: 'php', args: ['php', '-S', ':80'], os: 'windows' }, false],
  ])('%s', (_, options, expected) => {
    expect(matchesConnectionStart(processEvent(options))).toBe(expected);
  });

  it('accepts only connection_accepted as the second event', () => {
    expect(matchesConnectionAccepted(networkEvent('connection_accepted'))).toBe(true);
    expect(matchesConnectionAccepted(networkEvent('connection_attempted'))).toBe(false);
    expect(matchesConnectionAccepted(networkEvent('disconnect_received'))).toBe(false);
  });
});

describe('matchesCreation', () => {
  it.each<[string, ProcessCase, boolean]>([
    ['php -S', { name: 'php8.2', args: ['php', '-S', '0.0.0.0:8000'] }, true],
    ['-S must be a whole argument', { name: 'php', args: ['php', '-S0.0.0.0:8000'] }, false],
    ['python --cgi', { name: 'python3', args: ['python3', '-m', 'http.server', '--cgi'] }, true],
    ['python CGIHTTPServer', { name: 'python2.7', args: ['python2', '-m', 'CGIHTTPServer', '8081'] }, true],
    ['python http.server', { name: 'python3', args: ['python3', '-m', 'http.server'] }, false],
    ['runc parent', { name: 'php', args: ['php', '-S', ':80'], parentName: 'runc' }, false],
    ['naemon parent', { name: 'php', args: ['php', '-S', ':80'], parentName: 'naemon' }, false],
    ['check_kmp_wrapper parent', { name: 'php', args: ['php', '-S', ':80'], parentName: 'check_kmp_wrapper' }, false],
    ['bash parent', { name: 'php', args: ['php', '-S', ':80'], parentName: 'bash' }, true],
    ['fork is not an exec action', { name: 'php', args: ['php', '-S', ':80'], action: 'fork' }, false],
    ['ProcessRollup2 action', { name: 'php', args: ['php', '-S', ':80'], action: 'ProcessRollup2' }, true],
  ])('%s', (_, options, expected) => {
    expect(matchesCreation(processEvent(options))).toBe(expected);
  });
});

describe('matchesPythonServer', () => {
  it.each<[string, ProcessCase, boolean]>([
    ['python3 http.server', { name: 'python3.11', args: ['python3', '-m', 'http.server', '8000'] }, true],
    ['python2 SimpleHTTPServer', { name: 'python2.7', args: ['python', '-m', 'SimpleHTTPServer'] }, true],
    ['python CGIHTTPServer', { name: 'python2.7', args: ['python2', '-m', 'CGIHTTPServer'] }, false],
    ['python pip', { name: 'python3', args: ['python3', '-m', 'pip', 'list'] }, false],
    [
      'started by systemd',
      { name: 'python3', args: ['python3', '-m', 'http.server'], parentExecutable: '/usr/lib/systemd/systemd' },
      false,
    ],
    [
      'bash -c python',
      { name: 'bash', args: ['bash', '-c', 'python3 -m http.server 8000'], commandLine: 'bash -c python3 -m http.server 8000' },
      true,
    ],
    ['shell pattern ignores case', { name: 'sh', args: ['sh'], commandLine: 'sh -c PYTHON3 -M HTTP.SERVER' }, true],
    ['shell without -m', { name: 'zsh', args: ['zsh'], commandLine: 'zsh -c python3 http.server' }, false],
    ['other program', { name: 'perl', args: ['perl'], commandLine: 'perl -e python -m http.server' }, false],
  ])('%s', (_, options, expected) => {
    expect(matchesPythonServer(processEvent(options))).toBe(expected);
  });
});

describe('findConnectionSequences', () => {
  const start = { timestampMs: 0, source: processEvent({ name: 'php', args: ['php', '-S', ':80'] }) };
  const accepted = (timestampMs: number, entityId = 'entity-1') => ({
    timestampMs,
    source: networkEvent('connection_accepted', entityId),
  });

  it('pairs a start with a connection within a minute', () => {
    const sequences = findConnectionSequences([start, accepted(CONNECTION_MAX_SPAN_MS)]);
    expect(sequences).toHaveLength(1);
  });

  it('ignores a connection after a minute', () => {
    expect(findConnectionSequences([start, accepted(CONNECTION_MAX_SPAN_MS + 1)])).toHaveLength(0);
  });

  it('ignores a connection of another process', () => {
    expect(findConnectionSequences([start, accepted(1000, 'entity-2')])).toHaveLength(0);
  });

  it('makes one sequence per start', () => {
    expect(findConnectionSequences([start, accepted(1000), accepted(2000)])).toHaveLength(1);
  });

  it('ignores a connection before the start', () => {
    expect(findConnectionSequences([accepted(-1000), start])).toHaveLength(0);
  });
});
