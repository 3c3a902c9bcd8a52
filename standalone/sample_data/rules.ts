import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { RULE_IDS } from '../../common/constants';

export type SimpleHttpRule = keyof typeof RULE_IDS;

/** Folder of the prebuilt rule saved objects, relative to the repository root. */
export const RULES_DIR = path.join('test', 'fixtures', 'rules');

/** Kibana's default rule interval, used when the saved object has none. */
const DEFAULT_INTERVAL = '5m';

const ruleSavedObjectSchema = z.object({
  attributes: z.object({
    rule_id: z.string(),
    name: z.string(),
    version: z.number().int(),
    note: z.string(),
    severity: z.string(),
    risk_score: z.number(),
    threat: z.array(z.unknown()),
    description: z.string(),
    tags: z.array(z.string()),
    from: z.string(),
    interval: z.string().nullish(),
    query: z.string(),
    index: z.array(z.string()),
    author: z.array(z.string()),
    license: z.string(),
    timestamp_override: z.string().nullish(),
  }),
});

/** The fields of a prebuilt rule that its alerts repeat. */
export interface RuleDefinition {
  ruleId: string;
  /** Id of the installed rule (`kibana.alert.rule.uuid`), fixed per rule id. */
  uuid: string;
  name: string;
  version: number;
  note: string;
  severity: string;
  riskScore: number;
  threat: unknown[];
  description: string;
  tags: string[];
  from: string;
  interval: string;
  query: string;
  index: string[];
  author: string[];
  license: string;
  timestampOverride: string | null;
}

export type RuleDefinitions = Readonly<Record<SimpleHttpRule, RuleDefinition>>;

/**
 * Derives a fixed UUID from a rule id: the SHA-1 of the id laid out as a name-based
 * (version 5 style) UUID, so every load gives the installed rule the same id.
 */
export function installedRuleUuid(ruleId: string): string {
  const hex = createHash('sha1').update(`simple-http-sample-data:${ruleId}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  const groups = [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(18, 20)}`,
    hex.slice(20, 32),
  ];
  return groups.join('-');
}

/** Reads and validates one rule saved object; the error names the file and the invalid field. */
export function readRuleDefinition(filePath: string): RuleDefinition {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Failed to read rule file ${filePath}: ${reason}`);
  }
  const parsed = ruleSavedObjectSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue === undefined ? '' : issue.path.join('.');
    const message = issue?.message ?? 'is invalid';
    throw new Error(`Invalid rule file ${filePath}: field "${field}" ${message}`);
  }
  const rule = parsed.data.attributes;
  return {
    ruleId: rule.rule_id,
    uuid: installedRuleUuid(rule.rule_id),
    name: rule.name,
    version: rule.version,
    note: rule.note,
    severity: rule.severity,
    riskScore: rule.risk_score,
    threat: rule.threat,
    description: rule.description,
    tags: rule.tags,
    from: rule.from,
    interval: rule.interval ?? DEFAULT_INTERVAL,
    query: rule.query,
    index: rule.index,
    author: rule.author,
    license: rule.license,
    timestampOverride: rule.timestamp_override ?? null,
  };
}

/**
 * Reads the three simple HTTP server rules from `<rootDir>/test/fixtures/rules/<rule_id>.json`.
 * `rootDir` defaults to the working directory, the repository root when npm, tsx or jest
 * run from it.
 */
export function loadRuleDefinitions(rootDir: string = process.cwd()): RuleDefinitions {
  const read = (ruleId: string): RuleDefinition => {
    const rule = readRuleDefinition(path.join(rootDir, RULES_DIR, `${ruleId}.json`));
    if (rule.ruleId !== ruleId) {
      throw new Error(
        `Rule file ${ruleId}.json contains rule_id ${rule.ruleId}; expected ${ruleId}`
      );
    }
    return rule;
  };
  return {
    connection: read(RULE_IDS.connection),
    creation: read(RULE_IDS.creation),
    pythonServer: read(RULE_IDS.pythonServer),
  };
}
