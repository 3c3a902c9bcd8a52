import type { Client } from '@elastic/elasticsearch';

import { countSampleData } from './counts';
import { loadSampleData } from './load_sample_data';
import { installIndexTemplates } from './templates';
import { TEST_ANCHOR, TEST_SEED, testRules } from './test_support';
import { ALERTS_ALIAS, ALERTS_INDEX, ALERTS_INDEX_PATTERN } from './types';

interface BulkCall {
  operations: unknown[];
  refresh: boolean;
}

interface TemplateCall {
  name: string;
  index_patterns: string[];
  data_stream?: object;
}

/** An in-memory stand-in for the client calls the loader makes. */
class FakeClient {
  readonly indices: string[] = [];
  readonly bulkCalls: BulkCall[] = [];
  readonly templates: TemplateCall[] = [];
  readonly refreshed: string[][] = [];
  readonly deleted: string[] = [];
  alertCount = 0;
  bulkError: { type: string; reason: string } | null = null;

  readonly indicesApi = {
    exists: async ({ index }: { index: string }) => this.indices.includes(index),
    create: async ({ index, aliases }: { index: string; aliases: Record<string, unknown> }) => {
      this.indices.push(index, ...Object.keys(aliases));
    },
    createDataStream: async ({ name }: { name: string }) => {
      this.indices.push(name);
    },
    getDataStream: async ({ name }: { name: string }) => ({
      data_streams: [{ name, indices: [{ index_name: `.ds-${name}-2025.06.15-000001` }] }],
    }),
    deleteDataStream: async ({ name }: { name: string }) => {
      this.deleted.push(name);
    },
    delete: async ({ index }: { index: string }) => {
      this.deleted.push(index);
      this.alertCount = 0;
      this.indices.length = 0;
    },
    putIndexTemplate: async (template: TemplateCall) => {
      this.templates.push(template);
    },
    refresh: async ({ index }: { index: string[] }) => {
      this.refreshed.push(index);
    },
  };

  count = async () => ({ count: this.alertCount });

  bulk = async (request: BulkCall) => {
    this.bulkCalls.push(request);
    const error = this.bulkError;
    const items = [];
    for (let i = 0; i < request.operations.length; i += 2) {
      const operation = request.operations[i] as { create: { _index: string; _id: string } };
      if (operation.create._index === ALERTS_INDEX) {
        this.alertCount += 1;
      }
      items.push({ create: { ...operation.create, status: error ? 400 : 201, ...(error ? { error } : {}) } });
    }
    return { errors: error !== null, items };
  };

  asClient(): Client {
    return { indices: this.indicesApi, count: this.count, bulk: this.bulk } as unknown as Client;
  }
}

const options = { seed: TEST_SEED, anchor: TEST_ANCHOR, rules: testRules(), batchSize: 1000 };

describe('loadSampleData', () => {
  it('writes every document in batches with one refresh', async () => {
    const fake = new FakeClient();
    const result = await loadSampleData(fake.asClient(), options);
    const expected = countSampleData({ seed: TEST_SEED, anchor: TEST_ANCHOR, rules: testRules() });
    expect(result.loaded).toBe(true);
    expect(result.counts).toEqual(expected);

    const sizes = fake.bulkCalls.map((call) => call.operations.length / 2);
    expect(sizes.slice(0, -1).every((size) => size === 1000)).toBe(true);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(
      expected.events.process + expected.events.network + expected.events.file + expected.alerts.total
    );
    expect(fake.bulkCalls.every((call) => call.refresh === false)).toBe(true);
    expect(fake.refreshed).toHaveLength(1);
    expect(fake.indices).toEqual(expect.arrayContaining([ALERTS_INDEX, ALERTS_ALIAS, 'logs-endpoint.events.process-default']));
  });

  it('points alert ancestors at the backing indices it found', async () => {
    const fake = new FakeClient();
    await loadSampleData(fake.asClient(), options);
    const sources = fake.bulkCalls.flatMap((call) => call.operations.filter((_, i) => i % 2 === 1));
    const alert = sources.find(
      (source): source is Record<string, unknown> =>
        typeof source === 'object' && source !== null && 'kibana.alert.ancestors' in source
    );
    const ancestors = alert?.['kibana.alert.ancestors'] as Array<{ index: string }> | undefined;
    expect(ancestors?.[0]?.index).toMatch(/^\.ds-logs-endpoint\.events\.(process|network)-default-2025\.06\.15-000001$/);
  });

  it('writes nothing when alerts exist', async () => {
    const fake = new FakeClient();
    await loadSampleData(fake.asClient(), options);
    const calls = fake.bulkCalls.length;
    const second = await loadSampleData(fake.asClient(), options);
    expect(second.loaded).toBe(false);
    expect(fake.bulkCalls).toHaveLength(calls);
  });

  it('deletes and reloads with force', async () => {
    const fake = new FakeClient();
    await loadSampleData(fake.asClient(), options);
    const again = await loadSampleData(fake.asClient(), { ...options, force: true });
    expect(again.loaded).toBe(true);
    expect(fake.deleted).toEqual(expect.arrayContaining([ALERTS_INDEX, 'logs-endpoint.events.file-default']));
  });

  it('fails with the first bulk error', async () => {
    const fake = new FakeClient();
    fake.bulkError = { type: 'mapper_parsing_exception', reason: 'failed to parse field [source.ip]' };
    await expect(loadSampleData(fake.asClient(), options)).rejects.toThrow(
      /failed for 1000 of 1000 documents; first failure in logs-endpoint\.events\.\w+-default \(id [\w-]+\): mapper_parsing_exception: failed to parse field \[source\.ip\]/
    );
  });

  it('rejects an invalid batch size', async () => {
    await expect(loadSampleData(new FakeClient().asClient(), { ...options, batchSize: 0 })).rejects.toThrow('Invalid batchSize 0');
  });
});

describe('installIndexTemplates', () => {
  it('installs data stream templates and the alerts template', async () => {
    const fake = new FakeClient();
    await installIndexTemplates(fake.asClient());
    const patterns = fake.templates.map((template) => [template.index_patterns[0], template.data_stream !== undefined]);
    expect(patterns).toEqual([
      ['logs-endpoint.events.process-*', true],
      ['logs-endpoint.events.network-*', true],
      ['logs-endpoint.events.file-*', true],
      [ALERTS_INDEX_PATTERN, false],
    ]);
  });
});
