import type { estypes } from '@elastic/elasticsearch';

import { NETWORK_EVENTS_INDEX } from '../../../common/constants';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { EXCEPTION_FIELDS } from '../../../common/exceptions/entries';

export interface EnrichmentKeys {
  groupIds: string[];
  entityIds: string[];
}

export const CLIENTS_AGGREGATION = 'by_entity_id';

/**
 * Builds the `_msearch` body that completes one page of list rows. It reads the building
 * blocks of the page's shell alerts, because a shell lacks the process arguments, the
 * working directory and the connection, and exceptions match on those fields. It also
 * counts each server's distinct clients and reads its listening port.
 */
export function buildEnrichmentSearches(
  alertsIndex: string,
  keys: EnrichmentKeys
): estypes.MsearchRequestItem[] {
  const searches: estypes.MsearchRequestItem[] = [];

  searches.push({ index: alertsIndex, ignore_unavailable: true });
  searches.push({
    size: keys.groupIds.length * 2,
    query: {
      bool: {
        filter: [
          { terms: { [ALERT_FIELDS.groupId]: keys.groupIds } },
          { exists: { field: ALERT_FIELDS.buildingBlockType } },
        ],
      },
    },
    _source: [
      ALERT_FIELDS.groupId,
      ALERT_FIELDS.groupIndex,
      ECS_FIELDS.processArgs,
      ECS_FIELDS.processWorkingDirectory,
      ECS_FIELDS.processCommandLine,
      ECS_FIELDS.destinationPort,
      ...EXCEPTION_FIELDS,
    ],
  });

  searches.push({ index: NETWORK_EVENTS_INDEX, ignore_unavailable: true, allow_no_indices: true });
  searches.push({
    size: 0,
    query: {
      bool: {
        filter: [
          { terms: { [ECS_FIELDS.processEntityId]: keys.entityIds } },
          { term: { [ECS_FIELDS.eventAction]: 'connection_accepted' } },
        ],
      },
    },
    aggs: {
      [CLIENTS_AGGREGATION]: {
        terms: { field: ECS_FIELDS.processEntityId, size: Math.max(keys.entityIds.length, 1) },
        aggs: {
          clients: { cardinality: { field: ECS_FIELDS.sourceIp } },
          ports: { terms: { field: ECS_FIELDS.destinationPort, size: 1 } },
        },
      },
    },
  });

  return searches;
}
