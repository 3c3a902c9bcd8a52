import type { AlertEvidence, ProcessSummary } from '../../../common/api/evidence';
import { ECS_FIELDS } from '../../../common/ecs_fields';
import { getString, getStrings } from '../../../common/get_field';
import type { AlertContext } from './alert_context';
import type { EvidenceSection } from './build_evidence_searches';
import { parseClientAggregations } from './client_aggregations';
import { readServerCommandLine } from './command_line';
import { deriveFacts } from './derive_facts';
import { parseAlertDetails, parseRelatedAlerts } from './parse_alerts';
import { parseFiles, parseOutbound } from './parse_events';
import { indexStartsByEntityId, parseAncestry, parseChildren, parseEntry } from './parse_lineage';
import { parseServerProcess, readProcessSummary, selectServerSource } from './parse_process';
import type { SectionResults } from './run_searches';
import { toEventRef, type SourceHit } from './source_hit';
import { buildTimeline } from './timeline';

/**
 * Names the sampling of a client's `events`: the first `CLIENT_LIMITS.eventsPerClient`
 * connections and the last. It is not reported in `truncated`, because the client list and
 * the counts stay complete and a sample of supporting events is the expected case.
 */
export const CLIENT_EVENTS_TRUNCATED = 'client_events';

/**
 * Orders the ancestors closest parent first by the server's `process.Ext.ancestry`. Without
 * it (the server's exec event was not found), the latest started comes first.
 */
function readAncestry(
  ancestryIds: string[],
  ancestorHits: SourceHit[],
  serverEntityId: string | null
) {
  const startsByEntityId = indexStartsByEntityId(ancestorHits);
  if (ancestryIds.length > 0) {
    return { startsByEntityId, ancestry: parseAncestry(ancestryIds, startsByEntityId) };
  }
  const byStartDescending = [...startsByEntityId.values()]
    .map((hit) => readProcessSummary(hit.source, toEventRef(hit)))
    .filter((process) => process.entity_id !== serverEntityId)
    .sort((left, right) => Date.parse(right.start ?? '') - Date.parse(left.start ?? ''));
  return { startsByEntityId, ancestry: byStartDescending };
}

/** Builds the evidence from the alert and the results of the evidence searches. */
export function assembleEvidence(context: AlertContext, results: SectionResults): AlertEvidence {
  const hitsOf = (section: EvidenceSection) => results.get(section)?.hits ?? [];
  const buildingBlocks = hitsOf('building_blocks');
  const serverHits = hitsOf('server_process');

  const serverSource = selectServerSource({
    serverHits,
    buildingBlocks,
    alert: context.alert,
    execEventId: context.execEventRef?.id ?? null,
  });
  const serverRef = toEventRef(serverSource);
  const serverSummary: ProcessSummary = readProcessSummary(serverSource.source, serverRef);
  const ancestryIds = getStrings(serverSource.source, ECS_FIELDS.processAncestry);
  const { startsByEntityId, ancestry } = readAncestry(
    ancestryIds.length > 0 ? ancestryIds : context.ancestryIds,
    hitsOf('ancestry'),
    context.entityId
  );

  const parentEntityId =
    getString(serverSource.source, ECS_FIELDS.parentEntityId) ?? ancestryIds[0] ?? null;
  const parentHit = parentEntityId === null ? null : (startsByEntityId.get(parentEntityId) ?? null);
  const hasProcess = serverSummary.entity_id !== null || serverSummary.name !== null;
  const process = hasProcess ? parseServerProcess(serverSource, serverHits, parentHit) : null;
  const entry = parseEntry(serverSource, startsByEntityId);

  const entityId = context.entityId;
  const children = entityId === null ? [] : parseChildren(hitsOf('children'), entityId);
  const processEntityIds = new Set<string>();
  for (const id of [entityId, ...children.map((child) => child.entity_id)]) {
    if (id !== null) processEntityIds.add(id);
  }

  const network = parseClientAggregations(results.get('clients')?.aggregations);
  const commandLine = readServerCommandLine({
    args: serverSummary.args,
    commandLine:
      serverSummary.command_line ??
      getString(context.alert.source, ECS_FIELDS.processCommandLine),
    workingDirectory: serverSummary.working_directory,
  });
  const outbound = parseOutbound(hitsOf('outbound'), processEntityIds);
  const files = parseFiles(hitsOf('files'), {
    servedDirectory: commandLine.servedDirectory,
    processEntityIds,
  });
  const relatedAlerts = parseRelatedAlerts(hitsOf('related_alerts'), context);

  const truncated: string[] = [...results.entries()]
    .filter(([section, result]) => {
      return result.truncated || (section === 'clients' && network.truncated);
    })
    .map(([section]) => section);

  return {
    alert: parseAlertDetails(context, buildingBlocks),
    window: context.window,
    process,
    ancestry,
    entry,
    children,
    clients: network.clients,
    outbound,
    files,
    related_alerts: relatedAlerts,
    timeline: buildTimeline({
      process,
      ancestry,
      children,
      clients: network.clients,
      outbound,
      files,
      relatedAlerts,
    }),
    facts: deriveFacts({
      server: { ...serverSummary, event: serverRef },
      parentExecutable: process?.parent?.executable ?? null,
      commandLine,
      ancestry,
      entry,
      clients: network.clients,
      listeningPorts: network.listeningPorts,
      listeningAddresses: network.listeningAddresses,
      children,
      files,
      outbound,
    }),
    truncated,
  };
}
