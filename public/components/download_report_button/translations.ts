import { i18n } from '../../i18n';

export const DOWNLOAD_REPORT = i18n.translate(
  'simpleHttpInvestigation.downloadReportButton.label',
  { defaultMessage: 'Download report' }
);

export const NOT_STARTED = i18n.translate(
  'simpleHttpInvestigation.downloadReportButton.notStarted',
  { defaultMessage: 'The report is available once the investigation starts.' }
);
