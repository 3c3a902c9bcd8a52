import path from 'node:path';

import { DEFAULT_SPACE_ID } from '../../common/constants';
import { SPACE_ID_PATTERN } from '../space_path';

/** Settings of the standalone host, read from the environment. */
export interface HostConfig {
  port: number;
  host: string;
  dataDir: string;
  /** HTTP port of the embedded engine; 0 picks a free port. */
  enginePort: number;
  /** JSON file of the users who may sign in, with their roles and password hashes. */
  usersFile: string;
  /** A browser session ends after this many minutes without a request. */
  sessionTimeoutMinutes: number;
  /** The cluster to use; when null the host starts the embedded engine. */
  elasticsearch: ExternalCluster | null;
  sampleData: { load: boolean; seed: number; scale: number };
  /**
   * Spaces served under `/s/<space_id>/`. The default space is always among them and is
   * also served at the root. Unset means the default space only.
   */
  spaces?: readonly string[];
}

export interface ExternalCluster {
  url: string;
  username?: string;
  password?: string;
  apiKey?: string;
}

/** Reads and checks the environment; throws with the variable's name when a value is invalid. */
export function readHostConfig(env: NodeJS.ProcessEnv, rootDir: string): HostConfig {
  const url = nonEmpty(env.ELASTICSEARCH_URL);
  const elasticsearch = url === undefined ? null : readCluster(url, env);

  const dataDir = path.resolve(rootDir, nonEmpty(env.DATA_DIR) ?? '.data');

  return {
    port: readInteger(env, 'PORT', 5601, 0, 65_535),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir,
    enginePort: readInteger(env, 'ENGINE_PORT', 0, 0, 65_535),
    usersFile: path.resolve(dataDir, nonEmpty(env.USERS_FILE) ?? 'users.json'),
    sessionTimeoutMinutes: readInteger(env, 'SESSION_TIMEOUT_MINUTES', 60, 1, 7 * 24 * 60),
    elasticsearch,
    sampleData: {
      // Sample data goes into a cluster of your own only when asked for.
      load: elasticsearch === null || env.LOAD_SAMPLE_DATA === 'true',
      seed: readInteger(env, 'SAMPLE_DATA_SEED', 1, 0, 2 ** 31 - 1),
      scale: readInteger(env, 'SAMPLE_DATA_SCALE', 1, 1, 10_000),
    },
    spaces: readSpaces(env.SPACES),
  };
}

/** Reads the comma-separated space ids of SPACES, with the default space first. */
function readSpaces(value: string | undefined): string[] {
  const ids = (nonEmpty(value) ?? DEFAULT_SPACE_ID).split(',').map((id) => id.trim());
  for (const id of ids) {
    if (!SPACE_ID_PATTERN.test(id)) {
      throw new Error(
        `SPACES [${value}] contains the invalid space id [${id}]: use lower-case letters, digits, "_" and "-", separated by commas`
      );
    }
  }
  return [...new Set([DEFAULT_SPACE_ID, ...ids])];
}

function readCluster(url: string, env: NodeJS.ProcessEnv): ExternalCluster {
  try {
    new URL(url);
  } catch {
    throw new Error(`ELASTICSEARCH_URL [${url}] is not a valid URL, such as https://localhost:9200`);
  }
  const username = nonEmpty(env.ELASTICSEARCH_USERNAME);
  const password = nonEmpty(env.ELASTICSEARCH_PASSWORD);
  const apiKey = nonEmpty(env.ELASTICSEARCH_API_KEY);
  if ((username === undefined) !== (password === undefined)) {
    throw new Error('Set both ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD, or neither');
  }
  if (apiKey !== undefined && username !== undefined) {
    throw new Error('Set either ELASTICSEARCH_API_KEY or a username and password, not both');
  }
  return { url, username, password, apiKey };
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  minimum: number,
  maximum: number
): number {
  const value = nonEmpty(env[name]);
  if (value === undefined) {
    return fallback;
  }
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum || number > maximum) {
    throw new Error(`${name} [${value}] must be a whole number from ${minimum} to ${maximum}`);
  }
  return number;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
