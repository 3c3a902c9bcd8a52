import { alertsIndexForSpace } from '../../../common/constants';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { getString } from '../../../common/get_field';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import {
  buildCandidateSearch,
  buildGroupSearch,
  GROUP_CHUNK_SIZE,
  type MatchPeriod,
} from './build_match_searches';
import { findMatchingExceptions, type MatchableException } from './match_alert';
import { searchAllHits } from './search_all_hits';

/** One alert being decided: a sequence group, or a single-event alert on its own. */
interface AlertGroup {
  /** The shell's or the single-event alert's id, or null until the shell is read. */
  alertId: string | null;
  ruleId: string | null;
  timestamp: string | null;
  documents: unknown[];
  /** Exceptions whose candidate search found a document of the group. */
  nominatedBy: Set<MatchableException>;
}

/**
 * Finds the shell and single-event alerts of the period that the exceptions apply to and
 * returns, per alert id, the ids of the exceptions that match it.
 *
 * 1. Per exception, one search reads the documents near the period that match its pivot
 *    entry (`choosePivotEntry`). A single-event alert is its own group, and a shell or
 *    building block names its group through `kibana.alert.group.id`.
 * 2. Searches by group id read every document of the candidate groups, with only the
 *    fields matching needs.
 *
 * Each step is one `_msearch`, plus a `search_after` search for each page after a first
 * full one, so a match costs two round trips while candidates fit in one page.
 * 3. `findMatchingExceptions` decides each group in memory, and a group counts when its
 *    shell's `@timestamp` lies in the period.
 */
export async function findMatchingAlerts(params: {
  esClient: ElasticsearchClient;
  spaceId: string;
  exceptions: readonly MatchableException[];
  period: MatchPeriod;
}): Promise<Map<string, string[]>> {
  const { esClient, spaceId, exceptions, period } = params;
  const index = alertsIndexForSpace(spaceId);

  const candidates = await searchAllHits(
    esClient,
    index,
    exceptions.map((exception) => buildCandidateSearch(spaceId, exception, period)),
    'exception candidates'
  );

  const groups = new Map<string, AlertGroup>();
  const sequenceGroupIds = new Set<string>();
  exceptions.forEach((exception, position) => {
    for (const hit of candidates[position] ?? []) {
      const groupId = getString(hit._source, ALERT_FIELDS.groupId);
      if (groupId !== null) {
        sequenceGroupIds.add(groupId);
        getGroup(groups, groupId).nominatedBy.add(exception);
      } else if (hit._id !== undefined) {
        const group = getGroup(groups, hit._id);
        addDocument(group, hit._id, hit._source);
        group.nominatedBy.add(exception);
      }
    }
  });

  const groupIds = [...sequenceGroupIds];
  const chunks: string[][] = [];
  for (let start = 0; start < groupIds.length; start += GROUP_CHUNK_SIZE) {
    chunks.push(groupIds.slice(start, start + GROUP_CHUNK_SIZE));
  }
  const groupHits = await searchAllHits(
    esClient,
    index,
    chunks.map((chunk) => buildGroupSearch(spaceId, chunk)),
    'exception groups'
  );
  for (const hit of groupHits.flat()) {
    const groupId = getString(hit._source, ALERT_FIELDS.groupId);
    if (groupId !== null && hit._id !== undefined) {
      addDocument(getGroup(groups, groupId), hit._id, hit._source);
    }
  }

  const matches = new Map<string, string[]>();
  for (const group of groups.values()) {
    if (group.alertId === null || !isInPeriod(group.timestamp, period)) {
      continue;
    }
    const matched = findMatchingExceptions(group, [...group.nominatedBy]);
    if (matched.length > 0) {
      matches.set(group.alertId, matched.map((exception) => exception.id));
    }
  }
  return matches;
}

function getGroup(groups: Map<string, AlertGroup>, key: string): AlertGroup {
  let group = groups.get(key);
  if (group === undefined) {
    group = { alertId: null, ruleId: null, timestamp: null, documents: [], nominatedBy: new Set() };
    groups.set(key, group);
  }
  return group;
}

/** Adds a document to its group; the one that is not a building block is the alert itself. */
function addDocument(group: AlertGroup, id: string, source: unknown): void {
  group.documents.push(source);
  if (getString(source, ALERT_FIELDS.buildingBlockType) === null) {
    group.alertId = id;
    group.ruleId = getString(source, ALERT_FIELDS.ruleId);
    group.timestamp = getString(source, ECS_FIELDS.timestamp);
  }
}

function isInPeriod(timestamp: string | null, period: MatchPeriod): boolean {
  const time = timestamp === null ? Number.NaN : Date.parse(timestamp);
  return time >= period.start.valueOf() && time <= period.end.valueOf();
}
