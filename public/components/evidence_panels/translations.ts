import { i18n } from '../../i18n';
import type { EvidencePanelId } from '../../../common/api/checklists';

export const PANEL_TITLES: Record<EvidencePanelId, string> = {
  process: i18n.translate('simpleHttpInvestigation.evidencePanels.processTitle', {
    defaultMessage: 'Server process',
  }),
  ancestry: i18n.translate('simpleHttpInvestigation.evidencePanels.ancestryTitle', {
    defaultMessage: 'Process ancestry',
  }),
  entry: i18n.translate('simpleHttpInvestigation.evidencePanels.entryTitle', {
    defaultMessage: 'How the user got in',
  }),
  children: i18n.translate('simpleHttpInvestigation.evidencePanels.childrenTitle', {
    defaultMessage: 'Child processes',
  }),
  clients: i18n.translate('simpleHttpInvestigation.evidencePanels.clientsTitle', {
    defaultMessage: 'Clients',
  }),
  outbound: i18n.translate('simpleHttpInvestigation.evidencePanels.outboundTitle', {
    defaultMessage: 'Outbound connections',
  }),
  files: i18n.translate('simpleHttpInvestigation.evidencePanels.filesTitle', {
    defaultMessage: 'File activity',
  }),
  related_alerts: i18n.translate('simpleHttpInvestigation.evidencePanels.relatedAlertsTitle', {
    defaultMessage: 'Related alerts',
  }),
  timeline: i18n.translate('simpleHttpInvestigation.evidencePanels.timelineTitle', {
    defaultMessage: 'Timeline',
  }),
};

export const PANEL_EMPTY_MESSAGES: Record<EvidencePanelId, string> = {
  process: i18n.translate('simpleHttpInvestigation.evidencePanels.processEmpty', {
    defaultMessage: 'No start event of the server process in the window.',
  }),
  ancestry: i18n.translate('simpleHttpInvestigation.evidencePanels.ancestryEmpty', {
    defaultMessage: 'No ancestor processes in the window.',
  }),
  entry: i18n.translate('simpleHttpInvestigation.evidencePanels.entryEmpty', {
    defaultMessage: 'No entry leader recorded for the session of the server process.',
  }),
  children: i18n.translate('simpleHttpInvestigation.evidencePanels.childrenEmpty', {
    defaultMessage: 'No child processes in the window.',
  }),
  clients: i18n.translate('simpleHttpInvestigation.evidencePanels.clientsEmpty', {
    defaultMessage: 'No client connections in the window.',
  }),
  outbound: i18n.translate('simpleHttpInvestigation.evidencePanels.outboundEmpty', {
    defaultMessage: 'No outbound connections in the window.',
  }),
  files: i18n.translate('simpleHttpInvestigation.evidencePanels.filesEmpty', {
    defaultMessage: 'No file activity in the window.',
  }),
  related_alerts: i18n.translate('simpleHttpInvestigation.evidencePanels.relatedAlertsEmpty', {
    defaultMessage: 'No other alerts for this host or user in the window.',
  }),
  timeline: i18n.translate('simpleHttpInvestigation.evidencePanels.timelineEmpty', {
    defaultMessage: 'No events in the window.',
  }),
};

export const TRUNCATED_TITLE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.truncatedTitle',
  { defaultMessage: 'Incomplete list' }
);

export const TRUNCATED_BODY = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.truncatedBody',
  {
    defaultMessage:
      'The query reached its size limit, so some entries in the window are missing here.',
  }
);

export const itemCount = (count: number) =>
  i18n.translate('simpleHttpInvestigation.evidencePanels.itemCount', {
    defaultMessage: '{count, plural, one {# item} other {# items}}',
    values: { count },
  });

export const FIELD_EXECUTABLE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldExecutable',
  { defaultMessage: 'Executable' }
);

export const FIELD_COMMAND_LINE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldCommandLine',
  { defaultMessage: 'Command line' }
);

export const FIELD_WORKING_DIRECTORY = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldWorkingDirectory',
  { defaultMessage: 'Working directory' }
);

export const FIELD_USER = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldUser', {
  defaultMessage: 'User',
});

export const FIELD_GROUP = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldGroup', {
  defaultMessage: 'Group',
});

export const FIELD_STARTED = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldStarted', {
  defaultMessage: 'Started',
});

export const FIELD_ENDED = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldEnded', {
  defaultMessage: 'Ended',
});

export const FIELD_DURATION = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldDuration',
  { defaultMessage: 'Run time' }
);

export const FIELD_EXIT_CODE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldExitCode',
  { defaultMessage: 'Exit code' }
);

export const FIELD_ENTITY_ID = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldEntityId',
  { defaultMessage: 'Entity ID' }
);

export const FIELD_PARENT = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldParent', {
  defaultMessage: 'Parent process',
});

export const FIELD_PROCESS = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldProcess', {
  defaultMessage: 'Process',
});

export const FIELD_TIME = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldTime', {
  defaultMessage: 'Time',
});

export const FIELD_SOURCE_IP = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldSourceIp',
  { defaultMessage: 'Source IP' }
);

export const FIELD_ENTRY_TYPE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldEntryType',
  { defaultMessage: 'Entry type' }
);

export const FIELD_CLIENT_IP = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldClientIp',
  { defaultMessage: 'Client IP' }
);

export const FIELD_ADDRESS_KIND = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldAddressKind',
  { defaultMessage: 'Address kind' }
);

export const FIELD_CONNECTIONS = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldConnections',
  { defaultMessage: 'Connections' }
);

