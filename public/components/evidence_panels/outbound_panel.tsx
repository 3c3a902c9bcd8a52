import { EuiBasicTable, type EuiBasicTableColumn } from '@elastic/eui';

import type { AddressKind, OutboundConnection } from '../../../common/api/evidence';
import { AddressKindBadge } from '../badges/address_kind_badge';
import { EmptyValue } from '../empty_value/empty_value';
import { FormattedTime } from '../formatted_time/formatted_time';
import { EvidencePanel } from './evidence_panel';
import * as i18n from './translations';

const formatDestination = ({ destination_ip: ip, destination_port: port }: OutboundConnection) => {
  if (port === null) {
    return ip;
  }

  // IPv6 addresses take brackets before the port, as in URLs.
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
};

const columns: Array<EuiBasicTableColumn<OutboundConnection>> = [
  {
    field: 'timestamp',
    name: i18n.FIELD_TIME,
    width: '15em',
    render: (timestamp: string) => <FormattedTime value={timestamp} />,
  },
  { name: i18n.FIELD_DESTINATION, render: formatDestination },
  {
    field: 'kind',
    name: i18n.FIELD_ADDRESS_KIND,
    render: (kind: AddressKind) => <AddressKindBadge kind={kind} />,
  },
  {
    field: 'transport',
    name: i18n.FIELD_TRANSPORT,
    render: (transport: string | null) => transport ?? <EmptyValue />,
  },
  {
    field: 'process_name',
    name: i18n.FIELD_PROCESS,
    render: (processName: string | null) => processName ?? <EmptyValue />,
  },
];

export interface OutboundPanelProps {
  outbound: OutboundConnection[];
  truncationNote?: string;
}

/** Renders the connections the server or its children opened to other hosts. */
export const OutboundPanel = ({ outbound, truncationNote }: OutboundPanelProps) => (
  <EvidencePanel
    panelId="outbound"
    count={outbound.length}
    isEmpty={outbound.length === 0}
    truncationNote={truncationNote}
  >
    <EuiBasicTable<OutboundConnection>
      tableCaption={i18n.PANEL_TITLES.outbound}
      items={outbound}
      columns={columns}
      compressed
      rowProps={(connection) => ({
        'data-test-subj': `simpleHttpInvestigationOutboundRow-${connection.destination_ip}`,
      })}
    />
  </EvidencePanel>
);
