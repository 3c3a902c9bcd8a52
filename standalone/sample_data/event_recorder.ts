import { eventBase, processObject, type HostProfile } from './event_base';
import { fileFields, fileMessage, FILE_EVENT_TYPES, type FileAction } from './file_events';
import { networkFields, networkMessage, type ConnectionEnds } from './network_events';
import type { SeededRandom } from './random';
import type { EventStream, GeneratedEvent, ProcessRecord, ProcessRef, UserAccount } from './types';

/**
 * Turns the activity of one host into Elastic Defend events and appends them to the event
 * list of the scenario instance, numbering them with the host's `event.sequence`.
 */
export class EventRecorder {
  private sequence = 0;

  constructor(
    private readonly host: HostProfile,
    private readonly random: SeededRandom,
    private readonly events: GeneratedEvent[]
  ) {}

  process(
    record: ProcessRecord,
    action: string,
    type: string[],
    atMs: number,
    extra: Record<string, unknown> = {}
  ): void {
    const message = `Endpoint process event: ${action} ${record.name}`;
    this.emit('process', action, type, atMs, record.user, message, {
      process: { ...processObject(record), ...extra },
    });
  }

  network(
    process: ProcessRef,
    action: string,
    type: string[],
    ends: ConnectionEnds,
    atMs: number
  ): void {
    const direction = action === 'connection_attempted' ? 'egress' : 'ingress';
    const fields = networkFields(process, ends, direction);
    this.emit('network', action, type, atMs, process.user, networkMessage(action, ends), fields);
  }

  file(
    process: ProcessRef,
    action: FileAction,
    path: string,
    atMs: number,
    size: number | null,
    originalPath: string | null
  ): void {
    const fields = fileFields(process, path, size, originalPath);
    const message = fileMessage(action, path);
    this.emit('file', action, FILE_EVENT_TYPES[action], atMs, process.user, message, fields);
  }

  private emit(
    stream: EventStream,
    action: string,
    type: string[],
    atMs: number,
    user: UserAccount,
    message: string,
    fields: Record<string, unknown>
  ): void {
    this.sequence += 1;
    const header = {
      host: this.host,
      stream,
      action,
      type,
      timestampMs: atMs,
      ingestDelayMs: this.random.int(800, 4000),
      eventId: this.random.eventId(),
      sequence: this.sequence,
      user,
      message,
    };
    this.events.push({
      stream,
      id: this.random.documentId(),
      timestampMs: atMs,
      sequence: this.sequence,
      source: { ...eventBase(header), ...fields },
    });
  }
}
