/** Deterministic sample data for the simple HTTP server alerts: generator and loader. */
export { countSampleData, type SampleDataCounts } from './counts';
export { generateSampleData, MAX_SCALE, type GenerateOptions } from './generate';
export {
  loadSampleData,
  type LoadSampleDataOptions,
  type LoadSampleDataResult,
  type SampleDataLogger,
} from './load_sample_data';
export { loadRuleDefinitions, type RuleDefinition, type RuleDefinitions } from './rules';
export { SCENARIO_IDS, SCENARIOS, type ScenarioDefinition, type ScenarioId } from './scenarios';
export { installIndexTemplates } from './templates';
export {
  ALERTS_ALIAS,
  ALERTS_INDEX,
  dataStreamName,
  EVENT_STREAMS,
  type EventStream,
  type SampleDocument,
} from './types';
