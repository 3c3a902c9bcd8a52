/**
 * Field mappings of the events data streams and the alerts index, following Elastic
 * Defend's and the detection engine's: keyword for ids, names, paths and args, `wildcard`
 * for command lines, `ip` for addresses. Dynamic mapping stays on for fields not listed.
 */

import type { estypes } from '@elastic/elasticsearch';

export type FieldMapping = estypes.MappingProperty;
type Properties = Record<string, estypes.MappingProperty>;

const keyword: FieldMapping = { type: 'keyword', ignore_above: 1024 };
const wildcard: FieldMapping = { type: 'wildcard' };
const ip: FieldMapping = { type: 'ip' };
const long: FieldMapping = { type: 'long' };
const date: FieldMapping = { type: 'date' };
const bool: FieldMapping = { type: 'boolean' };

function processRefFields(prefix: string): Record<string, FieldMapping> {
  return {
    [`${prefix}.entity_id`]: keyword,
    [`${prefix}.pid`]: long,
    [`${prefix}.name`]: keyword,
    [`${prefix}.executable`]: keyword,
    [`${prefix}.args`]: keyword,
    [`${prefix}.args_count`]: long,
    [`${prefix}.command_line`]: wildcard,
    [`${prefix}.start`]: date,
  };
}

/** ECS fields of the generated events, by dotted name. */
export const ECS_FIELD_MAPPINGS: Readonly<Record<string, FieldMapping>> = {
  '@timestamp': date,
  message: { type: 'text' },
  'agent.id': keyword,
  'agent.type': keyword,
  'agent.version': keyword,
  'data_stream.type': keyword,
  'data_stream.dataset': keyword,
  'data_stream.namespace': keyword,
  'ecs.version': keyword,
  'elastic.agent.id': keyword,
  'event.id': keyword,
  'event.kind': keyword,
  'event.category': keyword,
  'event.type': keyword,
  'event.action': keyword,
  'event.dataset': keyword,
  'event.module': keyword,
  'event.outcome': keyword,
  'event.sequence': long,
  'event.created': date,
  'event.ingested': date,
  'host.name': keyword,
  'host.hostname': keyword,
  'host.id': keyword,
  'host.architecture': keyword,
  'host.ip': ip,
  'host.os.type': keyword,
  'host.os.name': keyword,
  'host.os.family': keyword,
  'host.os.platform': keyword,
  'host.os.version': keyword,
  'host.os.full': keyword,
  'host.os.kernel': keyword,
  'host.os.Ext.variant': keyword,
  'user.name': keyword,
  'user.id': keyword,
  'group.name': keyword,
  'group.id': keyword,
  'labels.scenario': keyword,
  ...processRefFields('process'),
  'process.working_directory': keyword,
  'process.interactive': bool,
  'process.end': date,
  'process.exit_code': long,
  'process.Ext.ancestry': keyword,
  ...processRefFields('process.parent'),
  ...processRefFields('process.session_leader'),
  ...processRefFields('process.entry_leader'),
  'process.entry_leader.user.name': keyword,
  'process.entry_leader.user.id': keyword,
  'process.entry_leader.entry_meta.type': keyword,
  'process.entry_leader.entry_meta.source.ip': ip,
  'source.ip': ip,
  'source.address': keyword,
  'source.port': long,
  'destination.ip': ip,
  'destination.address': keyword,
  'destination.port': long,
  'network.transport': keyword,
  'network.type': keyword,
  'network.direction': keyword,
  'file.path': keyword,
  'file.name': keyword,
  'file.extension': keyword,
  'file.size': long,
  'file.Ext.original.path': keyword,
  'file.Ext.original.name': keyword,
};

