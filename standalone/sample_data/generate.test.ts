import { getField } from '../../common/get_field';
import { SAMPLE_SCENARIO_FIELD } from '../../common/ecs_fields';
import { isDocumentationAddress, isLoopbackAddress, isPrivateAddress } from './addresses';
import { countSampleData, totalEvents } from './counts';
import { generateSampleData, validateScale } from './generate';
import { SCENARIO_IDS, SCENARIOS } from './scenarios';
import { baseDocuments, isAlert, str, strs, TEST_ANCHOR, TEST_SEED, testRules } from './test_support';

const ADDRESS_FIELDS = ['source.ip', 'destination.ip', 'host.ip', 'process.entry_leader.entry_meta.source.ip'];
const DAY = 24 * 3600_000;

const serialize = (seed: number, anchor: Date, scale = 1): string =>
  JSON.stringify([...generateSampleData({ seed, anchor, scale, rules: testRules() })]);

describe('generateSampleData', () => {
  it('gives byte-identical documents for the same seed and anchor', () => {
    expect(serialize(TEST_SEED, TEST_ANCHOR)).toBe(serialize(TEST_SEED, TEST_ANCHOR));
  });

  it('gives different documents for another seed', () => {
    expect(serialize(TEST_SEED + 1, TEST_ANCHOR)).not.toBe(serialize(TEST_SEED, TEST_ANCHOR));
  });

  it('places everything before the anchor', () => {
    for (const anchor of [TEST_ANCHOR, new Date('2024-02-29T01:30:00Z')]) {
      for (const document of generateSampleData({ seed: TEST_SEED, anchor, rules: testRules() })) {
        const timestamp = Date.parse(str(document, '@timestamp') ?? '');
        expect(timestamp).toBeLessThanOrEqual(anchor.getTime());
        expect(timestamp).toBeGreaterThan(anchor.getTime() - 14 * DAY);
      }
    }
  });

  it('places alerts in the last seven days', () => {
    for (const alert of baseDocuments().filter(isAlert)) {
      expect(Date.parse(str(alert, '@timestamp') ?? '')).toBeGreaterThan(TEST_ANCHOR.getTime() - 7 * DAY);
    }
  });

  it('uses unique document ids', () => {
    const ids = baseDocuments().map((document) => document.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses unique entity ids per exec', () => {
    const execs = baseDocuments().filter((document) => !isAlert(document) && str(document, 'event.action') === 'exec');
    const entityIds = execs.map((event) => str(event, 'process.entity_id'));
    expect(new Set(entityIds).size).toBe(entityIds.length);
  });

  it('writes a start event for every parent process', () => {
    const events = baseDocuments().filter((document) => !isAlert(document));
    const started = new Set(
      events
        .filter((event) => ['exec', 'fork'].includes(str(event, 'event.action') ?? ''))
        .map((event) => str(event, 'process.entity_id'))
    );
    const parents = new Set(events.map((event) => str(event, 'process.parent.entity_id')));
    parents.delete(null);
    expect([...parents].filter((parent) => !started.has(parent))).toEqual([]);
  });

  it('marks every document with its scenario', () => {
    for (const document of baseDocuments()) {
      expect(SCENARIO_IDS).toContain(getField(document.source, SAMPLE_SCENARIO_FIELD));
    }
  });

  it('takes public addresses only from the documentation ranges', () => {
    const addresses = new Set<string>();
    for (const document of baseDocuments()) {
      for (const field of ADDRESS_FIELDS) {
        strs(document, field).forEach((ip) => addresses.add(ip));
      }
    }
    const other = [...addresses].filter(
      (ip) => !isDocumentationAddress(ip) && !isPrivateAddress(ip) && !isLoopbackAddress(ip)
    );
    expect(other).toEqual([]);
    expect([...addresses].some(isDocumentationAddress)).toBe(true);
  });

  it('rejects an invalid scale', () => {
    expect(() => validateScale(0)).toThrow('Invalid scale 0');
    expect(() => validateScale(1.5)).toThrow('Invalid scale 1.5');
  });
});

describe('scale', () => {
  const single = countSampleData({ seed: TEST_SEED, anchor: TEST_ANCHOR, scale: 1, rules: testRules() });
  const triple = countSampleData({ seed: TEST_SEED, anchor: TEST_ANCHOR, scale: 3, rules: testRules() });

  it('multiplies alerts by the scale', () => {
    expect(triple.alerts.total).toBe(3 * single.alerts.total);
    expect(triple.alerts.shells).toBe(3 * single.alerts.shells);
    expect(triple.alerts.buildingBlocks).toBe(3 * single.alerts.buildingBlocks);
  });

  it('multiplies events roughly by the scale', () => {
    expect(totalEvents(triple)).toBeGreaterThan(2.7 * totalEvents(single));
    expect(totalEvents(triple)).toBeLessThan(3.3 * totalEvents(single));
  });

  it('puts each copy on its own hosts', () => {
    const hosts = new Map<string, Set<string>>();
    for (const document of generateSampleData({ seed: TEST_SEED, anchor: TEST_ANCHOR, scale: 3, rules: testRules() })) {
      if (!isAlert(document)) {
        const name = str(document, 'host.name') ?? '';
        const ids = hosts.get(name) ?? new Set<string>();
        ids.add(str(document, 'host.id') ?? '');
        hosts.set(name, ids);
      }
    }
    const baseHosts = SCENARIO_IDS.flatMap((scenario) => SCENARIOS[scenario].hostNames);
    expect(hosts.size).toBe(3 * baseHosts.length);
    expect([...hosts.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(hosts.has('web-01-c3')).toBe(true);
  });

  it('keeps document, host and agent ids unique across copies', () => {
    const documentIds = new Set<string>();
    const hostIds = new Map<string, string>();
    const agentIds = new Map<string, string>();
    let documents = 0;
    const options = { seed: TEST_SEED, anchor: TEST_ANCHOR, scale: 10, rules: testRules() };
    for (const document of generateSampleData(options)) {
      documents += 1;
      documentIds.add(document.id);
      const hostName = str(document, 'host.name') ?? '';
      hostIds.set(str(document, 'host.id') ?? '', hostName);
      agentIds.set(str(document, 'agent.id') ?? '', hostName);
    }
    expect(documentIds.size).toBe(documents);
    const hostNames = new Set(hostIds.values());
    expect(hostIds.size).toBe(hostNames.size);
    expect(agentIds.size).toBe(hostNames.size);
  });

  it('counts alerts by rule', () => {
    const rules = testRules();
    expect(single.alerts.byRule[rules.connection.ruleId]).toBe(single.alerts.shells);
    expect(single.alerts.byRule[rules.pythonServer.ruleId]).toBe(2);
  });
});
