/**
 * The members of Kibana's browser `IBasePath` (`http.basePath`) that the standalone page
 * implements. The standalone host has no server base path, so the base path is the space's
 * `/s/<space_id>` prefix, or empty in the default space.
 */
export interface StandaloneBasePath {
  /** The base path without a space, always empty here. */
  readonly serverBasePath: string;
  get(): string;
  /** Adds the base path to a path that starts with `/`, and returns other URLs unchanged. */
  prepend(path: string): string;
  /** Removes the base path from the start of a path that has it. */
  remove(path: string): string;
}

export const createBasePath = (basePath: string): StandaloneBasePath => ({
  serverBasePath: '',
  get: () => basePath,
  prepend: (path) => {
    // A second slash makes a scheme-relative URL to another host, which keeps no base path.
    if (basePath === '' || !path.startsWith('/') || path.startsWith('//')) {
      return path;
    }

    return `${basePath}${path}`;
  },
  remove: (path) => {
    if (basePath === '') {
      return path;
    }

    if (path === basePath) {
      return '/';
    }

    return path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : path;
  },
});