/** Detection alert fields, by dotted name, in addition to the ECS fields. */
export const ALERT_FIELD_MAPPINGS: Readonly<Record<string, FieldMapping>> = {
  'kibana.alert.uuid': keyword,
  'kibana.alert.status': keyword,
  'kibana.alert.workflow_status': keyword,
  'kibana.alert.workflow_reason': keyword,
  'kibana.alert.workflow_user': keyword,
  'kibana.alert.workflow_status_updated_at': date,
  'kibana.alert.original_time': date,
  'kibana.alert.start': date,
  'kibana.alert.last_detected': date,
  'kibana.alert.reason': keyword,
  'kibana.alert.severity': keyword,
  'kibana.alert.risk_score': { type: 'float' },
  'kibana.alert.depth': long,
  'kibana.alert.ancestors.id': keyword,
  'kibana.alert.ancestors.index': keyword,
  'kibana.alert.ancestors.depth': long,
  'kibana.alert.ancestors.type': keyword,
  'kibana.alert.ancestors.rule': keyword,
  'kibana.alert.building_block_type': keyword,
  'kibana.alert.group.id': keyword,
  'kibana.alert.group.index': long,
  // The source event's `event.*` fields, kept with their event mappings.
  ...Object.fromEntries(
    Object.entries(ECS_FIELD_MAPPINGS)
      .filter(([name]) => name.startsWith('event.'))
      .map(([name, mapping]) => [`kibana.alert.original_${name}`, mapping])
  ),
  'kibana.alert.rule.rule_id': keyword,
  'kibana.alert.rule.uuid': keyword,
  'kibana.alert.rule.name': keyword,
  'kibana.alert.rule.version': keyword,
  // The investigation guide is shown, never searched, and runs to several kilobytes.
  'kibana.alert.rule.note': { type: 'text', index: false },
  'kibana.alert.rule.description': { type: 'text' },
  'kibana.alert.rule.type': keyword,
  'kibana.alert.rule.severity': keyword,
  'kibana.alert.rule.risk_score': { type: 'float' },
  'kibana.alert.rule.tags': keyword,
  'kibana.alert.rule.from': keyword,
  'kibana.alert.rule.to': keyword,
  'kibana.alert.rule.interval': keyword,
  'kibana.alert.rule.indices': keyword,
  'kibana.alert.rule.author': keyword,
  'kibana.alert.rule.license': keyword,
  'kibana.alert.rule.category': keyword,
  'kibana.alert.rule.consumer': keyword,
  'kibana.alert.rule.producer': keyword,
  'kibana.alert.rule.rule_type_id': keyword,
  'kibana.alert.rule.enabled': bool,
  'kibana.alert.rule.immutable': bool,
  'kibana.alert.rule.timestamp_override': keyword,
  'kibana.alert.rule.execution.uuid': keyword,
  'kibana.alert.rule.threat.framework': keyword,
  'kibana.alert.rule.threat.tactic.id': keyword,
  'kibana.alert.rule.threat.tactic.name': keyword,
  'kibana.alert.rule.threat.tactic.reference': keyword,
  'kibana.alert.rule.threat.technique.id': keyword,
  'kibana.alert.rule.threat.technique.name': keyword,
  'kibana.alert.rule.threat.technique.reference': keyword,
  'kibana.alert.rule.threat.technique.subtechnique.id': keyword,
  'kibana.alert.rule.threat.technique.subtechnique.name': keyword,
  'kibana.alert.rule.threat.technique.subtechnique.reference': keyword,
  'kibana.space_ids': keyword,
  'kibana.version': keyword,
};

const isObjectMapping = (mapping: FieldMapping): mapping is estypes.MappingObjectProperty =>
  (mapping.type === undefined || mapping.type === 'object') && 'properties' in mapping;

/**
 * Turns dotted field names into the nested `properties` a mapping expects. Throws when a
 * name is both a field and the parent of another field.
 */
export function toProperties(fields: Readonly<Record<string, FieldMapping>>): Properties {
  const root: Properties = {};
  for (const [name, mapping] of Object.entries(fields)) {
    const parts = name.split('.');
    const leaf = parts.pop() ?? name;
    let properties = root;
    for (const part of parts) {
      let child = properties[part];
      if (child === undefined) {
        child = { properties: {} };
        properties[part] = child;
      }
      if (!isObjectMapping(child) || child.properties === undefined) {
        throw new Error(
          `Invalid mapping: "${name}" is below "${part}", which is not an object field`
        );
      }
      properties = child.properties;
    }
    if (properties[leaf] !== undefined) {
      throw new Error(`Invalid mapping: "${name}" is listed twice or is also an object field`);
    }
    properties[leaf] = mapping;
  }
  return root;
}
