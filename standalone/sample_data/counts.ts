import { getString } from '../../common/get_field';
import { generateSampleData, type GenerateOptions } from './generate';
import { dataStreamName, EVENT_STREAMS, type EventStream, type SampleDocument } from './types';

/** Numbers of generated documents by kind. */
export interface SampleDataCounts {
  events: Record<EventStream, number>;
  alerts: {
    /** Every alert document: shells, building blocks and single-event alerts. */
    total: number;
    shells: number;
    buildingBlocks: number;
    /** Alerts a user sees (shells and single-event alerts, no building blocks) by rule_id. */
    byRule: Record<string, number>;
  };
}

export function emptyCounts(): SampleDataCounts {
  return {
    events: { process: 0, network: 0, file: 0 },
    alerts: { total: 0, shells: 0, buildingBlocks: 0, byRule: {} },
  };
}

/** Adds one document to the counts. */
export function countDocument(counts: SampleDataCounts, document: SampleDocument): void {
  const stream = EVENT_STREAMS.find((candidate) => dataStreamName(candidate) === document.index);
  if (stream !== undefined) {
    counts.events[stream] += 1;
    return;
  }
  const { alerts } = counts;
  alerts.total += 1;
  if (getString(document.source, 'kibana.alert.building_block_type') !== null) {
    alerts.buildingBlocks += 1;
    return;
  }
  if (getString(document.source, 'kibana.alert.group.id') !== null) {
    alerts.shells += 1;
  }
  const ruleId = getString(document.source, 'kibana.alert.rule.rule_id') ?? 'unknown';
  alerts.byRule[ruleId] = (alerts.byRule[ruleId] ?? 0) + 1;
}

export const totalEvents = (counts: SampleDataCounts): number =>
  counts.events.process + counts.events.network + counts.events.file;

/** Generates the sample data without keeping it and returns its counts. */
export function countSampleData(options: GenerateOptions = {}): SampleDataCounts {
  const counts = emptyCounts();
  for (const document of generateSampleData(options)) {
    countDocument(counts, document);
  }
  return counts;
}
