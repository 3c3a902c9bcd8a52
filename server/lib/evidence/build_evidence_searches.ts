import type { estypes } from '@elastic/elasticsearch';

import {
  alertsIndexForSpace,
  FILE_EVENTS_INDEX,
  NETWORK_EVENTS_INDEX,
  PROCESS_EVENTS_INDEX,
} from '../../../common/constants';
import { FILE_ACTIONS, type EventRef } from '../../../common/api/evidence';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import type { AlertContext } from './alert_context';
import { buildClientAggregations } from './client_aggregations';

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

type Query = estypes.QueryDslQueryContainer;

/** The path a file had before a rename, in Elastic Defend file events. */
export const FILE_ORIGINAL_PATH = 'file.Ext.original.path';

const term = (field: string, value: string): Query => ({ term: { [field]: value } });
const byTime: estypes.Sort = [{ [ECS_FIELDS.timestamp]: { order: 'asc' } }];

function inWindow(context: AlertContext): Query {
  return { range: { [ECS_FIELDS.timestamp]: { gte: context.window.start, lte: context.window.end } } };
}

function onHost(context: AlertContext): Query[] {
  return context.hostName === null ? [] : [term(ECS_FIELDS.hostName, context.hostName)];
}

/**
 * Builds the searches that run together in one msearch after the alert is read. Sections
 * that lack what they filter on are left out: the server's searches need its entity id,
 * and the host-wide event searches (outbound connections, files) need a host name.
 */
export function buildEvidenceSearches(context: AlertContext): EvidenceSearch[] {
  const searches: EvidenceSearch[] = [];
  const add = (section: EvidenceSection, index: string, body: estypes.SearchSearchRequestBody) =>
    searches.push({ section, index, body });
  const alertsIndex = alertsIndexForSpace(context.spaceId);
  const entityId = context.entityId;

  if (context.groupId !== null) {
    add('building_blocks', alertsIndex, {
      size: SECTION_SIZES.building_blocks,
      sort: [{ [ALERT_FIELDS.groupIndex]: { order: 'asc', unmapped_type: 'long' } }],
      query: {
        bool: {
          filter: [
            term(ALERT_FIELDS.spaceIds, context.spaceId),
            term(ALERT_FIELDS.groupId, context.groupId),
            { exists: { field: ALERT_FIELDS.buildingBlockType } },
            ...onHost(context),
          ],
        },
      },
    });
  }

  if (entityId !== null) {
    add('server_process', PROCESS_EVENTS_INDEX, {
      size: SECTION_SIZES.server_process,
      sort: byTime,
      query: {
        bool: {
          filter: [
            ...onHost(context),
            term(ECS_FIELDS.processEntityId, entityId),
            { terms: { [ECS_FIELDS.eventAction]: ['exec', 'fork', 'end'] } },
            inWindow(context),
          ],
        },
      },
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
      query: {
        bool: {
          filter: [...onHost(context), term(ECS_FIELDS.eventAction, 'exec'), inWindow(context)],
          should: [
            term(ECS_FIELDS.parentEntityId, entityId),
            term(ECS_FIELDS.processAncestry, entityId),
          ],
          minimum_should_match: 1,
        },
      },
    });

    add('clients', NETWORK_EVENTS_INDEX, {
      size: 0,
      track_total_hits: true,
      query: {
        bool: {
          filter: [
            ...onHost(context),
            term(ECS_FIELDS.eventAction, 'connection_accepted'),
            term(ECS_FIELDS.processEntityId, entityId),
            inWindow(context),
          ],
        },
      },
      aggs: buildClientAggregations(),
    });
  }

  if (context.hostName !== null && entityId !== null) {
    // The children's entity ids are only known once this msearch returns, so the query
    // takes every outbound attempt on the host and the parser keeps the server's and its
    // children's.
    add('outbound', NETWORK_EVENTS_INDEX, {
      size: SECTION_SIZES.outbound,
      sort: byTime,
      query: {
        bool: {
          filter: [
            ...onHost(context),
            term(ECS_FIELDS.eventAction, 'connection_attempted'),
            inWindow(context),
          ],
        },
      },
    });
    add('files', FILE_EVENTS_INDEX, {
      size: SECTION_SIZES.files,
      sort: byTime,
      query: buildFilesQuery(context, entityId),
    });
  }

  if (context.hostName !== null || context.userName !== null) {
    const sameHostOrUser = [
      ...onHost(context),
      ...(context.userName === null ? [] : [term(ECS_FIELDS.userName, context.userName)]),
    ];
    add('related_alerts', alertsIndex, {
      size: SECTION_SIZES.related_alerts,
      sort: [{ [ECS_FIELDS.timestamp]: { order: 'desc' } }],
      query: {
        bool: {
          filter: [term(ALERT_FIELDS.spaceIds, context.spaceId), inWindow(context)],
          should: sameHostOrUser,
          minimum_should_match: 1,
          must_not: [
            { ids: { values: [context.alert.id] } },
            { exists: { field: ALERT_FIELDS.buildingBlockType } },
          ],
        },
      },
    });
  }

  return searches;
}