export const FIELD_FIRST_SEEN = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldFirstSeen',
  { defaultMessage: 'First seen' }
);

export const FIELD_LAST_SEEN = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldLastSeen',
  { defaultMessage: 'Last seen' }
);

export const FIELD_SOURCE_PORTS = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldSourcePorts',
  { defaultMessage: 'Source ports' }
);

export const FIELD_DESTINATION = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldDestination',
  { defaultMessage: 'Destination' }
);

export const FIELD_TRANSPORT = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldTransport',
  { defaultMessage: 'Transport' }
);

export const FIELD_ACTION = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldAction', {
  defaultMessage: 'Action',
});

export const FIELD_PATH = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldPath', {
  defaultMessage: 'Path',
});

export const FIELD_SIZE = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldSize', {
  defaultMessage: 'Size',
});

export const FIELD_MARKERS = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldMarkers', {
  defaultMessage: 'Markers',
});

export const FIELD_RULE = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldRule', {
  defaultMessage: 'Rule',
});

export const FIELD_SEVERITY = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldSeverity',
  { defaultMessage: 'Severity' }
);

export const FIELD_HOST = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldHost', {
  defaultMessage: 'Host',
});

export const FIELD_STATUS = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldStatus', {
  defaultMessage: 'Status',
});

export const FIELD_CATEGORY = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.fieldCategory',
  { defaultMessage: 'Category' }
);

export const FIELD_SUMMARY = i18n.translate('simpleHttpInvestigation.evidencePanels.fieldSummary', {
  defaultMessage: 'Summary',
});

export const SHELL_BADGE = i18n.translate('simpleHttpInvestigation.evidencePanels.shellBadge', {
  defaultMessage: 'Shell',
});

export const SHELL_TOOLTIP = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.shellTooltip',
  {
    defaultMessage:
      'A shell started by the web server: a common sign of a backdoor, but also of CGI scripts.',
  }
);

export const SCRIPT_BADGE = i18n.translate('simpleHttpInvestigation.evidencePanels.scriptBadge', {
  defaultMessage: 'Script',
});

export const BY_SERVER_BADGE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.byServerBadge',
  { defaultMessage: 'Written by the server' }
);

export const SAME_HOST_BADGE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.sameHostBadge',
  { defaultMessage: 'Same host' }
);

export const SAME_USER_BADGE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.sameUserBadge',
  { defaultMessage: 'Same user' }
);

export const ANCESTRY_ORDER_NOTE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.ancestryOrderNote',
  { defaultMessage: 'Closest parent first.' }
);

export const ENTRY_TYPES: Record<string, string> = {
  sshd: i18n.translate('simpleHttpInvestigation.evidencePanels.entryTypeSshd', {
    defaultMessage: 'SSH login',
  }),
  terminal: i18n.translate('simpleHttpInvestigation.evidencePanels.entryTypeTerminal', {
    defaultMessage: 'Terminal',
  }),
  init: i18n.translate('simpleHttpInvestigation.evidencePanels.entryTypeInit', {
    defaultMessage: 'Started by init (service or cron)',
  }),
  container: i18n.translate('simpleHttpInvestigation.evidencePanels.entryTypeContainer', {
    defaultMessage: 'Container',
  }),
  unknown: i18n.translate('simpleHttpInvestigation.evidencePanels.entryTypeUnknown', {
    defaultMessage: 'Unknown',
  }),
};

export const TIMELINE_CATEGORIES: Record<string, string> = {
  process: i18n.translate('simpleHttpInvestigation.evidencePanels.timelineCategoryProcess', {
    defaultMessage: 'Process',
  }),
  network: i18n.translate('simpleHttpInvestigation.evidencePanels.timelineCategoryNetwork', {
    defaultMessage: 'Network',
  }),
  file: i18n.translate('simpleHttpInvestigation.evidencePanels.timelineCategoryFile', {
    defaultMessage: 'File',
  }),
  alert: i18n.translate('simpleHttpInvestigation.evidencePanels.timelineCategoryAlert', {
    defaultMessage: 'Alert',
  }),
};

export const moreSourcePorts = (count: number) =>
  i18n.translate('simpleHttpInvestigation.evidencePanels.moreSourcePorts', {
    defaultMessage: '+{count} more',
    values: { count },
  });

export const userWithId = (name: string, id: string) =>
  i18n.translate('simpleHttpInvestigation.evidencePanels.userWithId', {
    defaultMessage: '{name} (ID {id})',
    values: { name, id },
  });

export const processWithPid = (name: string, pid: number) =>
  i18n.translate('simpleHttpInvestigation.evidencePanels.processWithPid', {
    defaultMessage: '{name} (PID {pid})',
    values: { name, pid },
  });

export const sizeBytes = (bytes: number) =>
  i18n.translate('simpleHttpInvestigation.evidencePanels.sizeBytes', {
    defaultMessage: '{bytes, plural, one {# byte} other {# bytes}}',
    values: { bytes },
  });

export const evidenceWindow = (start: string, end: string) =>
  i18n.translate('simpleHttpInvestigation.evidencePanels.window', {
    defaultMessage: 'Events from {start} to {end}',
    values: { start, end },
  });

export const CLIENT_EVENTS_SAMPLED = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.clientEventsSampled',
  {
    defaultMessage:
      'The events behind each client are a sample of its connections. The client list and the counts are complete.',
  }
);

export const TIMELINE_INCOMPLETE = i18n.translate(
  'simpleHttpInvestigation.evidencePanels.timelineIncomplete',
  {
    defaultMessage:
      'The timeline is built from the lists above, and at least one of them is incomplete.',
  }
);
