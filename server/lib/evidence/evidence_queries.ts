import type { estypes } from '@elastic/elasticsearch';

import { FILE_ACTIONS, type EventRef } from '../../../common/api/evidence';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import type { AlertContext } from './alert_context';

type Query = estypes.QueryDslQueryContainer;

/** The path a file had before a rename, in Elastic Defend file events. */
export const FILE_ORIGINAL_PATH = 'file.Ext.original.path';

export const term = (field: string, value: string): Query => ({ term: { [field]: value } });
export const byTime: estypes.Sort = [{ [ECS_FIELDS.timestamp]: { order: 'asc' } }];

export function inWindow(context: AlertContext): Query {
  const { start, end } = context.window;
  return { range: { [ECS_FIELDS.timestamp]: { gte: start, lte: end } } };
}

export function onHost(context: AlertContext): Query[] {
  return context.hostName === null ? [] : [term(ECS_FIELDS.hostName, context.hostName)];
}

/** Finds the group's building blocks in the space. */
export function buildBuildingBlocksQuery(context: AlertContext, groupId: string): Query {
  return {
    bool: {
      filter: [
        term(ALERT_FIELDS.spaceIds, context.spaceId),
        term(ALERT_FIELDS.groupId, groupId),
        { exists: { field: ALERT_FIELDS.buildingBlockType } },
        ...onHost(context),
        inWindow(context),
      ],
    },
  };
}

/** Finds the server's own exec, fork and end events. */
export function buildServerProcessQuery(context: AlertContext, entityId: string): Query {
  return {
    bool: {
      filter: [
        ...onHost(context),
        term(ECS_FIELDS.processEntityId, entityId),
        { terms: { [ECS_FIELDS.eventAction]: ['exec', 'fork', 'end'] } },
        inWindow(context),
      ],
    },
  };
}

/** Finds the exec events of the server's children and their descendants. */
export function buildChildrenQuery(context: AlertContext, entityId: string): Query {
  return {
    bool: {
      filter: [...onHost(context), term(ECS_FIELDS.eventAction, 'exec'), inWindow(context)],
      should: [
        term(ECS_FIELDS.parentEntityId, entityId),
        term(ECS_FIELDS.processAncestry, entityId),
      ],
      minimum_should_match: 1,
    },
  };
}

/** Finds the connections the server accepted. */
export function buildAcceptedConnectionsQuery(context: AlertContext, entityId: string): Query {
  return {
    bool: {
      filter: [
        ...onHost(context),
        term(ECS_FIELDS.eventAction, 'connection_accepted'),
        term(ECS_FIELDS.processEntityId, entityId),
        inWindow(context),
      ],
    },
  };
}

/**
 * Finds every outbound connection attempt on the host. The children's entity ids are only
 * known once this round trip returns, so the parser keeps the server's and its children's.
 */
export function buildOutboundQuery(context: AlertContext): Query {
  return {
    bool: {
      filter: [
        ...onHost(context),
        term(ECS_FIELDS.eventAction, 'connection_attempted'),
        inWindow(context),
      ],
    },
  };
}

/**
 * Finds the other shell and single-event alerts on the same host or by the same user.
 * Building blocks and the alert itself are excluded.
 */
export function buildRelatedAlertsQuery(context: AlertContext): Query {
  const sameHostOrUser = [
    ...onHost(context),
    ...(context.userName === null ? [] : [term(ECS_FIELDS.userName, context.userName)]),
  ];
  return {
    bool: {
      filter: [term(ALERT_FIELDS.spaceIds, context.spaceId), inWindow(context)],
      should: sameHostOrUser,
      minimum_should_match: 1,
      must_not: [
        { ids: { values: [context.alert.id] } },
        { exists: { field: ALERT_FIELDS.buildingBlockType } },
      ],
    },
  };
}

/**
 * Finds the start events of the server's ancestors and its session's entry leader: exec
 * events, and fork events for ancestors that never ran exec (a forked web server worker). The
 * shell alert of the Connection rule does not carry `process.Ext.ancestry`, so a terms
 * lookup reads it from the exec event in the engine, which keeps this search in the same
 * round trip. Ancestors may have started long before the window, so only its end applies.
 */
export function buildAncestryQuery(context: AlertContext): Query | null {
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
        { terms: { [ECS_FIELDS.eventAction]: ['exec', 'fork'] } },
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
export function buildFilesQuery(context: AlertContext, entityId: string): Query {
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
