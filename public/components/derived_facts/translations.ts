import { i18n } from '../../i18n';
import type { FactId, Launcher, ServedDirectoryKind } from '../../../common/api/evidence';

export const FACT_LABELS: Record<FactId, string> = {
  listening_address: i18n.translate('simpleHttpInvestigation.derivedFacts.listeningAddress', {
    defaultMessage: 'Listening address',
  }),
  listening_port: i18n.translate('simpleHttpInvestigation.derivedFacts.listeningPort', {
    defaultMessage: 'Listening port',
  }),
  cgi_enabled: i18n.translate('simpleHttpInvestigation.derivedFacts.cgiEnabled', {
    defaultMessage: 'CGI enabled',
  }),
  served_directory: i18n.translate('simpleHttpInvestigation.derivedFacts.servedDirectory', {
    defaultMessage: 'Served directory',
  }),
  served_directory_kind: i18n.translate(
    'simpleHttpInvestigation.derivedFacts.servedDirectoryKind',
    { defaultMessage: 'Served directory kind' }
  ),
  started_by_root: i18n.translate('simpleHttpInvestigation.derivedFacts.startedByRoot', {
    defaultMessage: 'Started by root',
  }),
  launched_by: i18n.translate('simpleHttpInvestigation.derivedFacts.launchedBy', {
    defaultMessage: 'Launched from',
  }),
  public_clients: i18n.translate('simpleHttpInvestigation.derivedFacts.publicClients', {
    defaultMessage: 'Public clients',
  }),
  shell_children: i18n.translate('simpleHttpInvestigation.derivedFacts.shellChildren', {
    defaultMessage: 'Shell child processes',
  }),
  scripts_in_served_directory: i18n.translate(
    'simpleHttpInvestigation.derivedFacts.scriptsInServedDirectory',
    { defaultMessage: 'Scripts in the served directory' }
  ),
  outbound_public_connections: i18n.translate(
    'simpleHttpInvestigation.derivedFacts.outboundPublicConnections',
    { defaultMessage: 'Outbound connections to public addresses' }
  ),
};

export const SERVED_DIRECTORY_KINDS: Record<ServedDirectoryKind, string> = {
  home: i18n.translate('simpleHttpInvestigation.derivedFacts.directoryHome', {
    defaultMessage: 'Home directory',
  }),
  temporary: i18n.translate('simpleHttpInvestigation.derivedFacts.directoryTemporary', {
    defaultMessage: 'Temporary directory',
  }),
  web_root: i18n.translate('simpleHttpInvestigation.derivedFacts.directoryWebRoot', {
    defaultMessage: 'Web root',
  }),
  system: i18n.translate('simpleHttpInvestigation.derivedFacts.directorySystem', {
    defaultMessage: 'System directory',
  }),
  other: i18n.translate('simpleHttpInvestigation.derivedFacts.directoryOther', {
    defaultMessage: 'Other',
  }),
};

export const LAUNCHERS: Record<Launcher, string> = {
  ssh: i18n.translate('simpleHttpInvestigation.derivedFacts.launcherSsh', {
    defaultMessage: 'SSH session',
  }),
  terminal: i18n.translate('simpleHttpInvestigation.derivedFacts.launcherTerminal', {
    defaultMessage: 'Terminal',
  }),
  cron: i18n.translate('simpleHttpInvestigation.derivedFacts.launcherCron', {
    defaultMessage: 'Cron job',
  }),
  systemd: i18n.translate('simpleHttpInvestigation.derivedFacts.launcherSystemd', {
    defaultMessage: 'systemd service',
  }),
  container_runtime: i18n.translate(
    'simpleHttpInvestigation.derivedFacts.launcherContainerRuntime',
    { defaultMessage: 'Container runtime' }
  ),
  web_server: i18n.translate('simpleHttpInvestigation.derivedFacts.launcherWebServer', {
    defaultMessage: 'Another web server',
  }),
  unknown: i18n.translate('simpleHttpInvestigation.derivedFacts.launcherUnknown', {
    defaultMessage: 'Unknown',
  }),
};

export const YES = i18n.translate('simpleHttpInvestigation.derivedFacts.yes', {
  defaultMessage: 'Yes',
});

export const NO = i18n.translate('simpleHttpInvestigation.derivedFacts.no', {
  defaultMessage: 'No',
});

export const UNKNOWN = i18n.translate('simpleHttpInvestigation.derivedFacts.unknown', {
  defaultMessage: 'Unknown',
});

export const TITLE = i18n.translate('simpleHttpInvestigation.derivedFacts.title', {
  defaultMessage: 'Facts from the events',
});

export const DESCRIPTION = i18n.translate('simpleHttpInvestigation.derivedFacts.description', {
  defaultMessage:
    'Read off the events, not a verdict. Flagged values often appear when the server is a backdoor; review the evidence before deciding.',
});

export const CONCERNING_TOOLTIP = i18n.translate(
  'simpleHttpInvestigation.derivedFacts.concerningTooltip',
  { defaultMessage: 'Flagged: this value often appears when the server is a backdoor.' }
);

export const NO_FACTS = i18n.translate('simpleHttpInvestigation.derivedFacts.noFacts', {
  defaultMessage: 'No facts could be read from the events.',
});

export const factText = (label: string, value: string) =>
  i18n.translate('simpleHttpInvestigation.derivedFacts.factText', {
    defaultMessage: '{label}: {value}',
    values: { label, value },
  });
