import type { EventRef, EvidenceWindow } from '../../../common/api/evidence';
import { EVIDENCE_LOOKAHEAD_MS, EVIDENCE_LOOKBACK_MS } from '../../../common/constants';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { getField, getNumber, getString, getStrings } from '../../../common/get_field';
import { readServerCommandLine } from './command_line';
import type { SourceHit } from './source_hit';

/** Alert fields the evidence searches filter on and the parsers read. */
export interface AlertContext {
  spaceId: string;
  alert: SourceHit;
  hostName: string | null;
  userName: string | null;
  /** Entity id of the server process, the sequence key of the Connection rule. */
  entityId: string | null;
  groupId: string | null;
  originalTime: string;
  window: EvidenceWindow;
  /** Source events of the alert (ancestors of depth 0, type `event`). */
  eventRefs: EventRef[];
  /** Building blocks the alert was built from (ancestors of type `signal`). */
  buildingBlockRefs: EventRef[];
  /** The server's exec event among the source events, with its concrete backing index. */
  execEventRef: EventRef | null;
  /** `process.Ext.ancestry` when the alert carries it (single-event alerts only). */
  ancestryIds: string[];
  /** `process.entry_leader.entity_id` when the alert carries it (single-event alerts only). */
  entryLeaderId: string | null;
  /** The served directory when the alert carries the working directory (single-event alerts). */
  servedDirectory: string | null;
}

interface Ancestor extends EventRef {
  depth: number | null;
  type: string | null;
}

function readAncestors(source: unknown): Ancestor[] {
  const value = getField(source, ALERT_FIELDS.ancestors);
  let entries: unknown[] = [];
  if (Array.isArray(value)) {
    entries = value;
  } else if (value !== undefined) {
    entries = [value];
  }
  const ancestors: Ancestor[] = [];
  for (const entry of entries) {
    const id = getString(entry, 'id');
    const index = getString(entry, 'index');
    if (id !== null && index !== null) {
      ancestors.push({
        id,
        index,
        depth: getNumber(entry, 'depth'),
        type: getString(entry, 'type'),
      });
    }
  }
  return ancestors;
}

/**
 * Picks the exec event among the source events: the one stored in a process events index,
 * or the only source event of a single-event alert.
 */
function findExecEventRef(eventRefs: EventRef[]): EventRef | null {
  const processEvent = eventRefs.find((ref) => ref.index.includes('events.process'));
  if (processEvent !== undefined) {
    return processEvent;
  }
  return eventRefs.length === 1 ? eventRefs[0] : null;
}

/**
 * Reads the alert's context. The evidence window is centred on
 * `kibana.alert.original_time` (the source event's time), or on `@timestamp` without it.
 * Throws when neither time is a valid date.
 */
export function buildAlertContext(spaceId: string, alert: SourceHit): AlertContext {
  const source = alert.source;
  const originalTime =
    validDate(getString(source, ALERT_FIELDS.originalTime)) ??
    validDate(getString(source, ECS_FIELDS.timestamp));
  if (originalTime === null) {
    throw new Error(
      `Alert ${alert.id} in ${alert.index} has no valid ${ALERT_FIELDS.originalTime} or @timestamp`
    );
  }
  const time = Date.parse(originalTime);

  const ancestors = readAncestors(source);
  const eventRefs = ancestors
    .filter((ancestor) => ancestor.type === 'event' && (ancestor.depth ?? 0) === 0)
    .map(({ id, index }) => ({ id, index }));
  const buildingBlockRefs = ancestors
    .filter((ancestor) => ancestor.type === 'signal')
    .map(({ id, index }) => ({ id, index }));

  const workingDirectory = getString(source, ECS_FIELDS.processWorkingDirectory);
  const servedDirectory =
    workingDirectory === null
      ? null
      : readServerCommandLine({
          args: getStrings(source, ECS_FIELDS.processArgs),
          commandLine: getString(source, ECS_FIELDS.processCommandLine),
          workingDirectory,
        }).servedDirectory;

  return {
    spaceId,
    alert,
    hostName: getString(source, ECS_FIELDS.hostName),
    userName: getString(source, ECS_FIELDS.userName),
    entityId: getString(source, ECS_FIELDS.processEntityId),
    groupId: getString(source, ALERT_FIELDS.groupId),
    originalTime,
    window: {
      start: new Date(time - EVIDENCE_LOOKBACK_MS).toISOString(),
      end: new Date(time + EVIDENCE_LOOKAHEAD_MS).toISOString(),
    },
    eventRefs,
    buildingBlockRefs,
    execEventRef: findExecEventRef(eventRefs),
    ancestryIds: getStrings(source, ECS_FIELDS.processAncestry),
    entryLeaderId: getString(source, ECS_FIELDS.entryLeaderEntityId),
    servedDirectory,
  };
}

function validDate(value: string | null): string | null {
  if (value === null || Number.isNaN(Date.parse(value))) {
    return null;
  }
  return new Date(Date.parse(value)).toISOString();
}
