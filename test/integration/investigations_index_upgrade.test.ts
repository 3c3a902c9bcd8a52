import type { estypes } from '@elastic/elasticsearch';

import { AUDIT_INDEX, EXCEPTIONS_INDEX, INVESTIGATIONS_INDEX } from '../../common/constants';
import { buildInvestigation } from '../../common/investigations/test_investigations';
import {
  INVESTIGATIONS_MAPPINGS,
  MANAGED_INDICES,
  type ManagedIndex,
} from '../../server/lib/investigations/index_definitions';
import { installManagedIndex } from '../../server/lib/investigations/install_indices';
import { callApi, closeTestEngineClient, testEngineClient } from './helpers';

/** An index of this test only, so the plugin's own indices stay untouched. */
const TEST_INDEX = '.kibana-simple-http-investigation-upgrade-test';
const TEST_TEMPLATE = 'simple-http-investigation-upgrade-test';

const definition: ManagedIndex = {
  index: TEST_INDEX,
  templateName: TEST_TEMPLATE,
  description: 'Index of the mapping upgrade test',
  mappings: INVESTIGATIONS_MAPPINGS,
};

/** Returns the investigations mappings as they were before `reviewed_by` and `steps.action_taken`. */
function olderMappings(): estypes.MappingTypeMapping {
  const { reviewed_by: _reviewedBy, steps, ...properties } = INVESTIGATIONS_MAPPINGS.properties ?? {};
  const stepProperties = { ...(steps as estypes.MappingObjectProperty).properties };
  delete stepProperties.action_taken;
  return {
    dynamic: 'strict',
    properties: { ...properties, steps: { type: 'object', properties: stepProperties } },
  };
}

async function readProperties(index: string): Promise<Record<string, estypes.MappingProperty>> {
  const response = await testEngineClient().indices.getMapping({ index });
  return response[index]?.mappings.properties ?? {};
}

async function cleanUp(): Promise<void> {
  const client = testEngineClient();
  await client.indices.delete({ index: TEST_INDEX }, { ignore: [404] });
  await client.indices.deleteIndexTemplate({ name: TEST_TEMPLATE }, { ignore: [404] });
}

describe('index installation', () => {
  beforeAll(cleanUp);

  afterAll(async () => {
    await cleanUp();
    await closeTestEngineClient();
  });

  it('installs the plugin indices hidden', async () => {
    expect((await callApi('/investigations')).status).toBe(200);
    const client = testEngineClient();

    for (const managed of MANAGED_INDICES) {
      const properties = await readProperties(managed.index);
      expect(Object.keys(properties).sort()).toEqual(Object.keys(managed.mappings.properties ?? {}).sort());
      const settings = await client.indices.getSettings({ index: managed.index });
      expect(settings[managed.index]?.settings?.index?.hidden).toBe('true');
    }
    expect(MANAGED_INDICES.map((managed) => managed.index)).toEqual([
      INVESTIGATIONS_INDEX,
      AUDIT_INDEX,
      EXCEPTIONS_INDEX,
    ]);
  });

  it('adds new fields and keeps records', async () => {
    const client = testEngineClient();
    await client.indices.create({ index: TEST_INDEX, mappings: olderMappings() });
    const { reviewed_by: _reviewedBy, ...olderRecord } = buildInvestigation();
    const olderSteps = olderRecord.steps.map(({ action_taken: _actionTaken, ...step }) => step);
    await client.index({ index: TEST_INDEX, id: olderRecord.id, document: { ...olderRecord, steps: olderSteps }, refresh: true });

    const rejected = await client.index(
      { index: TEST_INDEX, id: 'new', document: { ...olderRecord, id: 'new', reviewed_by: 'lead' } },
      { ignore: [400] }
    );
    expect(JSON.stringify(rejected)).toContain('strict_dynamic_mapping_exception');

    await installManagedIndex(client, definition);

    const properties = await readProperties(TEST_INDEX);
    expect(properties.reviewed_by).toEqual({ type: 'keyword' });
    expect((properties.steps as estypes.MappingObjectProperty).properties?.action_taken).toEqual({ type: 'text' });

    const kept = await client.get<Record<string, unknown>>({ index: TEST_INDEX, id: olderRecord.id });
    expect(kept._source).toEqual({ ...olderRecord, steps: olderSteps });

    await client.index({ index: TEST_INDEX, id: 'new', document: { ...olderRecord, id: 'new', reviewed_by: 'lead' }, refresh: true });
    const found = await client.search({ index: TEST_INDEX, query: { term: { reviewed_by: 'lead' } } });
    expect(found.hits.hits.map((hit) => hit._id)).toEqual(['new']);
    const count = await client.count({ index: TEST_INDEX });
    expect(count.count).toBe(2);
  });

  it('creates a missing index from the template', async () => {
    const client = testEngineClient();
    await client.indices.delete({ index: TEST_INDEX });
    await installManagedIndex(client, definition);

    const templates = await client.indices.getIndexTemplate({ name: TEST_TEMPLATE });
    expect(templates.index_templates[0]?.index_template.index_patterns).toEqual([TEST_INDEX]);
    const properties = await readProperties(TEST_INDEX);
    expect(Object.keys(properties).sort()).toEqual(Object.keys(INVESTIGATIONS_MAPPINGS.properties ?? {}).sort());
  });

  it('fails on a change that is not additive', async () => {
    const changed: ManagedIndex = {
      ...definition,
      mappings: { ...INVESTIGATIONS_MAPPINGS, properties: { ...INVESTIGATIONS_MAPPINGS.properties, status: { type: 'long' } } },
    };
    await expect(installManagedIndex(testEngineClient(), changed)).rejects.toThrow(/illegal_argument_exception|mapper/);
  });
});
