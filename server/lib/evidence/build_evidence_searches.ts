import type { estypes } from '@elastic/elasticsearch';

import {
  alertsIndexForSpace,
  FILE_EVENTS_INDEX,
  NETWORK_EVENTS_INDEX,
  PROCESS_EVENTS_INDEX,
} from '../../../common/constants';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import type { AlertContext } from './alert_context';
import { buildClientAggregations } from './client_aggregations';
import {
  buildAcceptedConnectionsQuery,
  buildAncestryQuery,
  buildBuildingBlocksQuery,
  buildChildrenQuery,
  buildFilesQuery,
  buildOutboundQuery,
  buildRelatedAlertsQuery,
  buildServerProcessQuery,
  byTime,
} from './evidence_queries';

export const EVIDENCE_SECTIONS = [
  'building_blocks',
  'server_process',
  'ancestry',
  'children',
  'clients',
  'outbound',
  'files',
  'related_alerts',
] as const;
export type EvidenceSection = (typeof EVIDENCE_SECTIONS)[number];

/** Maximum hits per section. A section that reaches its limit is reported as truncated. */
export const SECTION_SIZES = {
  building_blocks: 10,
  server_process: 20,
  ancestry: 100,
  children: 200,
  outbound: 500,
  files: 500,
  related_alerts: 50,
} as const;

/** One search of the evidence msearch. */
export interface EvidenceSearch {
  section: EvidenceSection;
  index: string;
  body: estypes.SearchSearchRequestBody;
}

/**
 * Builds the searches that run together in one msearch after the alert is read. A section
 * is left out when the alert lacks what it filters on. The server's searches need its
 * entity id, the outbound and file searches also need a host name, and the related-alerts
 * search needs a host or user name.
 */
export function buildEvidenceSearches(context: AlertContext): EvidenceSearch[] {
  const searches: EvidenceSearch[] = [];
  const add = (section: EvidenceSection, index: string, body: estypes.SearchSearchRequestBody) =>
    searches.push({ section, index, body });
  const alertsIndex = alertsIndexForSpace(context.spaceId);
  const { entityId, groupId } = context;

  if (groupId !== null) {
    add('building_blocks', alertsIndex, {
      size: SECTION_SIZES.building_blocks,
      sort: [{ [ALERT_FIELDS.groupIndex]: { order: 'asc', unmapped_type: 'long' } }],
      query: buildBuildingBlocksQuery(context, groupId),
    });
  }

  if (entityId !== null) {
    add('server_process', PROCESS_EVENTS_INDEX, {
      size: SECTION_SIZES.server_process,
      sort: byTime,
      query: buildServerProcessQuery(context, entityId),
    });
    const ancestryQuery = buildAncestryQuery(context);
    if (ancestryQuery !== null) {
      add('ancestry', PROCESS_EVENTS_INDEX, {
        size: SECTION_SIZES.ancestry,
        sort: byTime,
        query: ancestryQuery,
      });
    }
    add('children', PROCESS_EVENTS_INDEX, {
      size: SECTION_SIZES.children,
      sort: byTime,
      query: buildChildrenQuery(context, entityId),
    });
    add('clients', NETWORK_EVENTS_INDEX, {
      size: 0,
      track_total_hits: true,
      query: buildAcceptedConnectionsQuery(context, entityId),
      aggs: buildClientAggregations(),
    });
  }

  if (context.hostName !== null && entityId !== null) {
    add('outbound', NETWORK_EVENTS_INDEX, {
      size: SECTION_SIZES.outbound,
      sort: byTime,
      query: buildOutboundQuery(context),
    });
    add('files', FILE_EVENTS_INDEX, {
      size: SECTION_SIZES.files,
      sort: byTime,
      query: buildFilesQuery(context, entityId),
    });
  }

  if (context.hostName !== null || context.userName !== null) {
    add('related_alerts', alertsIndex, {
      size: SECTION_SIZES.related_alerts,
      sort: [{ [ECS_FIELDS.timestamp]: { order: 'desc' } }],
      query: buildRelatedAlertsQuery(context),
    });
  }

  return searches;
}
