import { detectAlerts, type AlertBuildContext } from './alerts';
import { addBackgroundActivity } from './noise';
import { SeededRandom } from './random';
import { loadRuleDefinitions, type RuleDefinitions } from './rules';
import { DAY, MINUTE, ScenarioInstance } from './scenario_context';
import { SCENARIO_IDS, SCENARIOS, type ScenarioId } from './scenarios';
import {
  dataStreamName,
  defaultBackingIndex,
  type EventStream,
  type GeneratedEvent,
  type SampleDocument,
} from './types';

export const DEFAULT_SEED = 1;

/** Largest accepted scale; 1,000 copies already give about 3 million events. */
export const MAX_SCALE = 10_000;

export interface GenerateOptions {
  seed?: number;
  /**
   * Time the data is relative to: every event and alert falls before it, within about the
   * last seven days. Defaults to now rounded down to the minute.
   */
  anchor?: Date;
  /** Number of copies of the scenario mix, each on its own hosts. Default 1. */
  scale?: number;
  /** Rule saved objects; read from `rootDir` when left out. */
  rules?: RuleDefinitions;
  /** Repository root to read the rule files from, default the working directory. */
  rootDir?: string;
  /** Concrete backing index of each events data stream, for `kibana.alert.ancestors`. */
  backingIndices?: Partial<Record<EventStream, string>>;
}

/** Returns the current time rounded down to the minute, the default anchor. */
export const currentMinute = (): Date => new Date(Math.floor(Date.now() / MINUTE) * MINUTE);

/** Checks the scale option: a whole number from 1 to MAX_SCALE. */
export function validateScale(scale: number): number {
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
    throw new Error(`Invalid scale ${scale}: expected a whole number from 1 to ${MAX_SCALE}`);
  }
  return scale;
}

/** Builds one scenario instance: its hosts' events in time order. */
export function buildInstance(
  seed: number,
  anchorMs: number,
  copy: number,
  scenario: ScenarioId
): ScenarioInstance {
  const scenarioIndex = SCENARIO_IDS.indexOf(scenario);
  const random = SeededRandom.fromKey(seed, anchorMs, copy, scenario);
  const instance = new ScenarioInstance(scenario, scenarioIndex, copy, random, anchorMs);
  SCENARIOS[scenario].build(instance);

  const jumpHost = `172.31.${copy % 256}.10`;
  for (const host of instance.hosts) {
    const fromMs = host.bootMs + 10 * MINUTE;
    const toMs = Math.min(anchorMs - 10 * MINUTE, fromMs + 3 * DAY);
    addBackgroundActivity(host, fromMs, toMs, jumpHost);
  }
  // Array.prototype.sort is stable, so events with equal times keep the order they were written in.
  instance.events.sort((a, b) => a.timestampMs - b.timestampMs);
  return instance;
}

const toDocument = (event: GeneratedEvent): SampleDocument => ({
  index: dataStreamName(event.stream),
  id: event.id,
  source: event.source,
});

/**
 * Generates the sample events and alerts, one scenario instance at a time, so memory
 * stays bounded by the largest instance (a few thousand documents) whatever the scale.
 * The same seed, anchor and scale give byte-identical documents in the same order.
 */
export function* generateSampleData(options: GenerateOptions = {}): Generator<SampleDocument> {
  const seed = options.seed ?? DEFAULT_SEED;
  const anchorMs = (options.anchor ?? currentMinute()).getTime();
  const scale = validateScale(options.scale ?? 1);
  const rules = options.rules ?? loadRuleDefinitions(options.rootDir);
  const backingIndex = (stream: EventStream): string =>
    options.backingIndices?.[stream] ?? defaultBackingIndex(stream);
  const backingIndices: Record<EventStream, string> = {
    process: backingIndex('process'),
    network: backingIndex('network'),
    file: backingIndex('file'),
  };

  for (let copy = 0; copy < scale; copy++) {
    for (const scenario of SCENARIO_IDS) {
      const instance = buildInstance(seed, anchorMs, copy, scenario);
      const context: AlertBuildContext = { random: instance.random, anchorMs, backingIndices };
      const alerts = detectAlerts(context, rules, instance.events);
      yield* instance.events.map(toDocument);
      yield* alerts;
    }
  }
}
