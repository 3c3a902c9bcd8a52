import { getField, getNumber, getString, getStrings } from './get_field';

describe('getField', () => {
  const source = {
    'kibana.alert.uuid': 'abc',
    'kibana.alert.rule.rule_id': 'rule-1',
    kibana: { space_ids: ['default'] },
    process: { entity_id: 'e1', parent: { name: 'bash' }, args: ['python3', '-m'] },
    'process.pid': 42,
  };

  it('reads a dotted top-level key', () => {
    expect(getField(source, 'kibana.alert.uuid')).toBe('abc');
  });

  it('reads nested objects', () => {
    expect(getField(source, 'process.parent.name')).toBe('bash');
  });

  it('reads a nested path under a dotted prefix', () => {
    expect(getField({ 'process.parent': { name: 'sh' } }, 'process.parent.name')).toBe('sh');
  });

  it('returns undefined for a missing field', () => {
    expect(getField(source, 'process.parent.pid')).toBeUndefined();
    expect(getField(null, 'a')).toBeUndefined();
  });

  it('converts values with the typed readers', () => {
    expect(getString(source, 'kibana.space_ids')).toBe('default');
    expect(getNumber(source, 'process.pid')).toBe(42);
    expect(getNumber(source, 'process.entity_id')).toBeNull();
    expect(getStrings(source, 'process.args')).toEqual(['python3', '-m']);
    expect(getStrings(source, 'process.entity_id')).toEqual(['e1']);
    expect(getStrings(source, 'process.missing')).toEqual([]);
  });
});
