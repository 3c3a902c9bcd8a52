import type {
  ChildProcess,
  ClientGroup,
  DerivedFact,
  EntryEvidence,
  EventRef,
  FileActivity,
  OutboundConnection,
  ProcessSummary,
} from '../../../common/api/evidence';
import type { ObservedListener } from './client_aggregations';
import type { ServerCommandLine } from './command_line';
import { detectLauncher } from './launcher';
import { classifyServedDirectory, isUnderDirectory } from './served_directory';
import { uniqueRefs } from './source_hit';

/** Inputs of `deriveFacts`. `server` is read from the document that recorded the server's start. */
export interface FactInput {
  server: ProcessSummary & { event: EventRef };
  parentExecutable: string | null;
  commandLine: ServerCommandLine & { servedDirectory: string | null };
  ancestry: ProcessSummary[];
  entry: EntryEvidence | null;
  clients: ClientGroup[];
  listeningPorts: Array<ObservedListener<number>>;
  listeningAddresses: Array<ObservedListener<string>>;
  children: ChildProcess[];
  files: FileActivity[];
  outbound: OutboundConnection[];
}

/** File actions that leave a file in place, so a script can be run afterwards. */
const WRITE_ACTIONS = new Set(['creation', 'rename', 'modification', 'overwrite']);

const fact = (
  id: DerivedFact['id'],
  value: DerivedFact['value'],
  concerning: boolean,
  events: EventRef[]
): DerivedFact => ({ id, value, concerning, events: uniqueRefs(events) });

/**
 * Derives one fact per `FACT_IDS` entry, in that order. `concerning` marks values that
 * point to a backdoor. These are public clients, shell children, root, a temporary or web
 * root directory and CGI. A web server or an ssh login from a public address as the
 * launcher counts too, as do scripts written to the served directory and outbound
 * connections to public addresses.
 */
export function deriveFacts(input: FactInput): DerivedFact[] {
  const serverRef = input.server.event;
  const { commandLine } = input;
  const servedDirectory = commandLine.servedDirectory;
  const directoryKind = servedDirectory === null ? null : classifyServedDirectory(servedDirectory);

  const publicClients = input.clients.filter((client) => client.kind === 'public');
  const shellChildren = input.children.filter((child) => child.is_shell);
  const publicOutbound = input.outbound.filter((connection) => connection.kind === 'public');
  const scripts = readScriptsInServedDirectory(input.files, servedDirectory);
  const launcher = detectLauncher(input);
  const sshFromPublic = launcher.launcher === 'ssh' && input.entry?.source_kind === 'public';
  const startedByRoot = readStartedByRoot(input.server);

  return [
    fact(
      'listening_address',
      commandLine.listeningAddress ?? singleValue(input.listeningAddresses),
      false,
      [serverRef, ...input.listeningAddresses.flatMap((listener) => listener.events)]
    ),
    readListeningPort(input),
    fact('cgi_enabled', commandLine.cgiEnabled, commandLine.cgiEnabled, [serverRef]),
    fact('served_directory', servedDirectory, false, [serverRef]),
    fact(
      'served_directory_kind',
      directoryKind,
      directoryKind === 'temporary' || directoryKind === 'web_root',
      [serverRef]
    ),
    fact('started_by_root', startedByRoot, startedByRoot === true, [serverRef]),
    fact(
      'launched_by',
      launcher.launcher,
      launcher.launcher === 'web_server' || sshFromPublic,
      [serverRef, ...launcher.events]
    ),
    fact(
      'public_clients',
      publicClients.length,
      publicClients.length > 0,
      publicClients.flatMap((client) => client.events.slice(0, 1))
    ),
    fact(
      'shell_children',
      shellChildren.length,
      shellChildren.length > 0,
      shellChildren.flatMap((child) => (child.event === null ? [] : [child.event]))
    ),
    fact(
      'scripts_in_served_directory',
      scripts === null ? null : new Set(scripts.map((file) => file.path)).size,
      scripts !== null && scripts.length > 0,
      (scripts ?? []).map((file) => file.event)
    ),
    fact(
      'outbound_public_connections',
      publicOutbound.length,
      publicOutbound.length > 0,
      publicOutbound.map((connection) => connection.event)
    ),
  ];
}

/** Returns true for user id 0 or user name root, null when the event names neither. */
function readStartedByRoot(server: ProcessSummary): boolean | null {
  if (server.user_id === null && server.user_name === null) {
    return null;
  }
  return server.user_id === '0' || server.user_name === 'root';
}

/**
 * Reads the port from the command line and checks it against the ports the server
 * accepted connections on. When connections arrived on other ports only, the busiest
 * observed port wins, because the events show where the server really listened.
 */
function readListeningPort(input: FactInput): DerivedFact {
  const serverRef = input.server.event;
  const port = input.commandLine.port;
  const observed = [...input.listeningPorts].sort(
    (left, right) => right.connections - left.connections
  );
  if (observed.length === 0) {
    return fact('listening_port', port, false, [serverRef]);
  }
  const matching = observed.find((listener) => listener.value === port);
  if (matching !== undefined) {
    return fact('listening_port', port, false, [serverRef, ...matching.events]);
  }
  return fact('listening_port', observed[0].value, false, observed[0].events);
}

function singleValue(listeners: Array<ObservedListener<string>>): string | null {
  return listeners.length === 1 ? listeners[0].value : null;
}

/**
 * Returns the scripts written into the served directory, or null when the directory is
 * unknown or relative, because then no path can be matched against it.
 */
function readScriptsInServedDirectory(
  files: FileActivity[],
  servedDirectory: string | null
): FileActivity[] | null {
  if (servedDirectory === null || !servedDirectory.startsWith('/')) {
    return null;
  }
  return files.filter(
    (file) =>
      file.is_script &&
      WRITE_ACTIONS.has(file.action) &&
      isUnderDirectory(file.path, servedDirectory)
  );
}
