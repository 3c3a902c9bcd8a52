import { PLUGIN_ID, alertsIndexForSpace } from '../../../common/constants';
import type { ExceptionListItemSync, ExceptionRecord } from '../../../common/api/exceptions';
import { ALERT_FIELDS, ECS_FIELDS } from '../../../common/ecs_fields';
import { getField } from '../../../common/get_field';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import type {
  CreateExceptionListItemOptions,
  ExceptionListClient,
  ExceptionListItemSchema,
  Logger,
  NamespaceType,
} from '../../kibana_contracts';
import type { ExceptionListSync } from './exception_list_sync';

/** Rule default exception lists are space-bound (`single`), and an item shares its list's. */
const NAMESPACE_TYPE: NamespaceType = 'single';

/** The exception lists a rule references, copied onto each of its alerts. */
const EXCEPTIONS_LIST_FIELD = 'kibana.alert.rule.exceptions_list';

/** One exception list item to write: the rule it applies to and its `item_id`. */
export interface ExceptionListItemTarget {
  ruleId: string;
  itemId: string;
}

/** A rule's default exception list, as `kibana.alert.rule.exceptions_list` references it. */
export interface RuleDefaultList {
  id: string;
  list_id: string;
}

/**
 * Returns the items an exception needs, one per rule. Kibana's create route rejects an
 * `item_id` that already exists in the namespace, in any list, so one item id can sit in
 * one list only. An exception of one rule uses its own id as the item id, and an exception
 * of several rules uses `<exception id>:<rule id>` for each rule.
 */
export function toExceptionListItemTargets(
  exception: Pick<ExceptionRecord, 'id' | 'rule_ids'>
): ExceptionListItemTarget[] {
  if (exception.rule_ids.length === 1) {
    return [{ ruleId: exception.rule_ids[0], itemId: exception.id }];
  }
  return exception.rule_ids.map((ruleId) => ({ ruleId, itemId: `${exception.id}:${ruleId}` }));
}

/** Returns the `rule_default` entry of a `kibana.alert.rule.exceptions_list` value, or null. */
export function parseRuleDefaultList(value: unknown): RuleDefaultList | null {
  const references = Array.isArray(value) ? value : [value];
  for (const reference of references) {
    const id = getField(reference, 'id');
    const listId = getField(reference, 'list_id');
    if (
      getField(reference, 'type') === 'rule_default' &&
      getField(reference, 'namespace_type') === NAMESPACE_TYPE &&
      typeof id === 'string' &&
      typeof listId === 'string'
    ) {
      return { id, list_id: listId };
    }
  }
  return null;
}

/**
 * Reads the default exception list of a rule from its newest alert in the space, with the
 * client it is given. Returns null when the rule has no alert or no default list.
 */
export async function findRuleDefaultList(
  esClient: ElasticsearchClient,
  spaceId: string,
  ruleId: string
): Promise<RuleDefaultList | null> {
  const response = await esClient.search<unknown>({
    index: alertsIndexForSpace(spaceId),
    ignore_unavailable: true,
    allow_no_indices: true,
    size: 1,
    sort: [{ [ECS_FIELDS.timestamp]: { order: 'desc', unmapped_type: 'date' } }],
    _source: [EXCEPTIONS_LIST_FIELD],
    query: {
      bool: {
        filter: [
          { term: { [ALERT_FIELDS.ruleId]: ruleId } },
          { term: { [ALERT_FIELDS.spaceIds]: spaceId } },
        ],
      },
    },
  });
  const source = response.hits.hits[0]?._source;
  return parseRuleDefaultList(getField(source, EXCEPTIONS_LIST_FIELD));
}

/** Maps an exception to the fields of its item in the rule's default list. */
export function toExceptionListItem(
  exception: ExceptionRecord,
  target: ExceptionListItemTarget,
  listId: string
): CreateExceptionListItemOptions {
  return {
    comments: [],
    description: exception.reason,
    entries: exception.entries,
    expireTime: exception.expire_time ?? undefined,
    itemId: target.itemId,
    listId,
    meta: { source: PLUGIN_ID, exception_id: exception.id },
    name: exception.name,
    namespaceType: NAMESPACE_TYPE,
    osTypes: ['linux'],
    tags: [PLUGIN_ID, `category:${exception.category}`],
    type: 'simple',
  };
}

export interface KibanaExceptionListSyncOptions {
  /** The lists plugin's client, acting as the user who sent the request. */
  client: ExceptionListClient;
  /** Returns the rule's default exception list in the request's space, or null. */
  findDefaultList(ruleId: string): Promise<RuleDefaultList | null>;
  logger: Logger;
  /** Returns the current time as ISO 8601. */
  now(): string;
}

/**
 * Writes each active exception as items of its rules' default exception lists through the
 * lists plugin, so the rules themselves stop alerting. Each item is written on its own: a
 * failed item is returned as `failed` and logged once, and the others are still written.
 */
export class KibanaExceptionListSync implements ExceptionListSync {
  readonly enabled = true;

  constructor(private readonly options: KibanaExceptionListSyncOptions) {}

