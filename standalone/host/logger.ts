import type { Logger } from '../../server/kibana_contracts';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/**
 * Creates a console logger with Kibana's logger shape. Lines read
 * `[time][LEVEL][context] message`, and `LOG_LEVEL` sets the lowest level printed (default info).
 */
export function createLogger(context: string, minimum: Level = readLevel()): Logger {
  const write = (level: Level, message: string | Error) => {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(minimum)) {
      return;
    }
    const text = message instanceof Error ? (message.stack ?? message.message) : message;
    const line = `[${new Date().toISOString()}][${level.toUpperCase()}][${context}] ${text}`;
    if (level === 'error' || level === 'warn') {
      process.stderr.write(`${line}\n`);
    } else {
      process.stdout.write(`${line}\n`);
    }
  };

  return {
    debug: (message) => write('debug', message),
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
    get: (...paths) => createLogger([context, ...paths].join('.'), minimum),
  };
}

function readLevel(): Level {
  const value = process.env.LOG_LEVEL?.toLowerCase();
  return LEVELS.find((level) => level === value) ?? 'info';
}
