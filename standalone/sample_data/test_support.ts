/** Shared fixtures for the sample data unit tests. */
import { getString, getStrings } from '../../common/get_field';
import { generateSampleData } from './generate';
import { loadRuleDefinitions, type RuleDefinitions } from './rules';
import type { ScenarioId } from './scenarios';
import { ALERTS_INDEX, type SampleDocument } from './types';

export const TEST_ANCHOR = new Date('2025-06-15T12:00:00Z');
export const TEST_SEED = 7;

let rules: RuleDefinitions | undefined;
let baseSet: SampleDocument[] | undefined;

export function testRules(): RuleDefinitions {
  rules ??= loadRuleDefinitions();
  return rules;
}

/** Returns the scale 1 data set for TEST_SEED and TEST_ANCHOR, generating it once per test file. */
export function baseDocuments(): SampleDocument[] {
  baseSet ??= [
    ...generateSampleData({ seed: TEST_SEED, anchor: TEST_ANCHOR, scale: 1, rules: testRules() }),
  ];
  return baseSet;
}

export const str = (document: SampleDocument, path: string): string | null =>
  getString(document.source, path);
export const strs = (document: SampleDocument, path: string): string[] =>
  getStrings(document.source, path);
/** `@timestamp` in epoch milliseconds, NaN when missing. */
export const timeOf = (document: SampleDocument): number => Date.parse(str(document, '@timestamp') ?? '');
export const isAlert = (document: SampleDocument): boolean => document.index === ALERTS_INDEX;
export const scenarioOf = (document: SampleDocument): string | null => str(document, 'labels.scenario');

export function eventsOf(scenario: ScenarioId, documents = baseDocuments()): SampleDocument[] {
  return documents.filter((document) => !isAlert(document) && scenarioOf(document) === scenario);
}

export function alertsOf(scenario: ScenarioId, documents = baseDocuments()): SampleDocument[] {
  return documents.filter((document) => isAlert(document) && scenarioOf(document) === scenario);
}

/** Alerts a user sees (no building blocks), as `rule name` strings sorted. */
export function visibleAlertRules(scenario: ScenarioId): string[] {
  return alertsOf(scenario)
    .filter((alert) => str(alert, 'kibana.alert.building_block_type') === null)
    .map((alert) => str(alert, 'kibana.alert.rule.name') ?? '')
    .sort();
}

/** `exec` events whose command line equals `commandLine`. */
/** Events with the given `event.action`, optionally only those of one process. */
export function actionsOf(
  action: string,
  events: SampleDocument[],
  entityId: string | null = null
): SampleDocument[] {
  return events.filter(
    (event) =>
      str(event, 'event.action') === action &&
      (entityId === null || str(event, 'process.entity_id') === entityId)
  );
}

export function execsOf(scenario: ScenarioId, commandLine: string): SampleDocument[] {
  return actionsOf('exec', eventsOf(scenario)).filter(
    (event) => str(event, 'process.command_line') === commandLine
  );
}

/** Events of the processes whose parent is the given process. */
export function childrenOf(parentEntityId: string, events: SampleDocument[]): SampleDocument[] {
  return events.filter((event) => str(event, 'process.parent.entity_id') === parentEntityId);
}

/** `source.ip` of the connections accepted by a process. */
export function clientsOf(entityId: string, events: SampleDocument[]): string[] {
  return actionsOf('connection_accepted', events, entityId).map(
    (event) => str(event, 'source.ip') ?? ''
  );
}
