import { DEFAULT_SPACE_ID } from '../../common/constants';
import { getString, getStrings } from '../../common/get_field';
import type { RuleDefinition } from './rules';

/** Kibana version written as `kibana.version` on generated alerts. */
export const KIBANA_VERSION = '9.0.3';

/** An entry of `kibana.alert.ancestors`: a source event (depth 0) or a building block alert. */
export interface AlertAncestor {
  id: string;
  index: string;
  depth: number;
  type: 'event' | 'signal';
  rule?: string;
}

/** Returns the `kibana.alert.rule.*` fields, taken from the rule's saved object. */
export function ruleFields(rule: RuleDefinition): Record<string, unknown> {
  return {
    'kibana.alert.rule.rule_id': rule.ruleId,
    'kibana.alert.rule.uuid': rule.uuid,
    'kibana.alert.rule.name': rule.name,
    // A string, because the alerts index maps the rule version as keyword.
    'kibana.alert.rule.version': String(rule.version),
    'kibana.alert.rule.note': rule.note,
    'kibana.alert.rule.type': 'eql',
    'kibana.alert.rule.severity': rule.severity,
    'kibana.alert.rule.risk_score': rule.riskScore,
    'kibana.alert.rule.threat': rule.threat,
    'kibana.alert.rule.description': rule.description,
    'kibana.alert.rule.tags': rule.tags,
    'kibana.alert.rule.from': rule.from,
    'kibana.alert.rule.to': 'now',
    'kibana.alert.rule.interval': rule.interval,
    'kibana.alert.rule.indices': rule.index,
    'kibana.alert.rule.author': rule.author,
    'kibana.alert.rule.license': rule.license,
    'kibana.alert.rule.category': 'Event Correlation Rule',
    'kibana.alert.rule.consumer': 'siem',
    'kibana.alert.rule.producer': 'siem',
    'kibana.alert.rule.rule_type_id': 'siem.eqlRule',
    'kibana.alert.rule.enabled': true,
    'kibana.alert.rule.immutable': true,
    ...(rule.timestampOverride === null
      ? {}
      : { 'kibana.alert.rule.timestamp_override': rule.timestampOverride }),
  };
}

export interface AlertCore {
  uuid: string;
  rule: RuleDefinition;
  /** When the rule ran and wrote the alert (`@timestamp`). */
  timestampMs: number;
  /** Time of the (first) source event. */
  originalTimeMs: number;
  reason: string;
  depth: number;
  ancestors: AlertAncestor[];
  executionUuid: string;
}

/** Returns the `kibana.*` fields every detection alert carries. */
export function alertCoreFields(core: AlertCore): Record<string, unknown> {
  const timestamp = new Date(core.timestampMs).toISOString();
  return {
    '@timestamp': timestamp,
    'kibana.alert.uuid': core.uuid,
    'kibana.alert.status': 'active',
    'kibana.alert.workflow_status': 'open',
    'kibana.alert.original_time': new Date(core.originalTimeMs).toISOString(),
    'kibana.alert.reason': core.reason,
    'kibana.alert.severity': core.rule.severity,
    'kibana.alert.risk_score': core.rule.riskScore,
    'kibana.alert.depth': core.depth,
    'kibana.alert.ancestors': core.ancestors,
    'kibana.alert.start': timestamp,
    'kibana.alert.last_detected': timestamp,
    'kibana.alert.rule.execution.uuid': core.executionUuid,
    'kibana.space_ids': [DEFAULT_SPACE_ID],
    'kibana.version': KIBANA_VERSION,
    ...ruleFields(core.rule),
  };
}

/**
 * Copies an event `_source` into an alert: ECS objects stay nested, `event.*` becomes dotted
 * top-level keys with `event.kind: 'signal'`, and the original `event.*` values are kept as
 * `kibana.alert.original_event.*`, as the detection engine does.
 */
export function eventFieldsForAlert(source: Record<string, unknown>): Record<string, unknown> {
  const { event, ...rest } = source;
  const copy: Record<string, unknown> = { ...rest };
  if (event !== null && typeof event === 'object') {
    for (const [key, value] of Object.entries(event)) {
      copy[`event.${key}`] = value;
      copy[`kibana.alert.original_event.${key}`] = value;
    }
  }
  copy['event.kind'] = 'signal';
  return copy;
}

/**
 * Builds a reason in the detection engine's format, for example "process event with process
 * python3.11, parent process bash, by www-data on web-01 created medium alert Web Server
 * Spawned via Python." Parts whose fields are missing are left out.
 */
export function buildReason(source: Record<string, unknown>, rule: RuleDefinition): string {
  const category =
    getStrings(source, 'event.category')[0] ??
    getStrings(source, 'kibana.alert.original_event.category')[0];
  const parts: string[] = [];
  const add = (label: string, value: string | null): void => {
    if (value !== null) {
      parts.push(`${label} ${value}`);
    }
  };
  const endpoint = (prefix: string): string | null => {
    const ip = getString(source, `${prefix}.ip`);
    const port = getString(source, `${prefix}.port`);
    if (ip === null || port === null) {
      return ip;
    }
    return `${ip}:${port}`;
  };
  add('process', getString(source, 'process.name'));
  add('parent process', getString(source, 'process.parent.name'));
  add('file', getString(source, 'file.name'));
  add('source', endpoint('source'));
  add('destination', endpoint('destination'));

  const user = getString(source, 'user.name');
  const host = getString(source, 'host.name');
  const actors = [user === null ? null : `by ${user}`, host === null ? null : `on ${host}`];
  const actor = actors.filter((part): part is string => part !== null).join(' ');
  const subject = category === undefined ? 'event' : `${category} event`;
  let text = parts.length > 0 ? `${subject} with ${parts.join(', ')}` : subject;
  if (actor !== '') {
    text += parts.length > 0 ? `, ${actor}` : ` ${actor}`;
  }
  return `${text} created ${rule.severity} alert ${rule.name}.`;
}
