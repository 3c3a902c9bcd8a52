/**
 * Predicates that mirror the EQL queries of the three prebuilt rules (the `query` of each
 * file in test/fixtures/rules), so the generator writes alerts exactly where the detection
 * engine would. EQL semantics kept here:
 * - `regex~` matches the whole value, ignoring case. `like` is a case-sensitive wildcard
 *   match where `*` is any text and `?` one character. `like~` ignores case.
 * - A comparison with an array field (`process.args == "-S"`) holds when any element
 *   matches.
 * - `not field == value` and `not field in (...)` hold when the field is missing.
 */
import { getField, getString, getStrings } from '../../common/get_field';

type EventSource = Record<string, unknown>;

/** `process.name regex~ """php?[0-9]?\.?[0-9]{0,2}"""` of the Connection and Creation rules. */
const PHP_NAME = /^php?[0-9]?\.?[0-9]{0,2}$/i;
const EXEC_ACTIONS = ['exec', 'exec_event', 'start', 'ProcessRollup2'];
const SHELL_NAMES = ['bash', 'dash', 'sh', 'tcsh', 'csh', 'zsh', 'ksh', 'fish'];
const CREATION_EXCLUDED_PARENTS = ['check_kmp_wrapper', 'naemon', 'runc'];
const SYSTEMD = '/usr/lib/systemd/systemd';
/** `maxspan=1m` of the Connection rule's sequence. */
export const CONNECTION_MAX_SPAN_MS = 60_000;

/** Converts an EQL wildcard pattern to an anchored regular expression. */
export function wildcardToRegExp(pattern: string, ignoreCase = false): RegExp {
  const body = pattern
    .split('')
    .map((char) => {
      if (char === '*') {
        return '.*';
      }
      if (char === '?') {
        return '.';
      }
      return char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`, ignoreCase ? 'is' : 's');
}

const PHP_SERVER_COMMAND = wildcardToRegExp('*-S*');
const PYTHON_NAME = wildcardToRegExp('python*');
const PYTHON_CGI_COMMANDS = [wildcardToRegExp('*--cgi*'), wildcardToRegExp('*CGIHTTPServer*')];
const SHELL_PYTHON_SERVER = wildcardToRegExp('*python* -m http.server*', true);

const includes = (source: EventSource, field: string, value: string): boolean =>
  getStrings(source, field).includes(value);

const hasAny = (source: EventSource, field: string, values: readonly string[]): boolean =>
  getStrings(source, field).some((item) => values.includes(item));

function isLinux(source: EventSource, category: string): boolean {
  return (
    getString(source, 'host.os.type') === 'linux' &&
    includes(source, 'event.category', category) &&
    includes(source, 'event.type', 'start')
  );
}

const isExec = (source: EventSource): boolean =>
  isLinux(source, 'process') && hasAny(source, 'event.action', EXEC_ACTIONS);

/** Returns whether an event matches the Connection rule's first query: a server process starts. */
export function matchesConnectionStart(source: EventSource): boolean {
  if (!isLinux(source, 'process')) {
    return false;
  }
  const name = getString(source, 'process.name') ?? '';
  const commandLine = getString(source, 'process.command_line') ?? '';
  const php = PHP_NAME.test(name) && PHP_SERVER_COMMAND.test(commandLine);
  const python =
    PYTHON_NAME.test(name) && PYTHON_CGI_COMMANDS.some((pattern) => pattern.test(commandLine));
  return (php || python) && getField(source, 'process.parent.command_line') !== 'runc init';
}

/** Returns whether an event matches the Connection rule's second query: an accepted connection. */
export function matchesConnectionAccepted(source: EventSource): boolean {
  return isLinux(source, 'network') && getString(source, 'event.action') === 'connection_accepted';
}

/** Returns whether an event matches the Simple HTTP Web Server Creation rule. */
export function matchesCreation(source: EventSource): boolean {
  if (!isExec(source)) {
    return false;
  }
  const name = getString(source, 'process.name') ?? '';
  const php = PHP_NAME.test(name) && includes(source, 'process.args', '-S');
  const python =
    PYTHON_NAME.test(name) && hasAny(source, 'process.args', ['--cgi', 'CGIHTTPServer']);
  return (php || python) && !hasAny(source, 'process.parent.name', CREATION_EXCLUDED_PARENTS);
}

/** Returns whether an event matches the Web Server Spawned via Python rule. */
export function matchesPythonServer(source: EventSource): boolean {
  if (!isExec(source)) {
    return false;
  }
  const name = getString(source, 'process.name') ?? '';
  const commandLine = getString(source, 'process.command_line') ?? '';
  const python =
    PYTHON_NAME.test(name) && hasAny(source, 'process.args', ['http.server', 'SimpleHTTPServer']);
  const shell = SHELL_NAMES.includes(name) && SHELL_PYTHON_SERVER.test(commandLine);
  return (python || shell) && !includes(source, 'process.parent.executable', SYSTEMD);
}

/** An event with the time the sequence matching orders by. */
export interface TimedEvent {
  timestampMs: number;
  source: EventSource;
}

/**
 * Finds the Connection rule's sequences (`sequence by process.entity_id with maxspan=1m`):
 * a matching process start followed by an accepted connection of the same entity within
 * one minute. `events` must be in time order. Each start pairs with the first connection
 * after it, and a later start of the same entity replaces one still waiting.
 */
export function findConnectionSequences<T extends TimedEvent>(events: readonly T[]): Array<[T, T]> {
  const waiting = new Map<string, T>();
  const sequences: Array<[T, T]> = [];
  for (const event of events) {
    const key = getString(event.source, 'process.entity_id');
    if (key === null) {
      continue;
    }
    if (matchesConnectionStart(event.source)) {
      waiting.set(key, event);
      continue;
    }
    const start = waiting.get(key);
    if (start === undefined || !matchesConnectionAccepted(event.source)) {
      continue;
    }
    waiting.delete(key);
    if (event.timestampMs - start.timestampMs <= CONNECTION_MAX_SPAN_MS) {
      sequences.push([start, event]);
    }
  }
  return sequences;
}
