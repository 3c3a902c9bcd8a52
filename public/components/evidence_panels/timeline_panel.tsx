import { EuiBadge, EuiInMemoryTable, type EuiBasicTableColumn } from '@elastic/eui';

import type { TimelineCategory, TimelineEntry } from '../../../common/api/evidence';
import { FormattedTime } from '../formatted_time/formatted_time';
import { EvidencePanel } from './evidence_panel';
import * as i18n from './translations';

const columns: Array<EuiBasicTableColumn<TimelineEntry>> = [
  {
    field: 'timestamp',
    name: i18n.FIELD_TIME,
    width: '15em',
    render: (timestamp: string) => <FormattedTime value={timestamp} />,
  },
  {
    field: 'category',
    name: i18n.FIELD_CATEGORY,
    width: '100px',
    render: (category: TimelineCategory) => (
      <EuiBadge color={category === 'alert' ? 'accent' : 'hollow'}>
        {i18n.TIMELINE_CATEGORIES[category] ?? category}
      </EuiBadge>
    ),
  },
  { field: 'action', name: i18n.FIELD_ACTION, width: '160px' },
  { field: 'summary', name: i18n.FIELD_SUMMARY },
];

export interface TimelinePanelProps {
  timeline: TimelineEntry[];
  truncationNote?: string;
}

/** Process, network, file and alert events of the window in time order, paged in the browser. */
export const TimelinePanel = ({ timeline, truncationNote }: TimelinePanelProps) => (
  <EvidencePanel
    panelId="timeline"
    count={timeline.length}
    isEmpty={timeline.length === 0}
    truncationNote={truncationNote}
  >
    <EuiInMemoryTable<TimelineEntry>
      tableCaption={i18n.PANEL_TITLES.timeline}
      items={timeline}
      columns={columns}
      compressed
      pagination={{ initialPageSize: 20, pageSizeOptions: [20, 50, 100] }}
    />
  </EvidencePanel>
);
