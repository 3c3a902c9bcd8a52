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
    const next = commandLine[i + 1];

    if (quote === "'") {
      // Single quotes keep every character literally.
      if (char === "'") {
        quote = null;
      } else {
        current += char;
      }
    } else if (quote === '"') {
      // Inside double quotes a backslash escapes only ", \, $ and `.
      if (char === '"') {
        quote = null;
      } else if (char === '\\' && next !== undefined && '"\\$`'.includes(next)) {
        current += next;
        i++;
      } else {
        current += char;
      }
    } else if (char === "'" || char === '"') {
      quote = char;
      inToken = true;
    } else if (char === '\\' && next !== undefined) {
      current += next;
      i++;
      inToken = true;
    } else if (/\s/.test(char)) {
      if (inToken) {
        tokens.push(current);
      }
      current = '';
      inToken = false;
    } else {
      current += char;
      inToken = true;
    }
  }

  if (inToken) {
    tokens.push(current);
  }
  return tokens;
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

/** Parses a decimal port number from 0 to 65535. */
export function toPort(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,5}$/.test(text)) {
    return null;
  }
  const port = Number(text);
  return port >= 0 && port <= 65535 ? port : null;
}

