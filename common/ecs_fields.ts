/**
 * Field names the plugin reads from Elastic Defend events and detection alerts.
 *
 * Events keep ECS objects nested (`{ process: { entity_id } }`). Alerts written by the
 * detection engine keep `kibana.alert.*` as dotted top-level keys
 * (`{ "kibana.alert.uuid": ... }`) beside nested ECS objects copied from the source
 * event, so readers go through `getField`, which accepts both forms. `docs/data_layout.md`
 * describes the indices, data streams and documents in full.
 */
export const ALERT_FIELDS = {
  uuid: 'kibana.alert.uuid',
  status: 'kibana.alert.status',
  workflowStatus: 'kibana.alert.workflow_status',
  workflowReason: 'kibana.alert.workflow_reason',
  workflowUser: 'kibana.alert.workflow_user',
  workflowStatusUpdatedAt: 'kibana.alert.workflow_status_updated_at',
  originalTime: 'kibana.alert.original_time',
  severity: 'kibana.alert.severity',
  riskScore: 'kibana.alert.risk_score',
  reason: 'kibana.alert.reason',
  depth: 'kibana.alert.depth',
  ancestors: 'kibana.alert.ancestors',
  buildingBlockType: 'kibana.alert.building_block_type',
  groupId: 'kibana.alert.group.id',
  groupIndex: 'kibana.alert.group.index',
  ruleId: 'kibana.alert.rule.rule_id',
  ruleUuid: 'kibana.alert.rule.uuid',
  ruleName: 'kibana.alert.rule.name',
  ruleVersion: 'kibana.alert.rule.version',
  ruleNote: 'kibana.alert.rule.note',
  ruleType: 'kibana.alert.rule.type',
  ruleThreat: 'kibana.alert.rule.threat',
  spaceIds: 'kibana.space_ids',
} as const;

export const ECS_FIELDS = {
  timestamp: '@timestamp',
  eventAction: 'event.action',
  eventType: 'event.type',
  eventCategory: 'event.category',
  eventKind: 'event.kind',
  hostName: 'host.name',
  hostId: 'host.id',
  hostOsType: 'host.os.type',
  userName: 'user.name',
  userId: 'user.id',
  groupName: 'group.name',
  processEntityId: 'process.entity_id',
  processPid: 'process.pid',
  processName: 'process.name',
  processExecutable: 'process.executable',
  processArgs: 'process.args',
  processCommandLine: 'process.command_line',
  processWorkingDirectory: 'process.working_directory',
  processExitCode: 'process.exit_code',
  processAncestry: 'process.Ext.ancestry',
  parentEntityId: 'process.parent.entity_id',
  parentName: 'process.parent.name',
  parentExecutable: 'process.parent.executable',
  parentCommandLine: 'process.parent.command_line',
  entryLeaderEntityId: 'process.entry_leader.entity_id',
  entryMetaType: 'process.entry_leader.entry_meta.type',
  entryMetaSourceIp: 'process.entry_leader.entry_meta.source.ip',
  sessionLeaderEntityId: 'process.session_leader.entity_id',
  sourceIp: 'source.ip',
  sourcePort: 'source.port',
  destinationIp: 'destination.ip',
  destinationPort: 'destination.port',
  networkTransport: 'network.transport',
  networkDirection: 'network.direction',
  filePath: 'file.path',
  fileName: 'file.name',
  fileExtension: 'file.extension',
  fileSize: 'file.size',
} as const;

/** Marker the sample data generator puts on every document it writes. */
export const SAMPLE_SCENARIO_FIELD = 'labels.scenario';
