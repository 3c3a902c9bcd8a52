import { readFileSync } from 'node:fs';
import path from 'node:path';

import { getField } from '../../common/get_field';
import { intersectSources } from './alerts';
import { alertsOf, baseDocuments, isAlert, str, strs, TEST_ANCHOR } from './test_support';
import {
  ALERTS_INDEX,
  dataStreamName,
  defaultBackingIndex,
  EVENT_STREAMS,
  type SampleDocument,
} from './types';

const GROUP_ID = 'kibana.alert.group.id';
const GROUP_INDEX = 'kibana.alert.group.index';
const BUILDING_BLOCK_TYPE = 'kibana.alert.building_block_type';

const alerts = (): SampleDocument[] => baseDocuments().filter(isAlert);
const shells = (): SampleDocument[] =>
  alerts().filter((alert) => str(alert, GROUP_ID) !== null && str(alert, BUILDING_BLOCK_TYPE) === null);
const buildingBlocks = (groupId: string): SampleDocument[] =>
  alerts()
    .filter((alert) => str(alert, BUILDING_BLOCK_TYPE) === 'default' && str(alert, GROUP_ID) === groupId)
    .sort((a, b) => Number(str(a, GROUP_INDEX)) - Number(str(b, GROUP_INDEX)));
const ancestorsOf = (alert: SampleDocument): Array<{ id: string; index: string }> => {
  const ancestors = getField(alert.source, 'kibana.alert.ancestors');
  return Array.isArray(ancestors) ? ancestors : [];
};

describe('intersectSources', () => {
  it('keeps equal values and drops the rest', () => {
    const shared = intersectSources([
      { a: 1, b: 2, nested: { x: 'same', y: 'left' }, list: ['p'] },
      { a: 1, b: 3, nested: { x: 'same', y: 'right' }, list: ['p'] },
    ]);
    expect(shared).toEqual({ a: 1, nested: { x: 'same' } });
  });

  it('returns undefined when nothing is shared', () => {
    expect(intersectSources([{ a: 1 }, { a: 2 }])).toBeUndefined();
    expect(intersectSources([])).toBeUndefined();
  });
});

describe('sequence alerts', () => {
  it('have two building blocks per shell', () => {
    expect(shells().length).toBeGreaterThan(0);
    for (const shell of shells()) {
      const blocks = buildingBlocks(str(shell, GROUP_ID) ?? '');
      expect(blocks.map((block) => str(block, GROUP_INDEX))).toEqual(['0', '1']);
      expect(blocks.map((block) => str(block, 'event.action'))).toEqual(['exec', 'connection_accepted']);
      expect(blocks.every((block) => str(block, 'kibana.alert.depth') === '1')).toBe(true);
    }
  });

  it('shells keep only the fields both events share', () => {
    for (const shell of shells()) {
      expect(str(shell, 'kibana.alert.depth')).toBe('2');
      expect(str(shell, 'process.entity_id')).not.toBeNull();
      expect(str(shell, 'process.name')).not.toBeNull();
      expect(str(shell, 'host.name')).not.toBeNull();
      expect(str(shell, 'user.name')).not.toBeNull();
      const unshared = [
        'process.args',
        'process.parent',
        'process.working_directory',
        'source',
        'destination',
        'event.action',
      ];
      for (const field of unshared) {
        expect(getField(shell.source, field)).toBeUndefined();
      }
      expect(str(shell, BUILDING_BLOCK_TYPE)).toBeNull();
    }
  });

  it('shell ancestors list the events and the building blocks', () => {
    for (const shell of shells()) {
      const blocks = buildingBlocks(str(shell, GROUP_ID) ?? '');
      const signal = (block: SampleDocument | undefined) =>
        expect.objectContaining({ id: block?.id, index: ALERTS_INDEX, depth: 1, type: 'signal' });
      expect(ancestorsOf(shell)).toEqual([
        ...(blocks[0] === undefined ? [] : ancestorsOf(blocks[0])),
        signal(blocks[0]),
        ...(blocks[1] === undefined ? [] : ancestorsOf(blocks[1])),
        signal(blocks[1]),
      ]);
    }
  });
});

describe('alert documents', () => {
  it('reference existing event documents', () => {
    const events = new Map(
      baseDocuments()
        .filter((document) => !isAlert(document))
        .map((event) => [event.id, event])
    );
    for (const alert of alerts()) {
      if (str(alert, 'kibana.alert.depth') !== '1') {
        continue;
      }
      const [ancestor] = ancestorsOf(alert);
      const event = events.get(ancestor?.id ?? '');
      expect(event).toBeDefined();
      const stream = EVENT_STREAMS.find((candidate) => dataStreamName(candidate) === event?.index);
      expect(ancestor?.index).toBe(stream === undefined ? 'no stream' : defaultBackingIndex(stream));
      expect(str(alert, 'kibana.alert.original_time')).toBe(str(event ?? alert, '@timestamp'));
    }
  });

  it('use the id as kibana.alert.uuid and are unique', () => {
    const ids = alerts().map((alert) => alert.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const alert of alerts()) {
      expect(str(alert, 'kibana.alert.uuid')).toBe(alert.id);
      expect(alert.id).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('copy rule fields from the rule files', () => {
    for (const alert of alerts()) {
      const ruleId = str(alert, 'kibana.alert.rule.rule_id') ?? '';
      const filePath = path.join('test', 'fixtures', 'rules', `${ruleId}.json`);
      const file = JSON.parse(readFileSync(filePath, 'utf8')) as { attributes: Record<string, unknown> };
      const rule = file.attributes;
      expect(str(alert, 'kibana.alert.rule.name')).toBe(rule.name);
      expect(str(alert, 'kibana.alert.rule.version')).toBe(String(rule.version));
      expect(str(alert, 'kibana.alert.rule.note')).toBe(rule.note);
      expect(str(alert, 'kibana.alert.severity')).toBe(rule.severity);
      expect(getField(alert.source, 'kibana.alert.risk_score')).toBe(rule.risk_score);
      expect(getField(alert.source, 'kibana.alert.rule.threat')).toEqual(rule.threat);
      expect(strs(alert, 'kibana.alert.rule.tags')).toEqual(rule.tags);
    }
  });

  it('are written after their events, before the anchor', () => {
    for (const alert of alerts()) {
      const written = Date.parse(str(alert, '@timestamp') ?? '');
      expect(written).toBeGreaterThanOrEqual(Date.parse(str(alert, 'kibana.alert.original_time') ?? ''));
      expect(written).toBeLessThanOrEqual(TEST_ANCHOR.getTime());
      expect(str(alert, 'kibana.alert.workflow_status')).toBe('open');
      expect(str(alert, 'event.kind')).toBe('signal');
    }
  });

  it('have a reason naming process, user and host', () => {
    const creation = alertsOf('web_shell').find(
      (alert) => str(alert, 'kibana.alert.rule.name') === 'Simple HTTP Web Server Creation'
    );
    expect(creation).toBeDefined();
    const reason = creation === undefined ? null : str(creation, 'kibana.alert.reason');
    expect(reason).toBe(
      'process event with process php8.1, parent process bash, by root on cms-01 ' +
        'created low alert Simple HTTP Web Server Creation.'
    );
  });
});
