import { EuiBasicTable, type EuiBasicTableColumn } from '@elastic/eui';

import type { AddressKind, ClientGroup } from '../../../common/api/evidence';
import { AddressKindBadge } from '../badges/address_kind_badge';
import { FormattedTime } from '../formatted_time/formatted_time';
import { EvidencePanel } from './evidence_panel';
import * as i18n from './translations';

const MAX_LISTED_PORTS = 5;

const formatSourcePorts = (ports: number[]): string => {
  const listed = ports.slice(0, MAX_LISTED_PORTS).join(', ');

  return ports.length > MAX_LISTED_PORTS
    ? `${listed} ${i18n.moreSourcePorts(ports.length - MAX_LISTED_PORTS)}`
    : listed;
};

const columns: Array<EuiBasicTableColumn<ClientGroup>> = [
  { field: 'ip', name: i18n.FIELD_CLIENT_IP },
  {
    field: 'kind',
    name: i18n.FIELD_ADDRESS_KIND,
    render: (kind: AddressKind) => <AddressKindBadge kind={kind} />,
  },
  { field: 'connections', name: i18n.FIELD_CONNECTIONS, align: 'right' },
  {
    field: 'first_seen',
    name: i18n.FIELD_FIRST_SEEN,
    render: (firstSeen: string) => <FormattedTime value={firstSeen} />,
  },
  {
    field: 'last_seen',
    name: i18n.FIELD_LAST_SEEN,
    render: (lastSeen: string) => <FormattedTime value={lastSeen} />,
  },
  { field: 'source_ports', name: i18n.FIELD_SOURCE_PORTS, render: formatSourcePorts },
];

export interface ClientsPanelProps {
  clients: ClientGroup[];
  truncationNote?: string;
}

/** Renders the addresses that connected to the server, grouped by client IP. */
export const ClientsPanel = ({ clients, truncationNote }: ClientsPanelProps) => (
  <EvidencePanel
    panelId="clients"
    count={clients.length}
    isEmpty={clients.length === 0}
    truncationNote={truncationNote}
  >
    <EuiBasicTable<ClientGroup>
      tableCaption={i18n.PANEL_TITLES.clients}
      items={clients}
      columns={columns}
      compressed
      rowProps={(client) => ({ 'data-test-subj': `simpleHttpInvestigationClientRow-${client.ip}` })}
    />
  </EvidencePanel>
);
