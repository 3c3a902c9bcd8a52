import type { CreateExceptionListItemOptions } from '../../kibana_contracts';
import { RecordingExceptionListClient } from './recording_exception_list_client';

function itemOptions(itemId: string, listId: string): CreateExceptionListItemOptions {
  return {
    comments: [],
    description: 'Backup job',
    entries: [{ field: 'host.name', type: 'match', operator: 'included', value: 'web-01' }],
    expireTime: undefined,
    itemId,
    listId,
    meta: undefined,
    name: 'Backup server',
    namespaceType: 'single',
    osTypes: ['linux'],
    tags: [],
    type: 'simple',
  };
}

describe('RecordingExceptionListClient', () => {
  it('rejects an item id used in another list', async () => {
    const client = new RecordingExceptionListClient();
    client.addList('list-a');
    client.addList('list-b');
    await client.createExceptionListItem(itemOptions('item-1', 'list-a'));

    await expect(client.createExceptionListItem(itemOptions('item-1', 'list-b'))).rejects.toThrow(
      'exception list item id: "item-1" already exists'
    );
    expect(client.itemsOf('list-b')).toEqual([]);
  });

  it('rejects an item for a missing list', async () => {
    const client = new RecordingExceptionListClient();
    await expect(client.createExceptionListItem(itemOptions('item-1', 'none'))).rejects.toThrow(
      'exception list id: "none" does not exist'
    );
  });

  it('rejects an update with a stale version', async () => {
    const client = new RecordingExceptionListClient();
    client.addList('list-a');
    const created = await client.createExceptionListItem(itemOptions('item-1', 'list-a'));
    const update = {
      ...itemOptions('item-1', 'list-a'),
      _version: created._version,
      id: undefined,
    };
    await client.updateOverwriteExceptionListItem(update);

    await expect(client.updateOverwriteExceptionListItem(update)).rejects.toThrow('conflict');
  });

  it('returns null for a missing item', async () => {
    const client = new RecordingExceptionListClient();
    const ref = { itemId: 'missing', id: undefined, namespaceType: 'single' as const };

    expect(await client.getExceptionListItem(ref)).toBeNull();
    expect(await client.deleteExceptionListItem(ref)).toBeNull();
    expect(client.calls.map((call) => call.method)).toEqual([
      'getExceptionListItem',
      'deleteExceptionListItem',
    ]);
  });

  it('returns items in the response shape', async () => {
    const client = new RecordingExceptionListClient('admin', () => '2026-06-01T12:00:00.000Z');
    client.addList('list-a');
    const item = await client.createExceptionListItem(itemOptions('item-1', 'list-a'));

    expect(Object.keys(item).sort()).toEqual([
      '_version',
      'comments',
      'created_at',
      'created_by',
      'description',
      'entries',
      'expire_time',
      'id',
      'item_id',
      'list_id',
      'meta',
      'name',
      'namespace_type',
      'os_types',
      'tags',
      'tie_breaker_id',
      'type',
      'updated_at',
      'updated_by',
    ]);
    expect(item.created_by).toBe('admin');
    expect(item.created_at).toBe('2026-06-01T12:00:00.000Z');
  });
});