/**
 * Finds the exec events of the server's ancestors and its session's entry leader. The
 * shell alert of the Connection rule does not carry `process.Ext.ancestry`, so a terms
 * lookup reads it from the exec event in the engine, which keeps this search in the same
 * round trip. Ancestors may have started long before the window, so only its end applies.
 */
function buildAncestryQuery(context: AlertContext): Query | null {
  const exec = context.execEventRef;
  const lookup = (source: EventRef, path: string): Query => ({
    terms: { [ECS_FIELDS.processEntityId]: { index: source.index, id: source.id, path } },
  });

  const should: Query[] = [];
  const knownIds = [...context.ancestryIds];
  if (context.entryLeaderId !== null) {
    knownIds.push(context.entryLeaderId);
  }
  if (knownIds.length > 0) {
    should.push({ terms: { [ECS_FIELDS.processEntityId]: knownIds } });
  }
  if (exec !== null && context.ancestryIds.length === 0) {
    should.push(lookup(exec, ECS_FIELDS.processAncestry));
  }
  if (exec !== null && context.entryLeaderId === null) {
    should.push(lookup(exec, ECS_FIELDS.entryLeaderEntityId));
  }
  if (should.length === 0) {
    return null;
  }

  return {
    bool: {
      filter: [
        ...onHost(context),
        term(ECS_FIELDS.eventAction, 'exec'),
        { range: { [ECS_FIELDS.timestamp]: { lte: context.window.end } } },
      ],
      should,
      minimum_should_match: 1,
    },
  };
}

/**
 * Finds file events on the host. When the alert carries the working directory (single-event
 * alerts), the query keeps only paths under the served directory and files the server wrote.
 * A shell alert does not, so the parser filters instead.
 *
 * NOTE: with the prefix filter, files the children write outside the served directory are
 * missed, because their entity ids are unknown until this round trip returns.
 */
function buildFilesQuery(context: AlertContext, entityId: string): Query {
  const filter: Query[] = [
    ...onHost(context),
    { terms: { [ECS_FIELDS.eventAction]: [...FILE_ACTIONS] } },
    inWindow(context),
  ];
  const directory = context.servedDirectory;
  if (directory === null || !directory.startsWith('/')) {
    return { bool: { filter } };
  }

  const prefix = directory === '/' ? '/' : `${directory}/`;
  return {
    bool: {
      filter,
      should: [
        { prefix: { [ECS_FIELDS.filePath]: prefix } },
        { prefix: { [FILE_ORIGINAL_PATH]: prefix } },
        term(ECS_FIELDS.processEntityId, entityId),
      ],
      minimum_should_match: 1,
    },
  };
}
