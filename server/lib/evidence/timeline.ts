import type {
  ChildProcess,
  ClientGroup,
  EventRef,
  FileActivity,
  OutboundConnection,
  ProcessSummary,
  RelatedAlert,
  ServerProcess,
  TimelineCategory,
  TimelineEntry,
} from '../../../common/api/evidence';
import { TIMELINE_CATEGORIES } from '../../../common/api/evidence';
import { processNameOf } from './parse_lineage';
import { toEpochMs } from './source_hit';

export interface TimelineInput {
  process: ServerProcess | null;
  ancestry: ProcessSummary[];
  children: ChildProcess[];
  clients: ClientGroup[];
  outbound: OutboundConnection[];
  files: FileActivity[];
  relatedAlerts: RelatedAlert[];
}

const FILE_VERBS: Record<string, string> = {
  creation: 'created',
  deletion: 'deleted',
  rename: 'renamed a file to',
  modification: 'modified',
  overwrite: 'overwrote',
};

function entry(
  timestamp: string,
  category: TimelineCategory,
  action: string,
  summary: string,
  event: EventRef
): TimelineEntry {
  return { timestamp, category, action, summary, event };
}

const nameOf = (process: ProcessSummary) =>
  processNameOf(process.name, process.executable) ?? 'unknown process';

/** Command lines longer than this are cut in summaries; the event keeps the full text. */
const MAX_COMMAND_LINE_LENGTH = 160;

function withCommandLine(text: string, process: ProcessSummary): string {
  const commandLine = process.command_line;
  if (commandLine === null) {
    return text;
  }
  const shortened =
    commandLine.length > MAX_COMMAND_LINE_LENGTH
      ? `${commandLine.slice(0, MAX_COMMAND_LINE_LENGTH - 1)}…`
      : commandLine;
  return `${text}: ${shortened}`;
}

function processEntries(input: TimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const server = input.process;

  for (const ancestor of input.ancestry) {
    if (ancestor.start !== null && ancestor.event !== null) {
      const summary = withCommandLine(`Ancestor ${nameOf(ancestor)} started`, ancestor);
      entries.push(entry(ancestor.start, 'process', 'exec', summary, ancestor.event));
    }
  }
  if (server !== null && server.start !== null && server.event !== null) {
    const user = server.user_name === null ? '' : ` as ${server.user_name}`;
    const summary = withCommandLine(`Server ${nameOf(server)} started${user}`, server);
    entries.push(entry(server.start, 'process', 'exec', summary, server.event));
  }
  if (server !== null && server.end !== null && server.end_event !== null) {
    const code = server.exit_code === null ? '' : ` with code ${server.exit_code}`;
    const summary = `Server ${nameOf(server)} exited${code}`;
    entries.push(entry(server.end, 'process', 'end', summary, server.end_event));
  }
  for (const child of input.children) {
    if (child.start !== null && child.event !== null) {
      const relation = child.depth === 1 ? 'Child' : `Descendant (depth ${child.depth})`;
      const shell = child.is_shell ? ' shell' : '';
      const summary = withCommandLine(`${relation}${shell} ${nameOf(child)} started`, child);
      entries.push(entry(child.start, 'process', 'exec', summary, child.event));
    }
  }
  return entries;
}

function networkEntries(input: TimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const client of input.clients) {
    const first = client.events[0];
    const last = client.events[client.events.length - 1];
    if (first !== undefined) {
      const summary = `First connection from ${client.ip} (${client.kind})`;
      entries.push(entry(client.first_seen, 'network', 'connection_accepted', summary, first));
    }
    if (last !== undefined && client.connections > 1 && last !== first) {
      const count = `${client.connections} connections`;
      const summary = `Last of ${count} from ${client.ip} (${client.kind})`;
      entries.push(entry(client.last_seen, 'network', 'connection_accepted', summary, last));
    }
  }
  for (const connection of input.outbound) {
    const port = connection.destination_port === null ? '' : `:${connection.destination_port}`;
    const by = connection.process_name ?? 'unknown process';
    const target = `${connection.destination_ip}${port} (${connection.kind})`;
    const summary = `${by} attempted a connection to ${target}`;
    const { timestamp, event } = connection;
    entries.push(entry(timestamp, 'network', 'connection_attempted', summary, event));
  }
  return entries;
}

function fileEntries(input: TimelineInput): TimelineEntry[] {
  return input.files.map((file) => {
    const by = file.process_name ?? 'unknown process';
    const verb = FILE_VERBS[file.action] ?? file.action;
    const script = file.is_script ? ' (script)' : '';
    const summary = `${by} ${verb} ${file.path}${script}`;
    return entry(file.timestamp, 'file', file.action, summary, file.event);
  });
}

function alertEntries(input: TimelineInput): TimelineEntry[] {
  return input.relatedAlerts.map((alert) => {
    const host = alert.host_name === null ? '' : ` on ${alert.host_name}`;
    const user = alert.user_name === null ? '' : ` by ${alert.user_name}`;
    const summary = `Alert ${alert.rule_name}${host}${user}`;
    return entry(alert.timestamp, 'alert', 'alert', summary, { id: alert.id, index: alert.index });
  });
}

/**
 * Merges process, network, file and related-alert entries, oldest first. Entries at the
 * same time keep the category order process, network, file, alert.
 */
export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const entries = [
    ...processEntries(input),
    ...networkEntries(input),
    ...fileEntries(input),
    ...alertEntries(input),
  ];
  const keyed = entries.map((item, position) => ({
    item,
    position,
    time: toEpochMs(item.timestamp) ?? Number.POSITIVE_INFINITY,
    rank: TIMELINE_CATEGORIES.indexOf(item.category),
  }));
  keyed.sort((left, right) => {
    if (left.time !== right.time) {
      return left.time < right.time ? -1 : 1;
    }
    return left.rank - right.rank || left.position - right.position;
  });
  return keyed.map(({ item }) => item);
}
