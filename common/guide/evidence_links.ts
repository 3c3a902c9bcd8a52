import type { ChecklistSectionId, EvidencePanelId } from '../api/checklists';
import type { FactId } from '../api/evidence';

/**
 * One row of the table that links guide steps of the three supported rules (Simple HTTP
 * Web Server Connection, Simple HTTP Web Server Creation, Web Server Spawned via Python)
 * to the evidence panels and derived facts that an analyst reads to complete them.
 */
export interface EvidenceLink {
  section: ChecklistSectionId;
  /** A step matches when its normalized text contains one of these as whole words. */
  phrases: readonly string[];
  panels: readonly EvidencePanelId[];
  facts: readonly FactId[];
}

/**
 * Phrases are short and distinctive, so small rewording in a newer guide version still
 * matches. Rows are tried in order and the first match wins, so a specific phrase comes
 * before a general one of the same section. A row without panels marks steps left
 * unlinked on purpose.
 */
export const EVIDENCE_LINKS: readonly EvidenceLink[] = [
  // Possible investigation steps
  {
    section: 'investigation',
    phrases: ['process details', 'process execution details'],
    panels: ['process'],
    facts: ['listening_address', 'listening_port', 'cgi_enabled', 'served_directory'],
  },
  {
    section: 'investigation',
    phrases: ['command line used to start'],
    panels: ['process', 'ancestry'],
    facts: ['launched_by', 'cgi_enabled', 'listening_address', 'served_directory'],
  },
  {
    section: 'investigation',
    phrases: ['network connection details'],
    panels: ['clients', 'outbound'],
    facts: ['public_clients', 'listening_address', 'listening_port', 'outbound_public_connections'],
  },
  // A Python file server leaks data through client downloads, so clients count too.
  {
    section: 'investigation',
    phrases: ['network activity', 'outbound connections'],
    panels: ['clients', 'outbound'],
    facts: ['public_clients', 'outbound_public_connections'],
  },
  {
    section: 'investigation',
    phrases: ['user account'],
    panels: ['process', 'entry'],
    facts: ['started_by_root', 'launched_by'],
  },
  {
    section: 'investigation',
    phrases: ['web root directory', 'root directory'],
    panels: ['files'],
    facts: ['scripts_in_served_directory', 'served_directory', 'served_directory_kind'],
  },
  {
    section: 'investigation',
    phrases: ['parent process'],
    panels: ['ancestry', 'entry'],
    facts: ['launched_by'],
  },
  {
    section: 'investigation',
    phrases: ['system logs and any related events', 'related events'],
    panels: ['timeline', 'related_alerts'],
    facts: ['shell_children', 'outbound_public_connections'],
  },
  {
    section: 'investigation',
    phrases: ['lateral movement'],
    panels: ['related_alerts', 'timeline', 'outbound', 'children'],
    facts: ['outbound_public_connections', 'shell_children'],
  },
  {
    section: 'investigation',
    phrases: ['correlate'],
    panels: ['related_alerts', 'timeline'],
    facts: [],
  },
  {
    section: 'investigation',
    phrases: ['security posture'],
    panels: ['ancestry', 'entry', 'timeline'],
    facts: ['launched_by', 'started_by_root'],
  },

  // False positive analysis
  {
    section: 'false_positive',
    phrases: ['development and testing'],
    panels: ['process', 'entry', 'clients'],
    facts: ['served_directory', 'served_directory_kind', 'launched_by', 'public_clients'],
  },
  {
    section: 'false_positive',
    phrases: ['cron jobs', 'automated scripts'],
    panels: ['process', 'ancestry', 'entry'],
    facts: ['launched_by'],
  },
  {
    section: 'false_positive',
    phrases: ['educational or training', 'training'],
    panels: ['process', 'entry', 'clients'],
    facts: ['launched_by', 'public_clients'],
  },
  {
    section: 'false_positive',
    phrases: ['system administrators'],
    panels: ['process', 'entry'],
    facts: ['started_by_root', 'launched_by', 'served_directory'],
  },
  {
    section: 'false_positive',
    phrases: ['internal tools'],
    panels: ['process', 'ancestry'],
    facts: ['launched_by', 'served_directory'],
  },
  {
    section: 'false_positive',
    phrases: ['temporary testing servers', 'short term projects'],
    panels: ['process'],
    facts: ['served_directory_kind', 'launched_by'],
  },
  {
    section: 'false_positive',
    phrases: ['continuous integration', 'deployment pipelines'],
    panels: ['process', 'ancestry'],
    facts: ['launched_by'],
  },

  // Response and remediation
  // Containment and hardening actions, which no evidence on the investigation page informs.
  {
    section: 'response',
    phrases: [
      'isolate',
      'network monitoring',
      'access controls',
      'apply patches',
      'network segmentation',
    ],
    panels: [],
    facts: [],
  },
  {
    section: 'response',
    phrases: ['terminate'],
    panels: ['process', 'children'],
    facts: ['shell_children'],
  },
  {
    section: 'response',
    phrases: ['web root directory', 'root directory'],
    panels: ['files'],
    facts: ['scripts_in_served_directory', 'served_directory'],
  },
  // A file server exposes the contents of its directory to the clients that fetched them.
  {
    section: 'response',
    phrases: ['exposed credentials', 'sensitive data'],
    panels: ['files', 'clients'],
    facts: ['served_directory', 'served_directory_kind', 'public_clients'],
  },
  {
    section: 'response',
    phrases: ['credentials'],
    panels: ['entry'],
    facts: ['launched_by'],
  },
  {
    section: 'response',
    phrases: ['forensic analysis'],
    panels: ['files', 'clients', 'outbound', 'entry', 'ancestry'],
    facts: ['public_clients', 'outbound_public_connections', 'launched_by', 'served_directory'],
  },
  {
    section: 'response',
    phrases: ['network traffic'],
    panels: ['timeline', 'clients', 'outbound', 'related_alerts'],
    facts: ['public_clients', 'outbound_public_connections'],
  },
  {
    section: 'response',
    phrases: ['known good backup'],
    panels: ['files'],
    facts: ['scripts_in_served_directory'],
  },
  {
    section: 'response',
    phrases: ['escalate'],
    panels: ['related_alerts', 'timeline'],
    facts: [],
  },
];
