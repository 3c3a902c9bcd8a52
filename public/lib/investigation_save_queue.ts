import type { Investigation, UpdateInvestigationBody } from '../../common/api/investigations';
import { getApiErrorDetails, readConflictCurrent, type ApiErrorDetails } from '../api_client';
import {
  isEmptyEdits,
  mergeEdits,
  toUpdateBody,
  type InvestigationEdits,
} from './investigation_edits';

export type SaveState =
  | { kind: 'idle' }
  /** Edits wait for the debounce delay to pass. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  /** The last request failed; the edits are kept for a retry. */
  | { kind: 'failed'; error: ApiErrorDetails }
  /** The record changed on the server since it loaded; saving stops until a reload. */
  | { kind: 'conflict'; current: Investigation };

export interface SaveQueueSnapshot {
  /** The last record the server returned, or null before the investigation starts. */
  investigation: Investigation | null;
  /** Edits in flight and waiting, which the page shows on top of `investigation`. */
  unsavedEdits: InvestigationEdits;
  saveState: SaveState;
}

export interface SaveQueueOptions {
  /** How long edits wait for more edits before they are sent, in milliseconds. */
  delayMs: number;
  /** Starts the investigation, or returns the one that exists. */
  start: () => Promise<Investigation>;
  update: (body: UpdateInvestigationBody) => Promise<Investigation>;
}

/** Rejection of `runAction` when edits could not be saved first. */
export class UnsavedEditsError extends Error {
  constructor() {
    super('Save or discard the unsaved changes first');
    this.name = 'UnsavedEditsError';
  }
}

/**
 * Saves an investigation's edits. It debounces them and sends one request at a time with the
 * version of the latest record. After a failure it keeps the edits for a retry, and after a
 * version conflict it stops saving until the caller takes the server's record.
 */
export class InvestigationSaveQueue {
  private investigation: Investigation | null;
  private pending: InvestigationEdits = {};
  private inFlight: InvestigationEdits = {};
  private saveState: SaveState = { kind: 'idle' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Operations run one after another on this chain, so one request is in flight at most. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Bumped by `takeRecord`, so responses to requests sent before it are ignored. */
  private generation = 0;
  private disposed = false;
  private readonly listeners = new Set<() => void>();
  private snapshot: SaveQueueSnapshot;

  constructor(
    investigation: Investigation | null,
    private readonly options: SaveQueueOptions
  ) {
    this.investigation = investigation;
    this.snapshot = this.buildSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);

    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaveQueueSnapshot => this.snapshot;

  /** Adds edits and sends them after the debounce delay, unless a conflict stopped saving. */
  edit(edits: InvestigationEdits): void {
    this.pending = mergeEdits(this.pending, edits);

    if (this.saveState.kind === 'idle' || this.saveState.kind === 'saved') {
      this.saveState = { kind: 'pending' };
    }

    if (this.saveState.kind !== 'conflict') {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.enqueue(() => this.sendPending());
      }, this.options.delayMs);
    }

    this.publish();
  }

  /** Sends waiting edits now. Resolves when they are saved or the request failed. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;

    return this.enqueue(() => this.sendPending());
  }

  /** Starts the investigation when it has not started yet. */
  start(): Promise<void> {
    return this.enqueue(async () => {
      if (this.investigation || this.saveState.kind === 'conflict') {
        return;
      }

      const generation = this.generation;
      this.setSaveState({ kind: 'saving' });

      try {
        const started = await this.options.start();

        if (generation === this.generation) {
          this.investigation = started;
          this.saveState = isEmptyEdits(this.pending)
            ? { kind: 'saved', savedAt: started.updated_at }
            : { kind: 'pending' };
          this.publish();
        }
      } catch (error) {
        if (generation === this.generation) {
          this.setSaveState({ kind: 'failed', error: getApiErrorDetails(error) });
        }
      }
    });
  }

  /**
   * Saves waiting edits, then runs `action` (submit, for example) with the latest version
   * and keeps the record it returns. Rejects with `UnsavedEditsError` when the edits could
   * not be saved, and with the action's error otherwise. A version conflict also moves the
   * queue to the conflict state.
   */
  async runAction(action: (version: string) => Promise<Investigation>): Promise<Investigation> {
    await this.flush();

    return this.enqueue(async () => {
      const { investigation } = this;
      const blocked = this.saveState.kind === 'failed' || this.saveState.kind === 'conflict';

      if (!investigation || blocked || !isEmptyEdits(this.pending)) {
        throw new UnsavedEditsError();
      }

      try {
        const result = await action(investigation.version);
        this.investigation = result;
        this.setSaveState({ kind: 'saved', savedAt: result.updated_at });

        return result;
      } catch (error) {
        const current = readConflictCurrent(error);

        if (current) {
          this.setSaveState({ kind: 'conflict', current });
        }

        throw error;
      }
    });
  }

  /** Replaces the record with `investigation` and drops every unsaved edit. */
  takeRecord(investigation: Investigation | null): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.generation++;
    this.investigation = investigation;
    this.pending = {};
    this.inFlight = {};
    this.setSaveState({ kind: 'idle' });
  }

  /**
   * Stops notifying listeners and sends waiting edits without waiting for the delay.
   * NOTE: the page is gone by then, so a failure of that last request loses those edits.
   */
  dispose(): void {
    const hadTimer = this.timer !== undefined;
    this.disposed = true;

    if (hadTimer) {
      void this.flush();
    }
  }

  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.tail.then(operation);
    this.tail = result.catch(() => undefined);

    return result;
  }

  /** Sends waiting edits one request at a time until none wait or a request fails. */
  private async sendPending(): Promise<void> {
    while (
      !isEmptyEdits(this.pending) &&
      this.timer === undefined &&
      this.saveState.kind !== 'conflict'
    ) {
      const generation = this.generation;
      const edits = this.pending;
      this.pending = {};
      this.inFlight = edits;
      this.setSaveState({ kind: 'saving' });

      try {
        const base = this.investigation ?? (await this.options.start());

        if (generation !== this.generation) {
          return;
        }

        this.investigation = base;
        const saved = await this.options.update(toUpdateBody(base.version, edits));

        if (generation !== this.generation) {
          return;
        }

        this.investigation = saved;
        this.inFlight = {};
        this.saveState = isEmptyEdits(this.pending)
          ? { kind: 'saved', savedAt: saved.updated_at }
          : { kind: 'pending' };
        this.publish();
      } catch (error) {
        if (generation !== this.generation) {
          return;
        }

        this.pending = mergeEdits(edits, this.pending);
        this.inFlight = {};

        const current = readConflictCurrent(error);
        this.setSaveState(
          current
            ? { kind: 'conflict', current }
            : { kind: 'failed', error: getApiErrorDetails(error) }
        );

        return;
      }
    }
  }

  private setSaveState(saveState: SaveState): void {
    this.saveState = saveState;
    this.publish();
  }

  private buildSnapshot(): SaveQueueSnapshot {
    return {
      investigation: this.investigation,
      unsavedEdits: mergeEdits(this.inFlight, this.pending),
      saveState: this.saveState,
    };
  }

  private publish(): void {
    this.snapshot = this.buildSnapshot();

    if (this.disposed) {
      return;
    }

    for (const listener of this.listeners) {
      listener();
    }
  }
}
