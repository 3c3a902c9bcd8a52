import { ALERT_FIELD_MAPPINGS, ECS_FIELD_MAPPINGS, toProperties } from './mappings';
import { baseDocuments, isAlert } from './test_support';

/** Collects the dotted paths of the leaf values of a document, descending into arrays of objects. */
function leafPaths(value: unknown, prefix: string, paths: Set<string>): void {
  if (Array.isArray(value)) {
    const objects = value.filter((item) => item !== null && typeof item === 'object');
    if (objects.length < value.length || value.length === 0) {
      paths.add(prefix);
    }
    objects.forEach((item) => leafPaths(item, prefix, paths));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      leafPaths(child, prefix === '' ? key : `${prefix}.${key}`, paths);
    }
    return;
  }
  paths.add(prefix);
}

describe('toProperties', () => {
  it('nests dotted names', () => {
    expect(toProperties({ 'a.b': { type: 'keyword' }, 'a.c.d': { type: 'long' } })).toEqual({
      a: { properties: { b: { type: 'keyword' }, c: { properties: { d: { type: 'long' } } } } },
    });
  });

  it('rejects a field that is also an object', () => {
    expect(() => toProperties({ a: { type: 'keyword' }, 'a.b': { type: 'keyword' } })).toThrow(
      'Invalid mapping: "a.b" is below "a", which is not an object field'
    );
  });

  it('builds the event and alert mappings', () => {
    expect(() => toProperties({ ...ECS_FIELD_MAPPINGS, ...ALERT_FIELD_MAPPINGS })).not.toThrow();
  });
});

describe('field mappings', () => {
  it('map every event field explicitly', () => {
    const paths = new Set<string>();
    baseDocuments()
      .filter((document) => !isAlert(document))
      .forEach((event) => leafPaths(event.source, '', paths));
    expect([...paths].filter((path) => ECS_FIELD_MAPPINGS[path] === undefined)).toEqual([]);
  });

  it('map every alert field explicitly', () => {
    const paths = new Set<string>();
    baseDocuments().filter(isAlert).forEach((alert) => leafPaths(alert.source, '', paths));
    const mapped = { ...ECS_FIELD_MAPPINGS, ...ALERT_FIELD_MAPPINGS };
    expect([...paths].filter((path) => mapped[path] === undefined)).toEqual([]);
  });

  it('use wildcard for command lines and ip for addresses', () => {
    expect(ECS_FIELD_MAPPINGS['process.command_line']).toEqual({ type: 'wildcard' });
    expect(ECS_FIELD_MAPPINGS['process.parent.command_line']).toEqual({ type: 'wildcard' });
    for (const field of ['host.ip', 'source.ip', 'destination.ip', 'process.entry_leader.entry_meta.source.ip']) {
      expect(ECS_FIELD_MAPPINGS[field]).toEqual({ type: 'ip' });
    }
  });
});
