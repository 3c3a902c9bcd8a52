import { posix } from 'node:path';

import type { ServedDirectoryKind } from '../../../common/api/evidence';

/**
 * Returns the directory a server serves: the document root argument resolved against the
 * working directory, or the working directory itself. A relative document root with no
 * known working directory is returned normalized but still relative.
 */
export function resolveServedDirectory(
  documentRoot: string | null,
  workingDirectory: string | null
): string | null {
  if (documentRoot !== null && documentRoot !== '') {
    if (posix.isAbsolute(documentRoot) || workingDirectory === null) {
      return normalizeDirectory(documentRoot);
    }
    return normalizeDirectory(posix.join(workingDirectory, documentRoot));
  }
  return workingDirectory === null || workingDirectory === ''
    ? null
    : normalizeDirectory(workingDirectory);
}

function normalizeDirectory(directory: string): string {
  const normalized = posix.normalize(directory);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

/** Returns whether `path` is `directory` or inside it. Both must be absolute. */
export function isUnderDirectory(path: string, directory: string): boolean {
  if (!posix.isAbsolute(path) || !posix.isAbsolute(directory)) {
    return false;
  }
  const normalizedPath = posix.normalize(path);
  const normalizedDirectory = normalizeDirectory(directory);
  if (normalizedDirectory === '/') {
    return true;
  }
  return (
    normalizedPath === normalizedDirectory || normalizedPath.startsWith(`${normalizedDirectory}/`)
  );
}

const HOME_DIRECTORIES = ['/home', '/root'];
const TEMPORARY_DIRECTORIES = ['/tmp', '/dev/shm', '/var/tmp', '/run/user'];
/**
 * Default document roots of the distributions' web server packages: `/var/www` (Debian,
 * Ubuntu and RHEL Apache), `/srv/www` (openSUSE), `/srv/http` (Arch) and `/usr/share/nginx`
 * (nginx on RHEL and Fedora). Other `/srv` folders hold any service's data, such as reports
 * a job publishes, so they count as `other`.
 */
const WEB_ROOT_DIRECTORIES = ['/var/www', '/srv/www', '/srv/http', '/usr/share/nginx'];
/** Checked after the lists above, so `/var/www` is a web root and `/var/lib` is system. */
const SYSTEM_DIRECTORIES = [
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib32',
  '/lib64',
  '/proc',
  '/run',
  '/sbin',
  '/sys',
  '/usr',
  '/var',
];

/**
 * Classifies a served directory. `home` is `/root` or anything under `/home` (a user's home
 * or `/home` itself). `/` counts as system. Relative or unknown directories are `other`,
 * as are `/opt`, `/mnt`, `/media`, `/srv` outside the web roots and any top-level
 * directory not listed here.
 */
export function classifyServedDirectory(directory: string | null): ServedDirectoryKind {
  if (directory === null || !posix.isAbsolute(directory)) {
    return 'other';
  }
  const isUnderAny = (roots: string[]) => roots.some((root) => isUnderDirectory(directory, root));

  if (isUnderAny(HOME_DIRECTORIES)) {
    return 'home';
  }
  if (isUnderAny(TEMPORARY_DIRECTORIES)) {
    return 'temporary';
  }
  if (isUnderAny(WEB_ROOT_DIRECTORIES)) {
    return 'web_root';
  }
  if (normalizeDirectory(directory) === '/' || isUnderAny(SYSTEM_DIRECTORIES)) {
    return 'system';
  }
  return 'other';
}

const SCRIPT_EXTENSIONS = new Set(['php', 'py', 'sh', 'cgi', 'pl']);

/**
 * Returns whether a file is a script a web server may run: a `.php`, `.py`, `.sh`, `.cgi`
 * or `.pl` file, or any file in a `cgi-bin` directory.
 */
export function isScriptPath(path: string, extension: string | null = null): boolean {
  const fileExtension = (extension ?? posix.extname(path).slice(1)).toLowerCase();
  if (SCRIPT_EXTENSIONS.has(fileExtension)) {
    return true;
  }
  return posix.dirname(path).split('/').includes('cgi-bin');
}
