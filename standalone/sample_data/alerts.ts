import {
  alertCoreFields,
  buildReason,
  eventFieldsForAlert,
  type AlertAncestor,
} from './alert_fields';
import type { SeededRandom } from './random';
import { findConnectionSequences, matchesCreation, matchesPythonServer } from './rule_predicates';
import type { RuleDefinition, RuleDefinitions } from './rules';
import { ALERTS_INDEX, type EventStream, type GeneratedEvent, type SampleDocument } from './types';

/** The rules run every five minutes, their default interval. */
const RULE_INTERVAL_MS = 5 * 60 * 1000;

export interface AlertBuildContext {
  random: SeededRandom;
  anchorMs: number;
  /** Concrete backing index of each events data stream, written into `kibana.alert.ancestors`. */
  backingIndices: Readonly<Record<EventStream, string>>;
}

/**
 * Returns when the rule run that caught an event wrote its alert: the first five-minute
 * run after the event was ingested, plus the seconds the run took, but never after the
 * anchor.
 */
function ruleRunTime(context: AlertBuildContext, eventMs: number): number {
  const ingestedMs = eventMs + 4000;
  const runMs = Math.ceil(ingestedMs / RULE_INTERVAL_MS) * RULE_INTERVAL_MS;
  return Math.min(runMs + context.random.int(1000, 30_000), context.anchorMs);
}

const eventAncestor = (context: AlertBuildContext, event: GeneratedEvent): AlertAncestor => ({
  id: event.id,
  index: context.backingIndices[event.stream],
  depth: 0,
  type: 'event',
});

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isScalar = (value: unknown): boolean => !Array.isArray(value) && !isPlainObject(value);

/**
 * Keeps the fields that all sources have with equal values, comparing nested objects
 * field by field. Arrays are left out, as the detection engine compares them by identity
 * when it builds a sequence's shell alert. Returns undefined when nothing is shared.
 */
export function intersectSources(
  sources: readonly Record<string, unknown>[]
): Record<string, unknown> | undefined {
  const [first, ...others] = sources;
  if (first === undefined) {
    return undefined;
  }
  const shared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(first)) {
    const values = others.map((other) => other[key]);
    if (isPlainObject(value) && values.every(isPlainObject)) {
      const nested = intersectSources([value, ...values]);
      if (nested !== undefined) {
        shared[key] = nested;
      }
    } else if (isScalar(value) && values.every((other) => other === value)) {
      shared[key] = value;
    }
  }
  return Object.keys(shared).length === 0 ? undefined : shared;
}

/** Builds the alert a single-event rule writes for one event. */
export function buildSingleEventAlert(
  context: AlertBuildContext,
  rule: RuleDefinition,
  event: GeneratedEvent
): SampleDocument {
  const uuid = context.random.hex(64);
  const core = alertCoreFields({
    uuid,
    rule,
    timestampMs: ruleRunTime(context, event.timestampMs),
    originalTimeMs: event.timestampMs,
    reason: buildReason(event.source, rule),
    depth: 1,
    ancestors: [eventAncestor(context, event)],
    executionUuid: context.random.uuid(),
  });
  const source = { ...eventFieldsForAlert(event.source), ...core };
  return { index: ALERTS_INDEX, id: uuid, source };
}

/**
 * Builds the alerts of one EQL sequence match: a building block alert per event (group
 * index in sequence order) and the shell alert, which links them through
 * `kibana.alert.group.id` and keeps only the event fields they share.
 */
export function buildSequenceAlerts(
  context: AlertBuildContext,
  rule: RuleDefinition,
  events: readonly GeneratedEvent[]
): SampleDocument[] {
  const firstEvent = events[0];
  const lastEvent = events[events.length - 1];
  if (firstEvent === undefined || lastEvent === undefined) {
    return [];
  }
  const timestampMs = ruleRunTime(context, lastEvent.timestampMs);
  const executionUuid = context.random.uuid();
  const blocks = events.map((event) => {
    const uuid = context.random.hex(64);
    const core = alertCoreFields({
      uuid,
      rule,
      timestampMs,
      originalTimeMs: event.timestampMs,
      reason: buildReason(event.source, rule),
      depth: 1,
      ancestors: [eventAncestor(context, event)],
      executionUuid,
    });
    return { uuid, source: { ...eventFieldsForAlert(event.source), ...core } };
  });

  const groupId = context.random.hex(64);
  const shellUuid = context.random.hex(64);
  const shared = intersectSources(blocks.map((block) => block.source)) ?? {};
  const ancestors = events.flatMap((event, i): AlertAncestor[] => [
    eventAncestor(context, event),
    { id: blocks[i]?.uuid ?? '', index: ALERTS_INDEX, depth: 1, type: 'signal', rule: rule.uuid },
  ]);
  const shellCore = alertCoreFields({
    uuid: shellUuid,
    rule,
    timestampMs,
    originalTimeMs: firstEvent.timestampMs,
    reason: buildReason(shared, rule),
    depth: 2,
    ancestors,
    executionUuid,
  });

  const buildingBlocks = blocks.map(
    (block, i): SampleDocument => ({
      index: ALERTS_INDEX,
      id: block.uuid,
      source: {
        ...block.source,
        'kibana.alert.building_block_type': 'default',
        'kibana.alert.group.id': groupId,
        'kibana.alert.group.index': i,
      },
    })
  );
  const shell: SampleDocument = {
    index: ALERTS_INDEX,
    id: shellUuid,
    source: { ...shared, ...shellCore, 'kibana.alert.group.id': groupId },
  };
  return [...buildingBlocks, shell];
}

/**
 * Runs the three rules over the events of one scenario instance (in time order) and
 * returns the alerts they write: single-event alerts of the Creation and Python rules, then
 * the Connection rule's sequences.
 */
export function detectAlerts(
  context: AlertBuildContext,
  rules: RuleDefinitions,
  events: readonly GeneratedEvent[]
): SampleDocument[] {
  const alerts: SampleDocument[] = [];
  for (const event of events) {
    if (event.stream !== 'process') {
      continue;
    }
    if (matchesCreation(event.source)) {
      alerts.push(buildSingleEventAlert(context, rules.creation, event));
    }
    if (matchesPythonServer(event.source)) {
      alerts.push(buildSingleEventAlert(context, rules.pythonServer, event));
    }
  }
  for (const sequence of findConnectionSequences(events)) {
    alerts.push(...buildSequenceAlerts(context, rules.connection, sequence));
  }
  return alerts;
}