  async write(
    exception: ExceptionRecord,
    previous: ExceptionRecord | null
  ): Promise<ExceptionListItemSync[]> {
    if (exception.state !== 'active') {
      await this.deleteItems(exception, writtenTargetsOf(exception, previous));
      return [];
    }

    const targets = toExceptionListItemTargets(exception);
    const currentIds = new Set(targets.map((target) => target.itemId));
    const stale = writtenTargetsOf(exception, previous).filter(
      (target) => !currentIds.has(target.itemId)
    );
    const failedDeletes = await this.deleteItems(exception, stale);

    const written: ExceptionListItemSync[] = [];
    for (const target of targets) {
      written.push(await this.writeItem(exception, target));
    }
    return [...written, ...failedDeletes];
  }

  async remove(exception: ExceptionRecord): Promise<void> {
    await this.deleteItems(exception, writtenTargetsOf(exception, null));
  }

  private async writeItem(
    exception: ExceptionRecord,
    target: ExceptionListItemTarget
  ): Promise<ExceptionListItemSync> {
    let listId: string | null = null;
    try {
      const list = await this.options.findDefaultList(target.ruleId);
      if (list === null) {
        return this.failed(exception, target, null, missingListMessage(target.ruleId));
      }
      listId = list.list_id;

      const { client } = this.options;
      const stored = await client.getExceptionList({
        listId,
        id: undefined,
        namespaceType: NAMESPACE_TYPE,
      });
      if (stored === null) {
        return this.failed(exception, target, listId, deletedListMessage(target.ruleId, listId));
      }

      await this.putItem(toExceptionListItem(exception, target, listId));
      return this.toItemSync(target, listId, null);
    } catch (error) {
      return this.failed(exception, target, listId, errorMessage(error));
    }
  }

  /**
   * Creates the item, or replaces the stored one with the same item id. An item found in
   * another list (the rule got a new default list) is deleted first, because an update
   * keeps the item's list.
   */
  private async putItem(item: CreateExceptionListItemOptions): Promise<void> {
    const { client } = this.options;
    const itemRef = { itemId: item.itemId, id: undefined, namespaceType: NAMESPACE_TYPE };
    let stored: ExceptionListItemSchema | null = await client.getExceptionListItem(itemRef);
    if (stored !== null && stored.list_id !== item.listId) {
      await client.deleteExceptionListItem(itemRef);
      stored = null;
    }
    if (stored === null) {
      await client.createExceptionListItem(item);
      return;
    }

    const updated = await client.updateOverwriteExceptionListItem({
      ...item,
      _version: stored._version,
      // The stored comments go back unchanged: Kibana adds only comments without an id,
      // and some versions reject an update that lists fewer comments than are stored.
      comments: stored.comments,
      id: undefined,
    });
    if (updated === null) {
      throw new Error(`Item ${item.itemId} was deleted while it was being updated; save again`);
    }
  }

  /** Deletes the items; a missing item is not an error. Returns the items that failed. */
  private async deleteItems(
    exception: ExceptionRecord,
    targets: ExceptionListItemTarget[]
  ): Promise<ExceptionListItemSync[]> {
    const failures: ExceptionListItemSync[] = [];
    for (const target of targets) {
      try {
        await this.options.client.deleteExceptionListItem({
          itemId: target.itemId,
          id: undefined,
          namespaceType: NAMESPACE_TYPE,
        });
      } catch (error) {
        const stored = exception.list_items.find((item) => item.item_id === target.itemId);
        const message =
          `Failed to delete the item: ${errorMessage(error)}. Delete it from the rule's ` +
          'exceptions in the Security app.';
        failures.push(this.failed(exception, target, stored?.list_id ?? null, message));
      }
    }
    return failures;
  }

  private toItemSync(
    target: ExceptionListItemTarget,
    listId: string | null,
    message: string | null
  ): ExceptionListItemSync {
    return {
      rule_id: target.ruleId,
      list_id: listId,
      item_id: target.itemId,
      status: message === null ? 'synced' : 'failed',
      message,
      synced_at: this.options.now(),
    };
  }

  private failed(
    exception: ExceptionRecord,
    target: ExceptionListItemTarget,
    listId: string | null,
    message: string
  ): ExceptionListItemSync {
    this.options.logger.warn(
      `Failed to write exception list item ${target.itemId} of exception ${exception.id} ` +
        `for rule ${target.ruleId}: ${message}`
    );
    return this.toItemSync(target, listId, message);
  }
}

/**
 * Returns every item the exception may have written, once per item id: the items of its
 * rules, of the rules `previous` named, and those the records' `list_items` store.
 */
function writtenTargetsOf(
  exception: ExceptionRecord,
  previous: ExceptionRecord | null
): ExceptionListItemTarget[] {
  const records = previous === null ? [exception] : [exception, previous];
  const targets = records.flatMap((record) => [
    ...toExceptionListItemTargets(record),
    ...record.list_items.map((item) => ({ ruleId: item.rule_id, itemId: item.item_id })),
  ]);
  const byItemId = new Map(targets.map((target) => [target.itemId, target]));
  return [...byItemId.values()];
}

function missingListMessage(ruleId: string): string {
  return (
    `Rule ${ruleId} has no default exception list in this space. Add one exception to the ` +
    'rule in the Security app first, then save this exception again.'
  );
}

function deletedListMessage(ruleId: string, listId: string): string {
  return (
    `The default exception list ${listId} of rule ${ruleId} was not found. Add one exception ` +
    'to the rule in the Security app first, then save this exception again.'
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
