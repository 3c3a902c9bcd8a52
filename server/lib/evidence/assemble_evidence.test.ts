import { buildAlertContext } from './alert_context';
import { assembleEvidence, CLIENT_EVENTS_TRUNCATED } from './assemble_evidence';
import type { EvidenceSection } from './build_evidence_searches';
import type { SectionResult, SectionResults } from './run_searches';
import type { SourceHit } from './source_hit';
import { alertDocument, PROCESS_INDEX, processEvent } from './test_documents';
import { ancestorStarts, buildingBlocks, clientAggregations, shellAlert } from './test_scenario';

function results(sections: Partial<Record<EvidenceSection, Partial<SectionResult>>>): SectionResults {
  const map: SectionResults = new Map();
  for (const [section, result] of Object.entries(sections)) {
    map.set(section as EvidenceSection, {
      hits: result?.hits ?? [],
      aggregations: result?.aggregations,
      truncated: result?.truncated ?? false,
    });
  }
  return map;
}

const developerExec: SourceHit = processEvent({
  id: 'dev-exec',
  entityId: 'dev-server',
  name: 'python3.10',
  executable: '/usr/bin/python3.10',
  args: ['python3', '-m', 'http.server', '8000'],
  time: '2024-05-01T10:00:00.000Z',
  workingDirectory: '/home/mira/site',
  user: { name: 'mira', id: '1000' },
  parentEntityId: 'bash',
  ancestry: ['bash'],
  entryLeader: { entity_id: 'bash', name: 'bash', entry_meta: { type: 'terminal' } },
});

const developerAlert = alertDocument({
  id: 'dev-alert',
  time: '2024-05-01T10:00:00.000Z',
  ruleName: 'Web Server Spawned via Python',
  userName: 'mira',
  ancestors: [{ id: 'dev-exec', index: PROCESS_INDEX, depth: 0, type: 'event' }],
  ecs: { process: (developerExec.source as { process: unknown }).process },
});

const loopbackClients = {
  clients: {
    buckets: [
      {
        key: '127.0.0.1',
        doc_count: 2,
        first_seen: { value: Date.parse('2024-05-01T10:01:00.000Z') },
        last_seen: { value: Date.parse('2024-05-01T10:02:00.000Z') },
        source_ports: { buckets: [{ key: 50000 }] },
        first_events: { hits: { hits: [{ _id: 'n1', _index: 'net' }, { _id: 'n2', _index: 'net' }] } },
        last_event: { hits: { hits: [{ _id: 'n2', _index: 'net' }] } },
      },
    ],
  },
};

describe('assembleEvidence for a single-event alert', () => {
  const evidence = assembleEvidence(
    buildAlertContext('default', developerAlert),
    results({
      server_process: { hits: [developerExec] },
      clients: { aggregations: loopbackClients },
    })
  );

  it('has no building blocks', () => {
    expect(evidence.alert.building_block_ids).toEqual([]);
  });

  it('shows loopback clients only', () => {
    expect(evidence.clients.map((client) => client.kind)).toEqual(['loopback']);
  });

  it('marks nothing concerning', () => {
    expect(evidence.facts.filter((fact) => fact.concerning)).toEqual([]);
  });

  it('reads the launcher from the entry leader', () => {
    expect(evidence.facts.find((fact) => fact.id === 'launched_by')?.value).toBe('terminal');
  });

  it('reports no truncation', () => {
    expect(evidence.truncated).toEqual([]);
  });
});

describe('assembleEvidence without the exec event', () => {
  const evidence = assembleEvidence(
    buildAlertContext('default', shellAlert),
    results({
      building_blocks: { hits: buildingBlocks },
      ancestry: { hits: ancestorStarts },
      clients: { aggregations: clientAggregations },
    })
  );

  it('reads the server from the process building block', () => {
    expect(evidence.process?.event).toEqual({ id: 'bb-0', index: buildingBlocks[0].index });
    expect(evidence.process?.working_directory).toBe('/dev/shm');
  });

  it('still orders the ancestry by the building block', () => {
    expect(evidence.ancestry[0].entity_id).toBe('shell');
  });

  it('still derives the served directory', () => {
    expect(evidence.facts.find((fact) => fact.id === 'served_directory')?.value).toBe('/dev/shm');
  });
});

describe('assembleEvidence with only the alert', () => {
  const evidence = assembleEvidence(
    buildAlertContext('default', shellAlert),
    results({ ancestry: { hits: ancestorStarts } })
  );

  it('reads the server from the alert', () => {
    expect(evidence.process?.event).toEqual({ id: 'shell-alert', index: shellAlert.index });
    expect(evidence.process?.command_line).toBe('python3 -m http.server --cgi 8080');
  });

  it('orders the ancestry by start, latest first', () => {
    expect(evidence.ancestry.map((process) => process.entity_id)).toEqual([
      'shell',
      'dropper',
      'worker',
      'apache',
      'systemd',
    ]);
  });

  it('reads the port from the command line', () => {
    expect(evidence.facts.find((fact) => fact.id === 'listening_port')?.value).toBe(8080);
  });
});

describe('assembleEvidence truncation', () => {
  it('lists truncated sections and sampled client events', () => {
    const busyClients = {
      clients: {
        sum_other_doc_count: 0,
        buckets: [
          {
            ...loopbackClients.clients.buckets[0],
            doc_count: 50,
          },
        ],
      },
    };
    const evidence = assembleEvidence(
      buildAlertContext('default', developerAlert),
      results({
        children: { truncated: true },
        files: { truncated: false },
        clients: { aggregations: busyClients },
      })
    );
    expect(evidence.truncated).toEqual(['children']);
    expect(evidence.truncated).not.toContain(CLIENT_EVENTS_TRUNCATED);
  });
});
