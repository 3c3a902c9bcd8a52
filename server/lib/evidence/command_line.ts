import { posix } from 'node:path';

import { resolveServedDirectory } from './served_directory';
import { splitHostPort, toPort, tokenizeCommandLine } from './shell_words';

/** Server settings read from a `php -S` or `python -m http.server` command line. */
export interface ServerCommandLine {
  server: 'php' | 'python' | null;
  /** Host or address as written (`localhost`, `0.0.0.0`, `::1`), or python's default. */
  listeningAddress: string | null;
  listeningAddressIsDefault: boolean;
  port: number | null;
  portIsDefault: boolean;
  /** The `-t` (php) or `--directory` (python) argument as written. */
  documentRoot: string | null;
  cgiEnabled: boolean;
}

/**
 * Python's http.server, SimpleHTTPServer and CGIHTTPServer listen on port 8000 and every
 * interface unless options set them. Python 3.8+ may bind the IPv6 wildcard `::` in
 * dual-stack mode, which also covers every interface, so `0.0.0.0` is reported for both.
 */
export const PYTHON_DEFAULT_PORT = 8000;
export const PYTHON_DEFAULT_ADDRESS = '0.0.0.0';

const PYTHON_SERVER_MODULES = new Set(['http.server', 'SimpleHTTPServer', 'CGIHTTPServer']);
/** Matches the names the rules match: `php`, `php7`, `php8.2`, `python`, `python3.11`. */
const PHP_NAME = /^php[0-9]*(\.[0-9]+)?$/;
const PYTHON_NAME = /^python[0-9]*(\.[0-9]+)?$/;

/** Long options of http.server. Its argparse parser accepts any unambiguous prefix of them. */
const PYTHON_LONG_OPTIONS = [
  '--bind',
  '--directory',
  '--protocol',
  '--cgi',
  '--tls-cert',
  '--tls-key',
  '--tls-password-file',
];
const PYTHON_OPTIONS_WITH_VALUE = new Set([
  '--bind',
  '--directory',
  '--protocol',
  '--tls-cert',
  '--tls-key',
  '--tls-password-file',
]);
const PYTHON_SHORT_OPTIONS: Record<string, string> = {
  '-b': '--bind',
  '-d': '--directory',
  '-p': '--protocol',
};

/**
 * Reads the listening address, port, document root and CGI mode from the arguments of a
 * php or python web server. The server may be wrapped (`sudo`, `nohup`, `bash -c "..."`),
 * so the first php or python word is parsed, including words inside quoted `-c` scripts.
 */
export function parseServerCommandLine(args: string[]): ServerCommandLine {
  for (let i = 0; i < args.length; i++) {
    const name = posix.basename(args[i]);
    if (PHP_NAME.test(name)) {
      return parsePhpArgs(args.slice(i + 1));
    }
    if (PYTHON_NAME.test(name)) {
      return parsePythonArgs(args.slice(i + 1));
    }
    if (/\s/.test(args[i])) {
      const nested = parseServerCommandLine(tokenizeCommandLine(args[i]));
      if (nested.server !== null) {
        return nested;
      }
    }
  }
  return emptyCommandLine(null);
}

/**
 * Parses the server's arguments (or its command line when the event has no arguments) and
 * resolves the served directory against the working directory.
 */
export function readServerCommandLine(input: {
  args: string[];
  commandLine: string | null;
  workingDirectory: string | null;
}): ServerCommandLine & { servedDirectory: string | null } {
  const args =
    input.args.length > 0 ? input.args : tokenizeCommandLine(input.commandLine ?? '');
  const parsed = parseServerCommandLine(args);
  return {
    ...parsed,
    servedDirectory: resolveServedDirectory(parsed.documentRoot, input.workingDirectory),
  };
}

function emptyCommandLine(server: ServerCommandLine['server']): ServerCommandLine {
  return {
    server,
    listeningAddress: null,
    listeningAddressIsDefault: false,
    port: null,
    portIsDefault: false,
    documentRoot: null,
    cgiEnabled: false,
  };
}

function parsePhpArgs(args: string[]): ServerCommandLine {
  const result = emptyCommandLine('php');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-S' || arg === '-t') {
      const value = args[i + 1] ?? null;
      i++;
      applyPhpOption(result, arg, value);
    } else if (arg.startsWith('-S') || arg.startsWith('-t')) {
      applyPhpOption(result, arg.slice(0, 2), arg.slice(2));
    }
  }
  return result;
}

function applyPhpOption(result: ServerCommandLine, option: string, value: string | null): void {
  if (value === null || value === '') {
    return;
  }
  if (option === '-t') {
    result.documentRoot = value;
    return;
  }
  const { host, port } = splitHostPort(value);
  result.listeningAddress = host;
  result.port = port;
}

function parsePythonArgs(args: string[]): ServerCommandLine {
  // The module follows `-m` as the next word or attached (`-mhttp.server`).
  const moduleIndex = args.findIndex((arg) => arg === '-m' || /^-m[^-]/.test(arg));
  const attached = moduleIndex !== -1 && args[moduleIndex] !== '-m';
  let moduleName: string | null = null;
  if (moduleIndex !== -1) {
    moduleName = attached ? args[moduleIndex].slice(2) : (args[moduleIndex + 1] ?? null);
  }
  const result = emptyCommandLine('python');
  if (moduleName === null || !PYTHON_SERVER_MODULES.has(moduleName)) {
    // Inline code (`python -c '...CGIHTTPServer...'`) and scripts cannot be parsed, so only
    // the CGI mode is read.
    result.cgiEnabled = args.some((arg) => arg.includes('CGIHTTPServer'));
    return result;
  }

  result.cgiEnabled = moduleName === 'CGIHTTPServer';
  const rest = args.slice(moduleIndex + (attached ? 1 : 2));
  for (let i = 0; i < rest.length; i++) {
    const { option, inlineValue } = normalizePythonOption(rest[i]);
    if (option === null) {
      if (result.port === null) result.port = toPort(rest[i]);
      continue;
    }
    let value = inlineValue;
    if (PYTHON_OPTIONS_WITH_VALUE.has(option) && value === null) {
      value = rest[i + 1] ?? null;
      i++;
    }
    if (option === '--cgi') result.cgiEnabled = true;
    if (option === '--bind' && value) result.listeningAddress = value;
    if (option === '--directory' && value) result.documentRoot = value;
  }

  if (result.port === null) {
    result.port = PYTHON_DEFAULT_PORT;
    result.portIsDefault = true;
  }
  if (result.listeningAddress === null) {
    result.listeningAddress = PYTHON_DEFAULT_ADDRESS;
    result.listeningAddressIsDefault = true;
  }
  return result;
}

/** Maps `-b X`, `-bX`, `--bi=X` and other argparse spellings to the full long option. */
function normalizePythonOption(arg: string): { option: string | null; inlineValue: string | null } {
  if (arg.startsWith('--')) {
    const [name, ...valueParts] = arg.split('=');
    const inlineValue = valueParts.length > 0 ? valueParts.join('=') : null;
    if (PYTHON_LONG_OPTIONS.includes(name)) {
      return { option: name, inlineValue };
    }
    const matches = PYTHON_LONG_OPTIONS.filter((option) => option.startsWith(name));
    return { option: matches.length === 1 ? matches[0] : null, inlineValue };
  }
  if (arg.startsWith('-') && arg.length >= 2) {
    const option = PYTHON_SHORT_OPTIONS[arg.slice(0, 2)] ?? null;
    return { option, inlineValue: arg.length > 2 ? arg.slice(2) : null };
  }
  return { option: null, inlineValue: null };
}
