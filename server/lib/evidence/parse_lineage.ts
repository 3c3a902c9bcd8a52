import { posix } from 'node:path';

import type { ChildProcess, EntryEvidence, ProcessSummary } from '../../../common/api/evidence';
import { classifyAddressOrNull } from '../../../common/address_kind';
import { ECS_FIELDS } from '../../../common/ecs_fields';
import { getString, getStrings } from '../../../common/get_field';
import { readProcessSummary } from './parse_process';
import { compareByTimestamp, toEventRef, type SourceHit } from './source_hit';

/** Shell names whose start as a child of a web server points to command execution. */
export const SHELL_NAMES = new Set([
  'sh',
  'bash',
  'dash',
  'zsh',
  'ksh',
  'csh',
  'tcsh',
  'fish',
  'busybox',
]);

/** Returns the process name, or the executable's file name when the name is missing. */
export function processNameOf(name: string | null, executable: string | null): string | null {
  if (name !== null && name !== '') {
    return name;
  }
  return executable === null ? null : posix.basename(executable);
}

/**
 * Maps each entity id to its latest start event (fork or exec), which shows the program the
 * process ran last.
 */
export function indexStartsByEntityId(hits: SourceHit[]): Map<string, SourceHit> {
  const starts = new Map<string, SourceHit>();
  for (const hit of [...hits].sort(compareByTimestamp)) {
    const entityId = getString(hit.source, ECS_FIELDS.processEntityId);
    if (entityId !== null) {
      starts.set(entityId, hit);
    }
  }
  return starts;
}

/**
 * Lists the server's ancestors, closest parent first, in the order of the server's
 * `process.Ext.ancestry`. Ancestors without a start event in the data are left out.
 */
export function parseAncestry(
  ancestryIds: string[],
  startsByEntityId: Map<string, SourceHit>
): ProcessSummary[] {
  const ancestry: ProcessSummary[] = [];
  for (const entityId of ancestryIds) {
    const hit = startsByEntityId.get(entityId);
    if (hit !== undefined) {
      ancestry.push(readProcessSummary(hit.source, toEventRef(hit)));
    }
  }
  return ancestry;
}

/**
 * Reads the entry leader of the server's session (how the user got in) from the server's
 * start document, with the entry leader's start event when the ancestry search found it.
 */
export function parseEntry(
  serverSource: SourceHit,
  startsByEntityId: Map<string, SourceHit>
): EntryEvidence | null {
  const source = serverSource.source;
  const entityId = getString(source, ECS_FIELDS.entryLeaderEntityId);
  const type = getString(source, ECS_FIELDS.entryMetaType);
  const executable = getString(source, 'process.entry_leader.executable');
  if (entityId === null && type === null && executable === null) {
    return null;
  }

  const sourceIp = getString(source, ECS_FIELDS.entryMetaSourceIp);
  const leaderExec = entityId === null ? undefined : startsByEntityId.get(entityId);
  return {
    type,
    source_ip: sourceIp,
    source_kind: classifyAddressOrNull(sourceIp),
    user_name: getString(source, 'process.entry_leader.user.name'),
    process_name: processNameOf(getString(source, 'process.entry_leader.name'), executable),
    executable,
    entity_id: entityId,
    start: getString(source, 'process.entry_leader.start'),
    event: leaderExec === undefined ? null : toEventRef(leaderExec),
  };
}

/**
 * Lists the processes the server started, oldest first. Depth 1 is a direct child. Deeper
 * descendants take their depth from the server's position in their `process.Ext.ancestry`
 * (closest parent first). The server's own events are skipped.
 */
export function parseChildren(hits: SourceHit[], serverEntityId: string): ChildProcess[] {
  const children: ChildProcess[] = [];
  const seen = new Set<string>();

  for (const hit of [...hits].sort(compareByTimestamp)) {
    const entityId = getString(hit.source, ECS_FIELDS.processEntityId);
    if (entityId === serverEntityId || seen.has(hit.id)) {
      continue;
    }
    const parentEntityId = getString(hit.source, ECS_FIELDS.parentEntityId);
    const position = getStrings(hit.source, ECS_FIELDS.processAncestry).indexOf(serverEntityId);
    let depth: number;
    if (parentEntityId === serverEntityId) {
      depth = 1;
    } else if (position !== -1) {
      depth = position + 1;
    } else {
      continue;
    }
    seen.add(hit.id);

    const summary = readProcessSummary(hit.source, toEventRef(hit));
    const name = processNameOf(summary.name, summary.executable);
    children.push({
      ...summary,
      parent_entity_id: parentEntityId,
      is_shell: name !== null && SHELL_NAMES.has(name),
      depth,
    });
  }
  return children;
}
