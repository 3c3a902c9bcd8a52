/**
 * Reads a dotted field path from a document `_source` that may store any prefix of the
 * path as one dotted key (`"kibana.alert.uuid"`) or as nested objects, as Elasticsearch
 * itself accepts both. Returns `undefined` when the field is absent.
 */
export function getField(source: unknown, path: string): unknown {
  if (source === null || typeof source !== 'object') {
    return undefined;
  }
  const record = source as Record<string, unknown>;

  if (path in record) {
    return record[path];
  }

  const parts = path.split('.');
  for (let split = parts.length - 1; split > 0; split--) {
    const head = parts.slice(0, split).join('.');
    if (head in record) {
      const value = getField(record[head], parts.slice(split).join('.'));
      if (value !== undefined) {
        return value;
      }
    }
  }
  return undefined;
}

/** Reads a field as a string, taking the first element of an array value. */
export function getString(source: unknown, path: string): string | null {
  const value = first(getField(source, path));
  if (typeof value === 'string') {
    return value;
  }
  return typeof value === 'number' ? String(value) : null;
}

/** Reads a field as a finite number, taking the first element of an array value. */
export function getNumber(source: unknown, path: string): number | null {
  const value = first(getField(source, path));
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

/** Reads a field as a list of strings; a single value becomes a one-element list. */
export function getStrings(source: unknown, path: string): string[] {
  const value = getField(source, path);
  if (value === undefined) {
    return [];
  }
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}
