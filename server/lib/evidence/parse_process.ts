import type { EventRef, ProcessSummary, ServerProcess } from '../../../common/api/evidence';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { getNumber, getString, getStrings } from '../../../common/get_field';
import { compareByTimestamp, toEpochMs, toEventRef, type SourceHit } from './source_hit';

/**
 * Reads a process from an event. `prefix` selects the process object: `process` for the
 * event's own process, `process.parent` for its parent. The user and working directory
 * are read only for the event's own process, because the events record neither for the
 * parent.
 */
export function readProcessSummary(
  source: unknown,
  event: EventRef | null,
  prefix: 'process' | 'process.parent' = 'process'
): ProcessSummary {
  const own = prefix === 'process';
  return {
    entity_id: getString(source, `${prefix}.entity_id`),
    pid: getNumber(source, `${prefix}.pid`),
    name: getString(source, `${prefix}.name`),
    executable: getString(source, `${prefix}.executable`),
    command_line: getString(source, `${prefix}.command_line`),
    args: getStrings(source, `${prefix}.args`),
    working_directory: own ? getString(source, ECS_FIELDS.processWorkingDirectory) : null,
    user_name: own ? getString(source, ECS_FIELDS.userName) : null,
    user_id: own ? getString(source, ECS_FIELDS.userId) : null,
    start: getString(source, `${prefix}.start`) ?? (own ? getTimestampOf(source) : null),
    event,
  };
}

function getTimestampOf(source: unknown): string | null {
  return getString(source, ECS_FIELDS.timestamp);
}

export function getAction(hit: SourceHit): string | null {
  return getString(hit.source, ECS_FIELDS.eventAction);
}

/**
 * Picks the document that best describes how the server was started: its exec event
 * (the alert's source event if found, else the earliest exec of the entity), else the
 * process building block of a Connection alert, else the alert itself. Only the exec event
 * and the building block carry the arguments, working directory and parent of a shell alert.
 */
export function selectServerSource(params: {
  serverHits: SourceHit[];
  buildingBlocks: SourceHit[];
  alert: SourceHit;
  execEventId: string | null;
}): SourceHit {
  const execs = params.serverHits.filter((hit) => getAction(hit) === 'exec');
  const byAncestorId = execs.find((hit) => hit.id === params.execEventId);
  const earliestExec = [...execs].sort(compareByTimestamp)[0];
  const processBlock = params.buildingBlocks.find(
    (block) =>
      getNumber(block.source, ALERT_FIELDS.groupIndex) === 0 ||
      getString(block.source, 'kibana.alert.original_event.action') === 'exec'
  );
  return byAncestorId ?? earliestExec ?? processBlock ?? params.alert;
}

/**
 * Builds the server process from its start document and its own process events. `parent`
 * is the parent's exec event when the ancestry search found it, which adds the parent's
 * user, working directory and event reference.
 */
export function parseServerProcess(
  serverSource: SourceHit,
  serverHits: SourceHit[],
  parent: SourceHit | null
): ServerProcess {
  const summary = readProcessSummary(serverSource.source, toEventRef(serverSource));
  const endHit = serverHits
    .filter((hit) => getAction(hit) === 'end')
    .sort(compareByTimestamp)
    .pop();
  const end =
    endHit === undefined
      ? null
      : (getString(endHit.source, 'process.end') ?? getTimestampOf(endHit.source));
  const startMs = toEpochMs(summary.start);
  const endMs = toEpochMs(end);

  return {
    ...summary,
    group_name: getString(serverSource.source, ECS_FIELDS.groupName),
    parent: readParent(serverSource, parent),
    end,
    duration_ms: startMs === null || endMs === null ? null : Math.max(0, endMs - startMs),
    end_event: endHit === undefined ? null : toEventRef(endHit),
    exit_code: endHit === undefined ? null : getNumber(endHit.source, ECS_FIELDS.processExitCode),
  };
}

function readParent(serverSource: SourceHit, parent: SourceHit | null): ProcessSummary | null {
  if (parent !== null) {
    return readProcessSummary(parent.source, toEventRef(parent));
  }
  const embedded = readProcessSummary(serverSource.source, null, 'process.parent');
  const hasAny =
    embedded.entity_id !== null ||
    embedded.pid !== null ||
    embedded.name !== null ||
    embedded.executable !== null;
  return hasAny ? embedded : null;
}
