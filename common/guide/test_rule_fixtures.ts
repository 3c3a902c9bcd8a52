/** Test helper: reads the prebuilt rule saved objects in `test/fixtures/rules/`. */
import fs from 'node:fs';
import path from 'node:path';

export interface RuleFixture {
  file: string;
  ruleId: string;
  name: string;
  version: number;
  note: string;
}

export const RULE_FIXTURES_DIRECTORY = path.resolve(__dirname, '../../test/fixtures/rules');

function readString(record: Record<string, unknown>, key: string, file: string): string {
  const value = record[key];
  if (typeof value !== 'string') {
    throw new Error(`Rule fixture ${file} has no string attributes.${key}`);
  }
  return value;
}

export function loadRuleFixtures(): RuleFixture[] {
  return fs
    .readdirSync(RULE_FIXTURES_DIRECTORY)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed: unknown = JSON.parse(
        fs.readFileSync(path.join(RULE_FIXTURES_DIRECTORY, file), 'utf8'),
      );
      const attributes =
        typeof parsed === 'object' && parsed !== null && 'attributes' in parsed
          ? parsed.attributes
          : null;
      if (typeof attributes !== 'object' || attributes === null) {
        throw new Error(`Rule fixture ${file} has no attributes object`);
      }
      const record = attributes as Record<string, unknown>;
      const version = record.version;
      if (typeof version !== 'number') {
        throw new Error(`Rule fixture ${file} has no numeric attributes.version`);
      }
      return {
        file,
        ruleId: readString(record, 'rule_id', file),
        name: readString(record, 'name', file),
        version,
        note: readString(record, 'note', file),
      };
    });
}

export function loadRuleFixture(ruleId: string): RuleFixture {
  const fixture = loadRuleFixtures().find((candidate) => candidate.ruleId === ruleId);
  if (fixture === undefined) {
    throw new Error(`No rule fixture with rule_id ${ruleId} in ${RULE_FIXTURES_DIRECTORY}`);
  }
  return fixture;
}
