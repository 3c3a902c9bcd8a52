import { useCallback, useState } from 'react';

import { toError } from '../api_client';
import { saveTextFile } from '../lib/save_text_file';
import { REPORT_FAILED_TITLE } from './translations';
import { usePluginServices } from './use_plugin_services';

export interface DownloadReport {
  downloading: boolean;
  /** Fetches the Markdown report of the investigation and saves it as a file. */
  download: (investigationId: string, alertId: string) => Promise<void>;
}

/** Downloads investigation reports, reporting a failure in a toast. */
export const useDownloadReport = (): DownloadReport => {
  const { api, notifications } = usePluginServices();
  const [downloading, setDownloading] = useState(false);

  const download = useCallback(
    async (investigationId: string, alertId: string) => {
      setDownloading(true);

      try {
        const report = await api.getInvestigationReport(investigationId);
        saveTextFile(report, `investigation-${alertId}.md`, 'text/markdown');
      } catch (error) {
        notifications.toasts.addError(toError(error), { title: REPORT_FAILED_TITLE });
      } finally {
        setDownloading(false);
      }
    },
    [api, notifications]
  );

  return { downloading, download };
};
