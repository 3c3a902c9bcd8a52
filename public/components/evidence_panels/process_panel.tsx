import { EuiDescriptionList, EuiSpacer, EuiTitle } from '@elastic/eui';

import type { ServerProcess } from '../../../common/api/evidence';
import { formatDuration } from '../../lib/format_duration';
import { EmptyValue } from '../empty_value/empty_value';
import { FormattedTime } from '../formatted_time/formatted_time';
import { EvidencePanel } from './evidence_panel';
import { processDescriptionItems, type DescriptionItem } from './process_description_items';
import * as i18n from './translations';

const renderDuration = (durationMs: number | null) =>
  durationMs === null ? <EmptyValue /> : formatDuration(durationMs);

const serverItems = (process: ServerProcess): DescriptionItem[] => [
  ...processDescriptionItems(process),
  { title: i18n.FIELD_GROUP, description: process.group_name ?? <EmptyValue /> },
  { title: i18n.FIELD_ENDED, description: <FormattedTime value={process.end} /> },
  { title: i18n.FIELD_DURATION, description: renderDuration(process.duration_ms) },
  {
    title: i18n.FIELD_EXIT_CODE,
    description: process.exit_code === null ? <EmptyValue /> : String(process.exit_code),
  },
];

export interface ProcessPanelProps {
  process: ServerProcess | null;
  truncationNote?: string;
}

/** Renders the web server process, from its start event, and its parent. */
export const ProcessPanel = ({ process, truncationNote }: ProcessPanelProps) => (
  <EvidencePanel panelId="process" isEmpty={process === null} truncationNote={truncationNote}>
    {process && (
      <>
        <EuiDescriptionList type="column" compressed listItems={serverItems(process)} />
        {process.parent && (
          <>
            <EuiSpacer size="m" />
            <EuiTitle size="xxs">
              <h4>{i18n.FIELD_PARENT}</h4>
            </EuiTitle>
            <EuiSpacer size="xs" />
            <EuiDescriptionList
              type="column"
              compressed
              listItems={processDescriptionItems(process.parent)}
              data-test-subj="simpleHttpInvestigationParentProcess"
            />
          </>
        )}
      </>
    )}
  </EvidencePanel>
);
