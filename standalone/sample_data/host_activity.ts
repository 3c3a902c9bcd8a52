import type { HostProfile } from './event_base';
import { EventRecorder } from './event_recorder';
import type { FileAction } from './file_events';
import { localAddressFor, type ConnectionEnds } from './network_events';
import { entityId, type SeededRandom } from './random';
import type { EntryType, GeneratedEvent, ProcessRecord, ProcessRef, UserAccount } from './types';

export const ROOT: UserAccount = { name: 'root', id: '0', group: { name: 'root', id: '0' } };

/** A user whose primary group has the user's name and id, as `useradd` creates it. */
export const account = (name: string, id: number): UserAccount => ({
  name,
  id: String(id),
  group: { name, id: String(id) },
});

/** Specification of a new process. Fields left out are inherited from the parent. */
export interface ProcessSpec {
  executable: string;
  args: string[];
  /** Defaults to the last path part of `executable`. */
  name?: string;
  /** Defaults to `args` joined with spaces. */
  commandLine?: string;
  user?: UserAccount;
  workingDirectory?: string;
  interactive?: boolean;
  /** Makes the process the entry leader of a new session of this type. */
  entry?: { type: EntryType; sourceIp?: string };
  /** Makes the process its own session leader (it called setsid). */
  sessionLeader?: boolean;
}

/** Maximum length of `process.Ext.ancestry`, as in Elastic Defend. */
const MAX_ANCESTRY = 20;

/**
 * Records the process, network and file events of one host. It assigns pids and entity
 * ids, keeps the process tree (parents, session and entry leaders, ancestry) and appends
 * each event to the shared list of the scenario instance.
 */
export class HostActivity {
  readonly init: ProcessRecord;
  /** Daemons started by init, by executable, so a second `startService` reuses them. */
  readonly services = new Map<string, ProcessRecord>();
  private readonly recorder: EventRecorder;
  private nextPid = 1;

  constructor(
    readonly host: HostProfile,
    readonly random: SeededRandom,
    events: GeneratedEvent[],
    readonly bootMs: number
  ) {
    this.recorder = new EventRecorder(host, random, events);
    this.init = this.exec(
      null,
      {
        executable: '/usr/lib/systemd/systemd',
        name: 'systemd',
        args: ['/sbin/init'],
        user: ROOT,
        workingDirectory: '/',
        interactive: false,
        entry: { type: 'init' },
        sessionLeader: true,
      },
      bootMs
    );
    this.nextPid = random.int(600, 1500);
  }

  get primaryIp(): string {
    return this.host.ip[0] ?? '127.0.0.1';
  }

  /** Starts a process and writes its `exec` event. */
  exec(parent: ProcessRecord | null, spec: ProcessSpec, atMs: number): ProcessRecord {
    const pid = this.allocatePid();
    const base: ProcessRef = {
      entityId: entityId(this.host.agentId, pid, atMs),
      pid,
      name: spec.name ?? spec.executable.slice(spec.executable.lastIndexOf('/') + 1),
      executable: spec.executable,
      args: spec.args,
      commandLine: spec.commandLine ?? spec.args.join(' '),
      startMs: atMs,
      user: spec.user ?? parent?.user ?? ROOT,
    };
    const newEntry = spec.entry !== undefined || parent === null;
    const record: ProcessRecord = {
      ...base,
      workingDirectory: spec.workingDirectory ?? parent?.workingDirectory ?? '/',
      interactive: spec.interactive ?? parent?.interactive ?? false,
      parent,
      ancestry: parent === null ? [] : [parent.entityId, ...parent.ancestry].slice(0, MAX_ANCESTRY),
      entryLeader: newEntry || parent === null ? base : parent.entryLeader,
      entryType: spec.entry?.type ?? parent?.entryType ?? 'unknown',
      entrySourceIp: newEntry ? (spec.entry?.sourceIp ?? null) : (parent?.entrySourceIp ?? null),
      sessionLeader: spec.sessionLeader === true || parent === null ? base : parent.sessionLeader,
    };
    this.recorder.process(record, 'exec', ['start'], atMs);
    return record;
  }

  /** Forks a copy of `parent` (same image, new pid) and writes its `fork` event. */
  fork(parent: ProcessRecord, atMs: number, user: UserAccount = parent.user): ProcessRecord {
    const pid = this.allocatePid();
    const record: ProcessRecord = {
      ...parent,
      entityId: entityId(this.host.agentId, pid, atMs),
      pid,
      startMs: atMs,
      user,
      parent,
      ancestry: [parent.entityId, ...parent.ancestry].slice(0, MAX_ANCESTRY),
    };
    this.recorder.process(record, 'fork', ['start'], atMs);
    return record;
  }

  /** Writes the `end` event of a process. */
  end(record: ProcessRecord, atMs: number, exitCode = 0): void {
    this.recorder.process(record, 'end', ['end'], atMs, {
      end: new Date(atMs).toISOString(),
      exit_code: exitCode,
    });
  }

  /** Starts a short command (`ls`, `id`) and ends it a moment later. */
  run(parent: ProcessRecord, spec: ProcessSpec, atMs: number, exitCode = 0): ProcessRecord {
    const record = this.exec(parent, spec, atMs);
    this.end(record, atMs + this.random.int(5, 900), exitCode);
    return record;
  }

  /**
   * Writes a `connection_accepted` event on the listening process and, `durationMs` later,
   * its `disconnect_received`.
   */
  accept(
    server: ProcessRef,
    clientIp: string,
    listenPort: number,
    atMs: number,
    durationMs: number
  ): void {
    const ends: ConnectionEnds = {
      sourceIp: clientIp,
      sourcePort: this.random.int(32768, 60999),
      destinationIp: localAddressFor(clientIp, this.primaryIp),
      destinationPort: listenPort,
    };
    this.recorder.network(server, 'connection_accepted', ['start'], ends, atMs);
    this.recorder.network(server, 'disconnect_received', ['end'], ends, atMs + durationMs);
  }

  /** Writes a `connection_attempted` event: `process` opened a connection to a remote port. */
  connect(process: ProcessRef, destinationIp: string, destinationPort: number, atMs: number): void {
    const ends: ConnectionEnds = {
      sourceIp: localAddressFor(destinationIp, this.primaryIp),
      sourcePort: this.random.int(32768, 60999),
      destinationIp,
      destinationPort,
    };
    this.recorder.network(process, 'connection_attempted', ['start'], ends, atMs);
  }

  /** Writes a file event. `originalPath` is required for renames. */
  file(
    process: ProcessRef,
    action: FileAction,
    path: string,
    atMs: number,
    size: number | null = null,
    originalPath: string | null = null
  ): void {
    this.recorder.file(process, action, path, atMs, size, originalPath);
  }

  private allocatePid(): number {
    const pid = this.nextPid;
    this.nextPid += this.random.int(1, 40);
    return pid;
  }
}
