import type { Client } from '@elastic/elasticsearch';

import { SUPPORTED_RULE_IDS, alertsIndexForSpace } from '../../common/constants';
import { ALERT_FIELDS } from '../../common/ecs_fields';
import { writeBatch, type SampleDataLogger } from './load_sample_data';
import { ALERTS_ALIAS, ALERTS_INDEX, type SampleDocument } from './types';

/** Shell and single-event alerts copied per rule, the newest first. */
export const COPIED_ALERTS_PER_RULE = 3;

/** Backing index of a space's alerts, named as Kibana names the first one. */
export const spaceAlertsIndex = (spaceId: string): string =>
  `.internal.alerts-security.alerts-${spaceId}-000001`;

type AlertSource = Record<string, unknown>;

export interface CopyAlertsResult {
  /** False when the space's alerts alias already contained documents and nothing was written. */
  copied: boolean;
  /** Alert documents written, building blocks included. */
  documents: number;
}

/**
 * Gives another space sample alerts: copies the newest shell and single-event alerts of
 * each rule from the default space, with their building blocks, into the space's own
 * alerts index. The copies keep their ids and get the space in `kibana.space_ids`, and
 * their ancestors point at the space's index. Writes nothing when the space's alerts alias
 * already contains documents. The default space's sample data must be loaded first,
 * because its index template maps the new index.
 */
export async function copyAlertsToSpace(
  client: Client,
  spaceId: string,
  logger: SampleDataLogger
): Promise<CopyAlertsResult> {
  const alias = alertsIndexForSpace(spaceId);
  if (await aliasHasDocuments(client, alias)) {
    logger.info(`Sample alerts not copied: ${alias} already contains alerts`);
    return { copied: false, documents: 0 };
  }

  const shells = await findNewestAlerts(client);
  const groupIds = shells.flatMap((hit) => {
    const groupId = hit.source[ALERT_FIELDS.groupId];
    return typeof groupId === 'string' ? [groupId] : [];
  });
  const buildingBlocks = await findBuildingBlocks(client, groupIds);

  const index = spaceAlertsIndex(spaceId);
  if (!(await client.indices.exists({ index }))) {
    await client.indices.create({ index, aliases: { [alias]: { is_write_index: true } } });
  }
  const documents: SampleDocument[] = [...shells, ...buildingBlocks].map((hit) => ({
    index,
    id: hit.id,
    source: toSpaceAlert(hit.source, spaceId),
  }));
  if (documents.length > 0) {
    await writeBatch(client, documents);
  }
  await client.indices.refresh({ index: alias });

  logger.info(`Copied ${documents.length} alert documents of the default space into ${alias}`);
  return { copied: true, documents: documents.length };
}

/** Returns a copy of an alert that belongs to the space. */
export function toSpaceAlert(source: AlertSource, spaceId: string): AlertSource {
  const ancestors = source[ALERT_FIELDS.ancestors];
  const copy: AlertSource = { ...source, [ALERT_FIELDS.spaceIds]: [spaceId] };
  if (Array.isArray(ancestors)) {
    const index = spaceAlertsIndex(spaceId);
    copy[ALERT_FIELDS.ancestors] = ancestors.map((ancestor: unknown) =>
      isAncestorInDefaultIndex(ancestor) ? { ...ancestor, index } : ancestor
    );
  }
  return copy;
}

function isAncestorInDefaultIndex(ancestor: unknown): ancestor is { index: string } {
  return (
    typeof ancestor === 'object' &&
    ancestor !== null &&
    'index' in ancestor &&
    ancestor.index === ALERTS_INDEX
  );
}

async function aliasHasDocuments(client: Client, alias: string): Promise<boolean> {
  if (!(await client.indices.exists({ index: alias }))) {
    return false;
  }
  const { count } = await client.count({ index: alias });
  return count > 0;
}

interface AlertHit {
  id: string;
  source: AlertSource;
}

async function findNewestAlerts(client: Client): Promise<AlertHit[]> {
  const hits: AlertHit[] = [];
  for (const ruleId of SUPPORTED_RULE_IDS) {
    const response = await client.search<AlertSource>({
      index: ALERTS_ALIAS,
      size: COPIED_ALERTS_PER_RULE,
      sort: [{ '@timestamp': 'desc' }],
      query: {
        bool: {
          filter: [{ term: { [ALERT_FIELDS.ruleId]: ruleId } }],
          must_not: [{ exists: { field: ALERT_FIELDS.buildingBlockType } }],
        },
      },
    });
    hits.push(...toAlertHits(response.hits.hits));
  }
  return hits;
}

async function findBuildingBlocks(client: Client, groupIds: string[]): Promise<AlertHit[]> {
  if (groupIds.length === 0) {
    return [];
  }
  const response = await client.search<AlertSource>({
    index: ALERTS_ALIAS,
    size: 1_000,
    query: {
      bool: {
        filter: [
          { terms: { [ALERT_FIELDS.groupId]: groupIds } },
          { exists: { field: ALERT_FIELDS.buildingBlockType } },
        ],
      },
    },
  });
  return toAlertHits(response.hits.hits);
}

function toAlertHits(hits: Array<{ _id?: string; _source?: AlertSource }>): AlertHit[] {
  return hits.flatMap((hit) =>
    hit._id === undefined || hit._source === undefined ? [] : [{ id: hit._id, source: hit._source }]
  );
}
