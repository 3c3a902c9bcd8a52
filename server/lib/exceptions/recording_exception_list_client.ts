import type {
  CreateExceptionListItemOptions,
  DeleteExceptionListItemOptions,
  ExceptionListClient,
  ExceptionListItemSchema,
  ExceptionListSchema,
  ExceptionListType,
  GetExceptionListItemOptions,
  GetExceptionListOptions,
  NamespaceType,
  UpdateExceptionListItemOptions,
} from '../../kibana_contracts';

/** One call the fake received, with its options as passed. */
export interface RecordedListCall {
  method: keyof ExceptionListClient;
  options: object;
}

/**
 * An in-memory `ExceptionListClient` for tests. It stores lists and items in Kibana's
 * response shapes and records every call. Like Kibana's create route, it rejects an item
 * whose `item_id` already exists in the namespace, in any list, and an item for a list
 * that does not exist. Like the saved objects client, it rejects an update whose
 * `_version` is not the stored one.
 */
export class RecordingExceptionListClient implements ExceptionListClient {
  readonly calls: RecordedListCall[] = [];
  private readonly lists = new Map<string, ExceptionListSchema>();
  private readonly items = new Map<string, ExceptionListItemSchema>();
  private readonly rejectedLists = new Map<string, string>();
  private sequence = 0;

  constructor(
    private readonly user = 'admin',
    private readonly now: () => string = () => new Date().toISOString()
  ) {}

  /** Stores an exception list, as the Security app does when a rule gets its first exception. */
  addList(
    listId: string,
    type: ExceptionListType = 'rule_default',
    namespaceType: NamespaceType = 'single'
  ): ExceptionListSchema {
    const time = this.now();
    const list: ExceptionListSchema = {
      _version: this.nextVersion(),
      created_at: time,
      created_by: this.user,
      description: `Exception list ${listId}`,
      id: `saved-object-${listId}`,
      immutable: false,
      list_id: listId,
      meta: undefined,
      name: `Exceptions of ${listId}`,
      namespace_type: namespaceType,
      os_types: [],
      tags: [],
      tie_breaker_id: `tie-breaker-${listId}`,
      type,
      updated_at: time,
      updated_by: this.user,
      version: 1,
    };
    this.lists.set(key(namespaceType, listId), list);
    return list;
  }

  /** Makes every later item write to the list fail with `message`. */
  rejectWritesTo(listId: string, message: string): void {
    this.rejectedLists.set(listId, message);
  }

  /** Returns the stored item with the item id, or undefined. */
  storedItem(
    itemId: string,
    namespaceType: NamespaceType = 'single'
  ): ExceptionListItemSchema | undefined {
    return this.items.get(key(namespaceType, itemId));
  }

  /** Returns the stored items of a list, ordered by item id. */
  itemsOf(listId: string): ExceptionListItemSchema[] {
    return [...this.items.values()]
      .filter((item) => item.list_id === listId)
      .sort((a, b) => a.item_id.localeCompare(b.item_id));
  }

  async getExceptionList(options: GetExceptionListOptions): Promise<ExceptionListSchema | null> {
    this.calls.push({ method: 'getExceptionList', options });
    const lists = [...this.lists.values()].filter(
      (list) => list.namespace_type === options.namespaceType
    );
    const found = lists.find((list) =>
      options.id !== undefined ? list.id === options.id : list.list_id === options.listId
    );
    return found ?? null;
  }

  async getExceptionListItem(
    options: GetExceptionListItemOptions
  ): Promise<ExceptionListItemSchema | null> {
    this.calls.push({ method: 'getExceptionListItem', options });
    return this.findItem(options);
  }

  async createExceptionListItem(
    options: CreateExceptionListItemOptions
  ): Promise<ExceptionListItemSchema> {
    this.calls.push({ method: 'createExceptionListItem', options });
    const itemKey = key(options.namespaceType, options.itemId);
    if (this.items.has(itemKey)) {
      throw new Error(`exception list item id: "${options.itemId}" already exists`);
    }
    if (!this.lists.has(key(options.namespaceType, options.listId))) {
      throw new Error(`exception list id: "${options.listId}" does not exist`);
    }
    this.checkRejected(options.listId);

    const time = this.now();
    const item: ExceptionListItemSchema = {
      _version: this.nextVersion(),
      comments: [],
      created_at: time,
      created_by: this.user,
      description: options.description,
      entries: options.entries,
      expire_time: options.expireTime,
      id: `saved-object-${this.sequence}`,
      item_id: options.itemId,
      list_id: options.listId,
      meta: options.meta,
      name: options.name,
      namespace_type: options.namespaceType,
      os_types: options.osTypes,
      tags: options.tags,
      tie_breaker_id: `tie-breaker-${this.sequence}`,
      type: options.type,
      updated_at: time,
      updated_by: this.user,
    };
    this.items.set(itemKey, item);
    return item;
  }

  async updateOverwriteExceptionListItem(
    options: UpdateExceptionListItemOptions
  ): Promise<ExceptionListItemSchema | null> {
    this.calls.push({ method: 'updateOverwriteExceptionListItem', options });
    const stored = this.findItem(options);
    if (stored === null) {
      return null;
    }
    if (options._version !== undefined && options._version !== stored._version) {
      throw new Error(`Saved object [exception-list/${stored.id}] conflict`);
    }
    this.checkRejected(stored.list_id);

    const item: ExceptionListItemSchema = {
      ...stored,
      _version: this.nextVersion(),
      description: options.description ?? stored.description,
      entries: options.entries,
      expire_time: options.expireTime,
      meta: options.meta,
      name: options.name ?? stored.name,
      os_types: options.osTypes,
      tags: options.tags ?? stored.tags,
      type: options.type ?? stored.type,
      updated_at: this.now(),
      updated_by: this.user,
    };
    this.items.set(key(stored.namespace_type, stored.item_id), item);
    return item;
  }

  async deleteExceptionListItem(
    options: DeleteExceptionListItemOptions
  ): Promise<ExceptionListItemSchema | null> {
    this.calls.push({ method: 'deleteExceptionListItem', options });
    const stored = this.findItem(options);
    if (stored !== null) {
      this.items.delete(key(stored.namespace_type, stored.item_id));
    }
    return stored;
  }

  private findItem(options: GetExceptionListItemOptions): ExceptionListItemSchema | null {
    if (options.id === undefined) {
      return this.items.get(key(options.namespaceType, options.itemId ?? '')) ?? null;
    }
    const found = [...this.items.values()].find(
      (item) => item.id === options.id && item.namespace_type === options.namespaceType
    );
    return found ?? null;
  }

  private checkRejected(listId: string): void {
    const message = this.rejectedLists.get(listId);
    if (message !== undefined) {
      throw new Error(message);
    }
  }

  /** Returns a new opaque version, shaped like a saved object's base64 `[seq_no, term]`. */
  private nextVersion(): string {
    this.sequence += 1;
    return Buffer.from(JSON.stringify([this.sequence, 1])).toString('base64');
  }
}

function key(namespaceType: NamespaceType, id: string): string {
  return `${namespaceType}:${id}`;
}
