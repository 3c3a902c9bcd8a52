import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { RULE_IDS } from '../../common/constants';
import { installedRuleUuid, loadRuleDefinitions, readRuleDefinition } from './rules';

describe('loadRuleDefinitions', () => {
  it('reads the three rules from the fixtures', () => {
    const rules = loadRuleDefinitions();
    expect(rules.connection.ruleId).toBe(RULE_IDS.connection);
    expect(rules.connection.name).toBe('Simple HTTP Web Server Connection');
    expect(rules.creation.version).toBe(107);
    expect(rules.pythonServer.severity).toBe('medium');
    expect(rules.connection.interval).toBe('5m');
    expect(rules.connection.note.length).toBeGreaterThan(1000);
  });

  it('names the file and field of an invalid rule', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rules-')), 'rule.json');
    writeFileSync(file, JSON.stringify({ attributes: { name: 'x' } }));
    expect(() => readRuleDefinition(file)).toThrow(`Invalid rule file ${file}: field "attributes.rule_id"`);
  });

  it('names a missing rule file', () => {
    expect(() => loadRuleDefinitions('/nonexistent')).toThrow('Failed to read rule file /nonexistent/test/fixtures/rules/');
  });
});

describe('installedRuleUuid', () => {
  it('is a fixed UUID per rule id', () => {
    const uuid = installedRuleUuid(RULE_IDS.creation);
    expect(uuid).toBe(installedRuleUuid(RULE_IDS.creation));
    expect(uuid).not.toBe(installedRuleUuid(RULE_IDS.connection));
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
