import type { AlertEvidence, FactId } from '../../../common/api/evidence';
import { FACT_IDS } from '../../../common/api/evidence';
import type { ElasticsearchClient } from '../../elasticsearch_client';
import type { EvidenceSection } from './build_evidence_searches';
import { getAlertEvidence } from './get_alert_evidence';
import { EvidenceSearchError } from './run_searches';
import type { SourceHit } from './source_hit';
import { PROCESS_INDEX } from './test_documents';
import { ATTACKER, clientAggregations, sectionHits, shellAlert } from './test_scenario';

/** Names the section of an msearch body by a filter only that section uses. */
function sectionOf(header: { index?: unknown }, body: unknown): EvidenceSection {
  const text = JSON.stringify(body);
  if (text.includes('"aggs"')) return 'clients';
  if (text.includes('kibana.alert.group.id')) return 'building_blocks';
  if (text.includes('"must_not"')) return 'related_alerts';
  if (text.includes('["exec","fork","end"]')) return 'server_process';
  if (text.includes('["exec","fork"]')) return 'ancestry';
  if (text.includes('process.parent.entity_id')) return 'children';
  if (text.includes('connection_attempted')) return 'outbound';
  if (header.index === 'logs-endpoint.events.file-*') return 'files';
  throw new Error(`unknown search ${text}`);
}

const toHit = (hit: SourceHit) => ({ _id: hit.id, _index: hit.index, _source: hit.source });

interface FakeOptions {
  alert?: SourceHit | null;
  failSection?: EvidenceSection;
}

function fakeClient(options: FakeOptions = {}) {
  const calls: string[] = [];
  const msearchSections: EvidenceSection[] = [];
  const alert = options.alert === undefined ? shellAlert : options.alert;

  const client = {
    search: async () => {
      calls.push('search');
      return { hits: { total: { value: alert ? 1 : 0 }, hits: alert ? [toHit(alert)] : [] } };
    },
    msearch: async (request: { searches: unknown[] }) => {
      calls.push('msearch');
      const responses = [];
      for (let i = 0; i < request.searches.length; i += 2) {
        const header = request.searches[i] as { index?: unknown };
        const section = sectionOf(header, request.searches[i + 1]);
        msearchSections.push(section);
        if (section === options.failSection) {
          responses.push({ status: 400, error: { type: 'query_shard_exception', reason: 'bad' } });
        } else if (section === 'clients') {
          responses.push({ hits: { total: { value: 4 }, hits: [] }, aggregations: clientAggregations });
        } else {
          const hits = sectionHits[section].map(toHit);
          responses.push({ hits: { total: { value: hits.length }, hits } });
        }
      }
      return { took: 1, responses };
    },
  };
  return { client: client as unknown as ElasticsearchClient, calls, msearchSections };
}

function factOf(evidence: AlertEvidence, id: FactId) {
  const fact = evidence.facts.find((candidate) => candidate.id === id);
  if (fact === undefined) throw new Error(`missing fact ${id}`);
  return fact;
}

