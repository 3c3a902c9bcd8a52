import type {
  EntryEvidence,
  EventRef,
  Launcher,
  ProcessSummary,
} from '../../../common/api/evidence';
import { processNameOf } from './parse_lineage';

const SYSTEMD_EXECUTABLES = new Set(['/usr/lib/systemd/systemd', '/lib/systemd/systemd']);

/** Ancestor names that identify a launcher, checked closest ancestor first. */
function launcherOfAncestor(name: string): Launcher | null {
  if (name === 'runc' || name === 'conmon' || name.startsWith('containerd-shim')) {
    return 'container_runtime';
  }
  if (['apache2', 'httpd', 'nginx'].includes(name) || name.startsWith('php-fpm')) {
    return 'web_server';
  }
  if (['cron', 'crond', 'anacron'].includes(name)) {
    return 'cron';
  }
  if (name === 'sshd') {
    return 'ssh';
  }
  return null;
}

export interface LauncherEvidence {
  launcher: Launcher;
  /** The ancestor or entry leader that decided the launcher, when one did. */
  events: EventRef[];
}

/**
 * Decides what started the server, in this order:
 * 1. `systemd` when the parent is `/usr/lib/systemd/systemd` or `/lib/systemd/systemd`;
 * 2. the closest ancestor that is a container runtime (`runc`, `containerd-shim*`,
 *    `conmon`), a web server (`apache2`, `httpd`, `nginx`, `php-fpm*`), cron (`cron`,
 *    `crond`, `anacron`) or `sshd`;
 * 3. the entry leader's `entry_meta.type`: `sshd` is ssh, `terminal` is terminal,
 *    `container` is a container runtime, and `init` is systemd when the entry leader or an
 *    ancestor is systemd;
 * 4. otherwise `unknown`.
 */
export function detectLauncher(params: {
  parentExecutable: string | null;
  ancestry: ProcessSummary[];
  entry: EntryEvidence | null;
}): LauncherEvidence {
  const { ancestry, entry } = params;
  const refsOf = (process: ProcessSummary | undefined) =>
    process?.event === null || process === undefined ? [] : [process.event];

  const parentExecutable = params.parentExecutable ?? ancestry[0]?.executable ?? null;
  if (parentExecutable !== null && SYSTEMD_EXECUTABLES.has(parentExecutable)) {
    return { launcher: 'systemd', events: refsOf(ancestry[0]) };
  }

  for (const ancestor of ancestry) {
    const name = processNameOf(ancestor.name, ancestor.executable);
    const launcher = name === null ? null : launcherOfAncestor(name);
    if (launcher !== null) {
      return { launcher, events: refsOf(ancestor) };
    }
  }

  const entryRefs = entry?.event ? [entry.event] : [];
  switch (entry?.type) {
    case 'sshd':
      return { launcher: 'ssh', events: entryRefs };
    case 'terminal':
      return { launcher: 'terminal', events: entryRefs };
    case 'container':
      return { launcher: 'container_runtime', events: entryRefs };
    case 'init': {
      const systemdAncestor = ancestry.find(
        (ancestor) => ancestor.executable !== null && SYSTEMD_EXECUTABLES.has(ancestor.executable)
      );
      const leaderIsSystemd =
        entry.executable !== null && SYSTEMD_EXECUTABLES.has(entry.executable);
      if (leaderIsSystemd || systemdAncestor !== undefined) {
        return { launcher: 'systemd', events: [...entryRefs, ...refsOf(systemdAncestor)] };
      }
      break;
    }
    default:
      break;
  }
  return { launcher: 'unknown', events: [] };
}
