import type { FileActivity, OutboundConnection } from '../../../common/api/evidence';
import { classifyAddressOrNull } from '../../../common/address_kind';
import { ECS_FIELDS } from '../../../common/ecs_fields';
import { getNumber, getString } from '../../../common/get_field';
import { FILE_ORIGINAL_PATH } from './evidence_queries';
import { isScriptPath, isUnderDirectory } from './served_directory';
import { compareByTimestamp, getTimestamp, toEventRef, type SourceHit } from './source_hit';

/**
 * Keeps the outbound connection attempts made by the server or its children
 * (`processEntityIds`), oldest first. The search returns every attempt on the host.
 */
export function parseOutbound(
  hits: SourceHit[],
  processEntityIds: ReadonlySet<string>
): OutboundConnection[] {
  const outbound: OutboundConnection[] = [];
  for (const hit of [...hits].sort(compareByTimestamp)) {
    const source = hit.source;
    const entityId = getString(source, ECS_FIELDS.processEntityId);
    const destinationIp = getString(source, ECS_FIELDS.destinationIp);
    const timestamp = getTimestamp(hit);
    if (entityId === null || !processEntityIds.has(entityId)) {
      continue;
    }
    if (destinationIp === null || timestamp === null) {
      continue;
    }
    outbound.push({
      destination_ip: destinationIp,
      destination_port: getNumber(source, ECS_FIELDS.destinationPort),
      // NOTE: an address the parser cannot read is not known to be local, so it counts as public.
      kind: classifyAddressOrNull(destinationIp) ?? 'public',
      transport: getString(source, ECS_FIELDS.networkTransport),
      process_name: getString(source, ECS_FIELDS.processName),
      process_entity_id: entityId,
      timestamp,
      event: toEventRef(hit),
    });
  }
  return outbound;
}

/**
 * Keeps the file events under the served directory (by path, or by the path before a
 * rename) and those written by the server or its children, oldest first.
 */
export function parseFiles(
  hits: SourceHit[],
  options: { servedDirectory: string | null; processEntityIds: ReadonlySet<string> }
): FileActivity[] {
  const files: FileActivity[] = [];
  const directory = options.servedDirectory;
  const inServedDirectory = (path: string | null) =>
    path !== null && directory !== null && isUnderDirectory(path, directory);

  for (const hit of [...hits].sort(compareByTimestamp)) {
    const source = hit.source;
    const path = getString(source, ECS_FIELDS.filePath);
    const action = getString(source, ECS_FIELDS.eventAction);
    const timestamp = getTimestamp(hit);
    if (path === null || action === null || timestamp === null) {
      continue;
    }
    const entityId = getString(source, ECS_FIELDS.processEntityId);
    const byServer = entityId !== null && options.processEntityIds.has(entityId);
    const originalPath = getString(source, FILE_ORIGINAL_PATH);
    if (!byServer && !inServedDirectory(path) && !inServedDirectory(originalPath)) {
      continue;
    }

    const extension = getString(source, ECS_FIELDS.fileExtension);
    files.push({
      path,
      name: getString(source, ECS_FIELDS.fileName),
      extension,
      action,
      size: getNumber(source, ECS_FIELDS.fileSize),
      timestamp,
      is_script: isScriptPath(path, extension),
      by_server: byServer,
      process_name: getString(source, ECS_FIELDS.processName),
      process_entity_id: entityId,
      event: toEventRef(hit),
    });
  }
  return files;
}
