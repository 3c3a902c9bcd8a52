import { CLIENT_LIMITS, parseClientAggregations } from './client_aggregations';

const hit = (id: string) => ({ _id: id, _index: 'net-index' });
const topHits = (...ids: string[]) => ({ hits: { hits: ids.map(hit) } });

function clientBucket(options: {
  ip: string;
  count: number;
  first: string;
  last: string;
  ports: number[];
  firstIds: string[];
  lastId: string;
  otherPorts?: number;
}) {
  return {
    key: options.ip,
    doc_count: options.count,
    first_seen: { value: Date.parse(options.first) },
    last_seen: { value: Date.parse(options.last) },
    source_ports: {
      sum_other_doc_count: options.otherPorts ?? 0,
      buckets: options.ports.map((port) => ({ key: port, doc_count: 1 })),
    },
    first_events: topHits(...options.firstIds),
    last_event: topHits(options.lastId),
  };
}

const aggregations = {
  clients: {
    sum_other_doc_count: 0,
    buckets: [
      clientBucket({
        ip: '203.0.113.7',
        count: 3,
        first: '2024-05-01T10:05:00.000Z',
        last: '2024-05-01T11:00:00.000Z',
        ports: [51000, 50000],
        firstIds: ['a1', 'a2', 'a3'],
        lastId: 'a3',
      }),
      clientBucket({
        ip: '127.0.0.1',
        count: 1,
        first: '2024-05-01T10:01:00.000Z',
        last: '2024-05-01T10:01:00.000Z',
        ports: [40000],
        firstIds: ['l1'],
        lastId: 'l1',
      }),
    ],
  },
  listening_ports: {
    buckets: [{ key: 8080, doc_count: 4, events: topHits('a1', 'l1') }],
  },
  listening_addresses: {
    buckets: [{ key: '10.0.0.5', doc_count: 4 }],
  },
};

describe('parseClientAggregations', () => {
  const result = parseClientAggregations(aggregations);

  it('orders clients by first connection', () => {
    expect(result.clients.map((client) => client.ip)).toEqual(['127.0.0.1', '203.0.113.7']);
  });

  it('classifies client addresses', () => {
    expect(result.clients.map((client) => client.kind)).toEqual(['loopback', 'public']);
  });

  it('reads counts, times and sorted ports', () => {
    const client = result.clients[1];
    expect(client.connections).toBe(3);
    expect(client.first_seen).toBe('2024-05-01T10:05:00.000Z');
    expect(client.last_seen).toBe('2024-05-01T11:00:00.000Z');
    expect(client.source_ports).toEqual([50000, 51000]);
  });

  it('lists event refs without repeats', () => {
    expect(result.clients[1].events).toEqual([
      { id: 'a1', index: 'net-index' },
      { id: 'a2', index: 'net-index' },
      { id: 'a3', index: 'net-index' },
    ]);
  });

  it('reads the observed listeners', () => {
    expect(result.listeningPorts).toEqual([
      {
        value: 8080,
        connections: 4,
        events: [
          { id: 'a1', index: 'net-index' },
          { id: 'l1', index: 'net-index' },
        ],
      },
    ]);
    expect(result.listeningAddresses.map((listener) => listener.value)).toEqual(['10.0.0.5']);
  });

  it('is complete within the limits', () => {
    expect(result.truncated).toBe(false);
    expect(result.eventsTruncated).toBe(false);
  });

  it('is truncated when more clients exist', () => {
    const cut = parseClientAggregations({
      ...aggregations,
      clients: { ...aggregations.clients, sum_other_doc_count: 5 },
    });
    expect(cut.truncated).toBe(true);
  });

  it('is truncated when a client has more events than sampled', () => {
    const firstIds = Array.from({ length: CLIENT_LIMITS.eventsPerClient }, (_, i) => `e${i}`);
    const busy = clientBucket({
      ip: '198.51.100.1',
      count: CLIENT_LIMITS.eventsPerClient + 5,
      first: '2024-05-01T10:00:00.000Z',
      last: '2024-05-01T12:00:00.000Z',
      ports: [1],
      firstIds,
      lastId: 'last',
    });
    const cut = parseClientAggregations({ clients: { sum_other_doc_count: 0, buckets: [busy] } });
    expect(cut.eventsTruncated).toBe(true);
    expect(cut.truncated).toBe(false);
    expect(cut.clients[0].events).toHaveLength(CLIENT_LIMITS.eventsPerClient + 1);
    expect(cut.clients[0].events.at(-1)).toEqual({ id: 'last', index: 'net-index' });
  });

  it('is truncated when source ports are cut', () => {
    const bucket = clientBucket({
      ip: '198.51.100.1',
      count: 1,
      first: '2024-05-01T10:00:00.000Z',
      last: '2024-05-01T10:00:00.000Z',
      ports: [1],
      firstIds: ['x'],
      lastId: 'x',
      otherPorts: 3,
    });
    const cut = parseClientAggregations({ clients: { buckets: [bucket] } });
    expect(cut.truncated).toBe(true);
  });

  it('returns empty results without aggregations', () => {
    const empty = parseClientAggregations(undefined);
    expect(empty.clients).toEqual([]);
    expect(empty.listeningPorts).toEqual([]);
    expect(empty.truncated).toBe(false);
  });
});
