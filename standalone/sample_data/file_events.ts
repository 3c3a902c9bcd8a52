import { slimProcessObject } from './event_base';
import type { ProcessRef } from './types';

export type FileAction = 'creation' | 'deletion' | 'rename' | 'modification';

/** ECS `event.type` for each file action. */
export const FILE_EVENT_TYPES: Readonly<Record<FileAction, string[]>> = {
  creation: ['creation'],
  deletion: ['deletion'],
  rename: ['change'],
  modification: ['change'],
};

function splitPath(path: string): { name: string; extension: string | null } {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return { name, extension: dot > 0 ? name.slice(dot + 1) : null };
}

/**
 * Returns the file event fields that follow the common event fields. `originalPath` is the
 * path before a rename and is written as `file.Ext.original.path`.
 */
export function fileFields(
  process: ProcessRef,
  path: string,
  size: number | null,
  originalPath: string | null = null
): Record<string, unknown> {
  const { name, extension } = splitPath(path);
  const file: Record<string, unknown> = { path, name };
  if (extension !== null) {
    file.extension = extension;
  }
  if (size !== null) {
    file.size = size;
  }
  if (originalPath !== null) {
    const original = splitPath(originalPath);
    file.Ext = { original: { path: originalPath, name: original.name } };
  }
  return { process: slimProcessObject(process), file };
}

export function fileMessage(action: FileAction, path: string): string {
  return `Endpoint file event: ${action} of ${path}`;
}
