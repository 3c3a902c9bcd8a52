import type { estypes } from '@elastic/elasticsearch';

import type { AlertListItem } from '../../../common/api/alerts';
import type { ExceptionSummary } from '../../../common/api/exceptions';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { getNumber, getString, getStrings } from '../../../common/get_field';
import { readRuleSummary } from '../evidence/parse_alerts';
import type { InvestigationSummary } from './investigation_lookup';

/**
 * Values from the building blocks, network events, investigations and exceptions that
 * complete a row. `investigation` is null for an alert without an investigation.
 */
export interface RowEnrichment {
  buildingBlocks: unknown[];
  distinctClients: number;
  listeningPort: number | null;
  investigation: InvestigationSummary | null;
  exceptions: ExceptionSummary[];
}

export interface ServerCommandLineReader {
  (input: { args: string[]; commandLine: string | null; workingDirectory: string | null }): {
    port: number | null;
    servedDirectory: string | null;
  };
}

/**
 * Shapes one list row. Fields the shell alert lacks (arguments, working directory,
 * listening port) come from its building blocks: group index 0 is the process event and
 * group index 1 the accepted connection.
 */
export function parseAlertRow(
  hit: estypes.SearchHit<unknown>,
  enrichment: RowEnrichment,
  readCommandLine: ServerCommandLineReader
): AlertListItem {
  const source = hit._source ?? {};
  const processBlock = enrichment.buildingBlocks.find(
    (block) => getNumber(block, ALERT_FIELDS.groupIndex) === 0
  );
  const connectionBlock = enrichment.buildingBlocks.find(
    (block) => getNumber(block, ALERT_FIELDS.groupIndex) === 1
  );
  const processSource = processBlock ?? source;

  const commandLine =
    getString(source, ECS_FIELDS.processCommandLine) ??
    getString(processSource, ECS_FIELDS.processCommandLine);
  const fromCommandLine = readCommandLine({
    args: getStrings(processSource, ECS_FIELDS.processArgs),
    commandLine,
    workingDirectory: getString(processSource, ECS_FIELDS.processWorkingDirectory),
  });

  return {
    id: hit._id ?? getString(source, ALERT_FIELDS.uuid) ?? '',
    index: hit._index,
    timestamp: getString(source, ECS_FIELDS.timestamp) ?? '',
    rule: readRuleSummary(source),
    severity: getString(source, ALERT_FIELDS.severity),
    risk_score: getNumber(source, ALERT_FIELDS.riskScore),
    reason: getString(source, ALERT_FIELDS.reason),
    workflow_status: getString(source, ALERT_FIELDS.workflowStatus) ?? 'open',
    host_name: getString(source, ECS_FIELDS.hostName),
    user_name: getString(source, ECS_FIELDS.userName),
    process_name: getString(source, ECS_FIELDS.processName),
    process_entity_id: getString(source, ECS_FIELDS.processEntityId),
    command_line: commandLine,
    listening_port:
      enrichment.listeningPort ??
      getNumber(connectionBlock, ECS_FIELDS.destinationPort) ??
      fromCommandLine.port,
    served_directory: fromCommandLine.servedDirectory,
    distinct_clients: enrichment.distinctClients,
    building_block_count: enrichment.buildingBlocks.length,
    investigation_status: enrichment.investigation?.status ?? null,
    assignee: enrichment.investigation?.assignee ?? null,
    exceptions: enrichment.exceptions,
  };
}
