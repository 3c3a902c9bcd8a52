import { buildAlertContext } from './alert_context';
import { buildEvidenceSearches, type EvidenceSearch } from './build_evidence_searches';
import { buildAlertSearch } from './fetch_alert';
import { alertDocument, HOST, PROCESS_INDEX } from './test_documents';

const EXEC_ID = 'exec-event-1';

function shellAlertContext() {
  const alert = alertDocument({
    id: 'shell-1',
    time: '2024-05-01T10:00:00.000Z',
    groupId: 'group-1',
    ancestors: [
      { id: EXEC_ID, index: PROCESS_INDEX, depth: 0, type: 'event' },
      { id: 'accept-1', index: '.ds-logs-endpoint.events.network-x', depth: 0, type: 'event' },
      { id: 'bb-0', index: '.internal.alerts-security.alerts-default-000001', depth: 1, type: 'signal' },
    ],
    ecs: { process: { entity_id: 'server-entity', name: 'python3' } },
  });
  return buildAlertContext('default', alert);
}

function singleAlertContext() {
  const alert = alertDocument({
    id: 'single-1',
    time: '2024-05-01T10:00:00.000Z',
    ancestors: [{ id: EXEC_ID, index: PROCESS_INDEX, depth: 0, type: 'event' }],
    ruleName: 'Web Server Spawned via Python',
    ecs: {
      process: {
        entity_id: 'server-entity',
        name: 'python3',
        args: ['python3', '-m', 'http.server', '-d', 'site'],
        working_directory: '/home/dev',
        entry_leader: { entity_id: 'leader' },
        Ext: { ancestry: ['parent', 'grandparent'] },
      },
    },
  });
  return buildAlertContext('default', alert);
}

function bySection(searches: EvidenceSearch[], section: string): EvidenceSearch {
  const search = searches.find((candidate) => candidate.section === section);
  if (search === undefined) {
    throw new Error(`missing section ${section}`);
  }
  return search;
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

describe('buildEvidenceSearches', () => {
  const shellSearches = buildEvidenceSearches(shellAlertContext());
  const singleSearches = buildEvidenceSearches(singleAlertContext());

  it('builds every section for a shell alert', () => {
    expect(shellSearches.map((search) => search.section)).toEqual([
      'building_blocks',
      'server_process',
      'ancestry',
      'children',
      'clients',
      'outbound',
      'files',
      'related_alerts',
    ]);
  });

  it('skips building blocks without a group', () => {
    expect(singleSearches.map((search) => search.section)).not.toContain('building_blocks');
  });

  it('uses no query strings', () => {
    for (const search of [...shellSearches, ...singleSearches]) {
      expect(json(search.body)).not.toMatch(/query_string|simple_query_string/);
    }
  });

  it('filters every section by host', () => {
    for (const search of [...shellSearches, ...singleSearches]) {
      expect(json(search.body.query)).toContain(json({ term: { 'host.name': HOST } }));
    }
  });

  it('filters every section by time', () => {
    for (const search of [...shellSearches, ...singleSearches]) {
      expect(json(search.body.query)).toMatch(/"range":\{"@timestamp":\{("gte"|"lte")/);
    }
  });

  it('filters server sections by entity id', () => {
    for (const section of ['server_process', 'clients']) {
      const query = json(bySection(shellSearches, section).body.query);
      expect(query).toContain(json({ term: { 'process.entity_id': 'server-entity' } }));
    }
    const children = json(bySection(shellSearches, 'children').body.query);
    expect(children).toContain(json({ term: { 'process.parent.entity_id': 'server-entity' } }));
    expect(children).toContain(json({ term: { 'process.Ext.ancestry': 'server-entity' } }));
  });

  it('limits the window to one day either side', () => {
    const query = json(bySection(shellSearches, 'server_process').body.query);
    expect(query).toContain('"gte":"2024-04-30T10:00:00.000Z","lte":"2024-05-02T10:00:00.000Z"');
  });

  it('reads the ancestry of a shell alert by terms lookup', () => {
    const query = json(bySection(shellSearches, 'ancestry').body.query);
    expect(query).toContain(
      json({
        terms: {
          'process.entity_id': { index: PROCESS_INDEX, id: EXEC_ID, path: 'process.Ext.ancestry' },
        },
      })
    );
    expect(query).toContain('"path":"process.entry_leader.entity_id"');
  });

  it('uses the ancestry values of a single-event alert', () => {
    const query = json(bySection(singleSearches, 'ancestry').body.query);
    expect(query).toContain(
      json({ terms: { 'process.entity_id': ['parent', 'grandparent', 'leader'] } })
    );
    expect(query).not.toContain('"path"');
  });

  it('filters files by the served directory when known', () => {
    const single = json(bySection(singleSearches, 'files').body.query);
    expect(single).toContain(json({ prefix: { 'file.path': '/home/dev/site/' } }));
    const shell = json(bySection(shellSearches, 'files').body.query);
    expect(shell).not.toContain('prefix');
  });

  it('aggregates clients by source address', () => {
    const clients = bySection(shellSearches, 'clients');
    expect(clients.body.size).toBe(0);
    expect(json(clients.body.aggs)).toContain('"terms":{"field":"source.ip"');
    expect(clients.index).toBe('logs-endpoint.events.network-*');
  });

  it('excludes the alert and building blocks from related alerts', () => {
    const related = bySection(shellSearches, 'related_alerts');
    expect(related.index).toBe('.alerts-security.alerts-default');
    const query = json(related.body.query);
    expect(query).toContain(json({ ids: { values: ['shell-1'] } }));
    expect(query).toContain(json({ exists: { field: 'kibana.alert.building_block_type' } }));
    expect(query).toContain(json({ term: { 'user.name': 'www-data' } }));
    expect(query).toContain(json({ term: { 'kibana.space_ids': 'default' } }));
  });

  it('finds the group building blocks in the space', () => {
    const query = json(bySection(shellSearches, 'building_blocks').body.query);
    expect(query).toContain(json({ term: { 'kibana.alert.group.id': 'group-1' } }));
    expect(query).toContain(json({ term: { 'kibana.space_ids': 'default' } }));
  });

  it('skips server sections without an entity id', () => {
    const alert = alertDocument({
      id: 'a',
      time: '2024-05-01T10:00:00.000Z',
      ancestors: [],
      ecs: {},
    });
    const sections = buildEvidenceSearches(buildAlertContext('default', alert)).map(
      (search) => search.section
    );
    expect(sections).toEqual(['related_alerts']);
  });
});

describe('buildAlertSearch', () => {
  it('filters by id and space', () => {
    const search = buildAlertSearch('team-a', 'alert-1');
    expect(search.index).toBe('.alerts-security.alerts-team-a');
    expect(search.size).toBe(1);
    expect(json(search.query)).toContain(json({ ids: { values: ['alert-1'] } }));
    expect(json(search.query)).toContain(json({ term: { 'kibana.space_ids': 'team-a' } }));
  });
});
