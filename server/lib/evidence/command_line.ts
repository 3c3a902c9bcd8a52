import { posix } from 'node:path';

import { resolveServedDirectory } from './served_directory';

/** What a `php -S` or `python -m http.server` command line says about the server. */
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
 * interface unless told otherwise. Python 3.8+ may bind the IPv6 wildcard `::` in
 * dual-stack mode, which also covers every interface, so `0.0.0.0` stands for both.
 */
export const PYTHON_DEFAULT_PORT = 8000;
export const PYTHON_DEFAULT_ADDRESS = '0.0.0.0';

const PYTHON_SERVER_MODULES = new Set(['http.server', 'SimpleHTTPServer', 'CGIHTTPServer']);
/** Matches the names the rules match: `php`, `php7`, `php8.2`, `python`, `python3.11`. */
const PHP_NAME = /^php[0-9]*(\.[0-9]+)?$/;
const PYTHON_NAME = /^python[0-9]*(\.[0-9]+)?$/;

/** http.server's long options; argparse accepts any unambiguous prefix of them. */
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
 * Splits a command line into arguments the way a POSIX shell does for plain words, single
 * and double quotes and backslash escapes. Expansions and operators stay literal text.
 */
export function tokenizeCommandLine(commandLine: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let quote: '"' | "'" | null = null;

  for (let i = 0; i < commandLine.length; i++) {
    const char = commandLine[i];
    if (quote === "'") {
      if (char === "'") quote = null;
      else current += char;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === '\\' && i + 1 < commandLine.length && '"\\$`'.includes(commandLine[i + 1])) {
        current += commandLine[++i];
      } else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inToken = true;
    } else if (char === '\\' && i + 1 < commandLine.length) {
      current += commandLine[++i];
      inToken = true;
    } else if (/\s/.test(char)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else {
      current += char;
      inToken = true;
    }
  }
  if (inToken) tokens.push(current);
  return tokens;
}

/**
 * Reads the listening address, port, document root and CGI mode from the arguments of a
 * php or python web server. The server may be wrapped (`sudo`, `nohup`, `bash -c "..."`):
 * the first php or python word is parsed, looking inside quoted `-c` scripts as well.
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

/** Splits `host:port`, `[v6]:port` or a bare host. */
export function splitHostPort(value: string): { host: string | null; port: number | null } {
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(value);
  if (bracketed) {
    return { host: bracketed[1] || null, port: toPort(bracketed[2]) };
  }
  const colon = value.lastIndexOf(':');
  if (colon === -1 || value.indexOf(':') !== colon) {
    return { host: value || null, port: null };
  }
  return { host: value.slice(0, colon) || null, port: toPort(value.slice(colon + 1)) };
}

function toPort(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,5}$/.test(text)) {
    return null;
  }
  const port = Number(text);
  return port >= 0 && port <= 65535 ? port : null;
}

function parsePythonArgs(args: string[]): ServerCommandLine {
  const moduleIndex = args.findIndex((arg) => arg === '-m' || /^-m[^-]/.test(arg));
  const moduleName =
    moduleIndex === -1
      ? null
      : args[moduleIndex] === '-m'
        ? (args[moduleIndex + 1] ?? null)
        : args[moduleIndex].slice(2);
  const result = emptyCommandLine('python');
  if (moduleName === null || !PYTHON_SERVER_MODULES.has(moduleName)) {
    // `python -c '...CGIHTTPServer...'` and scripts cannot be parsed; only the CGI mode shows.
    result.cgiEnabled = args.some((arg) => arg.includes('CGIHTTPServer'));
    return result;
  }

  result.cgiEnabled = moduleName === 'CGIHTTPServer';
  const rest = args.slice(moduleIndex + (args[moduleIndex] === '-m' ? 2 : 1));
  for (let i = 0; i < rest.length; i++) {
    const { option, inlineValue } = normalizePythonOption(rest[i]);
    if (option === null) {
      if (result.port === null) result.port = toPort(rest[i]);
      continue;
    }
    const value =
      PYTHON_OPTIONS_WITH_VALUE.has(option) && inlineValue === null ? (rest[++i] ?? null) : inlineValue;
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
    const matches = PYTHON_LONG_OPTIONS.filter((option) => option.startsWith(name));
    const option = PYTHON_LONG_OPTIONS.includes(name) ? name : matches.length === 1 ? matches[0] : null;
    return { option, inlineValue: valueParts.length > 0 ? valueParts.join('=') : null };
  }
  if (arg.startsWith('-') && arg.length >= 2) {
    const option = PYTHON_SHORT_OPTIONS[arg.slice(0, 2)] ?? null;
    return { option, inlineValue: arg.length > 2 ? arg.slice(2) : null };
  }
  return { option: null, inlineValue: null };
}
