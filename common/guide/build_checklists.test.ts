import { RULE_IDS } from '../constants';
import { buildChecklists } from './build_checklists';
import { hashGuide } from './guide_hash';
import { loadRuleFixture, loadRuleFixtures } from './test_rule_fixtures';

function buildFromFixture(ruleId: string) {
  const fixture = loadRuleFixture(ruleId);
  return buildChecklists({
    alertId: 'alert-1',
    ruleId: fixture.ruleId,
    ruleName: fixture.name,
    ruleVersion: fixture.version,
    note: fixture.note,
  });
}

describe('buildChecklists', () => {
  test('response header fields', () => {
    const response = buildFromFixture(RULE_IDS.connection);
    expect(response.alert_id).toBe('alert-1');
    expect(response.rule_id).toBe(RULE_IDS.connection);
    expect(response.rule_name).toBe('Simple HTTP Web Server Connection');
    expect(response.rule_version).toBe(8);
    expect(response.guide_hash).toBe(hashGuide(loadRuleFixture(RULE_IDS.connection).note));
    expect(response.guide_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('section ids and titles in order', () => {
    const response = buildFromFixture(RULE_IDS.creation);
    expect(response.sections.map((section) => [section.id, section.title])).toEqual([
      ['investigation', 'Possible investigation steps'],
      ['false_positive', 'False positive analysis'],
      ['response', 'Response and remediation'],
    ]);
  });

  test('item ids are section and position', () => {
    const response = buildFromFixture(RULE_IDS.pythonServer);
    for (const section of response.sections) {
      section.items.forEach((item, index) => {
        expect(item.id).toBe(`${section.id}-${index + 1}`);
      });
    }
  });

  test.each(loadRuleFixtures().map((fixture) => [fixture.name, fixture.ruleId]))(
    'item ids unique for %s',
    (_name, ruleId) => {
      const ids = buildFromFixture(ruleId).sections.flatMap((section) =>
        section.items.map((item) => item.id),
      );
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  test('same guide gives same ids and hash', () => {
    expect(buildFromFixture(RULE_IDS.connection)).toEqual(buildFromFixture(RULE_IDS.connection));
  });

  test('supported rule items carry links', () => {
    const investigation = buildFromFixture(RULE_IDS.connection).sections[0];
    expect(investigation.items[0].panels).toEqual(['process']);
    expect(investigation.items[0].facts).toContain('listening_port');
  });

  test('other rules get no links', () => {
    const response = buildFromFixture('f5d9d36d-7c30-4cdb-a856-9f653c13d4e0');
    const items = response.sections.flatMap((section) => section.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.panels).toEqual([]);
      expect(item.facts).toEqual([]);
    }
  });

  test('supported rule with a new guide', () => {
    const response = buildChecklists({
      alertId: 'alert-2',
      ruleId: RULE_IDS.creation,
      ruleName: 'Simple HTTP Web Server Creation',
      ruleVersion: null,
      note: '### Possible investigation steps\n- Inspect the served web root directory.\n- Phone a friend.',
    });
    expect(response.rule_version).toBeNull();
    expect(response.sections[0].items).toEqual([
      {
        id: 'investigation-1',
        text: 'Inspect the served web root directory.',
        panels: ['files'],
        facts: ['scripts_in_served_directory', 'served_directory', 'served_directory_kind'],
      },
      { id: 'investigation-2', text: 'Phone a friend.', panels: [], facts: [] },
    ]);
  });

  test('empty note', () => {
    const response = buildChecklists({
      alertId: 'alert-3',
      ruleId: RULE_IDS.connection,
      ruleName: 'Simple HTTP Web Server Connection',
      ruleVersion: 8,
      note: '',
    });
    expect(response.guide_hash).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(response.sections.map((section) => section.items)).toEqual([[], [], []]);
  });
});