describe('getAlertEvidence', () => {
  it('returns null for an unknown alert', async () => {
    const { client, calls } = fakeClient({ alert: null });
    const request = getAlertEvidence({ esClient: client, spaceId: 'default', alertId: 'x' });
    await expect(request).resolves.toBeNull();
    expect(calls).toEqual(['search']);
  });

  it('uses two round trips', async () => {
    const { client, calls, msearchSections } = fakeClient();
    await getAlertEvidence({ esClient: client, spaceId: 'default', alertId: 'shell-alert' });
    expect(calls).toEqual(['search', 'msearch']);
    expect(msearchSections).toHaveLength(8);
  });

  it('names the failed section', async () => {
    const { client } = fakeClient({ failSection: 'children' });
    const request = getAlertEvidence({ esClient: client, spaceId: 'default', alertId: 'a' });
    await expect(request).rejects.toThrow(EvidenceSearchError);
    await expect(request).rejects.toThrow(/"children" failed/);
  });

  describe('for the backdoor', () => {
    let evidence: AlertEvidence;
    beforeAll(async () => {
      const { client } = fakeClient();
      const result = await getAlertEvidence({ esClient: client, spaceId: 'default', alertId: 'a' });
      if (result === null) throw new Error('no evidence');
      evidence = result;
    });

    it('reads the alert details', () => {
      expect(evidence.alert.id).toBe('shell-alert');
      expect(evidence.alert.rule.version).toBe(8);
      expect(evidence.alert.building_block_ids).toEqual(['bb-0', 'bb-1']);
      expect(evidence.alert.ancestor_event_ids[0]).toEqual({ id: 'server-exec', index: PROCESS_INDEX });
      expect(evidence.alert.threat_techniques).toEqual(['T1505', 'T1505.003', 'T1059']);
    });

    it('reads the server from its exec event', () => {
      expect(evidence.process?.event).toEqual({ id: 'server-exec', index: PROCESS_INDEX });
      expect(evidence.process?.working_directory).toBe('/dev/shm');
      expect(evidence.process?.end_event?.id).toBe('server-end');
      expect(evidence.process?.parent?.event?.id).toBe('shell-exec');
    });

    it('orders the ancestry closest first', () => {
      expect(evidence.ancestry.map((process) => process.entity_id)).toEqual([
        'shell',
        'dropper',
        'worker',
        'apache',
        'systemd',
      ]);
    });

    it('lists the /bin/sh child and its descendant', () => {
      expect(evidence.children.map((child) => [child.executable, child.depth, child.is_shell])).toEqual([
        ['/bin/sh', 1, true],
        ['/usr/bin/id', 2, false],
      ]);
    });

    it('lists public clients', () => {
      expect(evidence.clients.map((client) => [client.ip, client.kind])).toEqual([
        [ATTACKER, 'public'],
        ['2001:db8:1::5', 'public'],
      ]);
    });

    it("keeps only the children's outbound attempts", () => {
      expect(evidence.outbound.map((connection) => connection.event.id)).toEqual(['callback']);
      expect(evidence.outbound[0].kind).toBe('public');
    });

    it('keeps the files of the served directory', () => {
      expect(evidence.files.map((file) => file.path)).toEqual([
        '/dev/shm/cgi-bin/run.sh',
        '/dev/shm/cgi-bin/cmd.py',
      ]);
    });

    it('derives every fact in order', () => {
      expect(evidence.facts.map((fact) => fact.id)).toEqual([...FACT_IDS]);
    });

    it.each<[FactId, unknown, boolean]>([
      ['listening_address', '0.0.0.0', false],
      ['listening_port', 8080, false],
      ['cgi_enabled', true, true],
      ['served_directory', '/dev/shm', false],
      ['served_directory_kind', 'temporary', true],
      ['started_by_root', false, false],
      ['launched_by', 'web_server', true],
      ['public_clients', 2, true],
      ['shell_children', 1, true],
      ['scripts_in_served_directory', 2, true],
      ['outbound_public_connections', 1, true],
    ])('derives %s', (id, value, concerning) => {
      const fact = factOf(evidence, id);
      expect(fact.value).toBe(value);
      expect(fact.concerning).toBe(concerning);
    });

    it('lists supporting events for every fact', () => {
      for (const fact of evidence.facts) {
        expect(fact.events.length).toBeGreaterThan(0);
      }
      expect(factOf(evidence, 'shell_children').events).toEqual([{ id: 'cgi-exec', index: PROCESS_INDEX }]);
      expect(factOf(evidence, 'launched_by').events.map((ref) => ref.id)).toEqual([
        'server-exec',
        'worker-fork',
      ]);
      expect(factOf(evidence, 'outbound_public_connections').events.map((ref) => ref.id)).toEqual([
        'callback',
      ]);
    });

    it('builds a sorted timeline', () => {
      const times = evidence.timeline.map((entry) => Date.parse(entry.timestamp));
      expect(times).toEqual([...times].sort((left, right) => left - right));
      const categories = new Set(evidence.timeline.map((entry) => entry.category));
      expect([...categories].sort()).toEqual(['alert', 'file', 'network', 'process']);
    });

    it('reports no truncation', () => {
      expect(evidence.truncated).toEqual([]);
    });

    it('reads the entry leader', () => {
      expect(evidence.entry?.type).toBe('init');
      expect(evidence.entry?.event?.id).toBe('systemd-exec');
    });

    it('lists related alerts', () => {
      expect(evidence.related_alerts.map((alert) => alert.id)).toEqual(['child-alert']);
      expect(evidence.related_alerts[0].same_host).toBe(true);
    });
  });
});
