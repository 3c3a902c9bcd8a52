import { EuiButtonEmpty, EuiToolTip } from '@elastic/eui';

import type { Investigation } from '../../../common/api/investigations';
import { useDownloadReport } from '../../hooks/use_download_report';
import * as i18n from './translations';

export interface DownloadReportButtonProps {
  /** Null before the investigation starts, which disables the button. */
  investigation: Investigation | null;
}

/** Downloads the investigation's Markdown report as a file. */
export const DownloadReportButton = ({ investigation }: DownloadReportButtonProps) => {
  const { downloading, download } = useDownloadReport();

  const button = (
    <EuiButtonEmpty
      iconType="download"
      isLoading={downloading}
      isDisabled={investigation === null}
      onClick={() => investigation && download(investigation.id, investigation.alert_id)}
      data-test-subj="simpleHttpInvestigationDownloadReportButton"
    >
      {i18n.DOWNLOAD_REPORT}
    </EuiButtonEmpty>
  );

  return investigation === null ? (
    <EuiToolTip content={i18n.NOT_STARTED}>{button}</EuiToolTip>
  ) : (
    button
  );
};
