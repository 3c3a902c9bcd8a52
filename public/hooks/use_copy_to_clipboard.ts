import { useCallback } from 'react';

import { toError } from '../api_client';
import { COPIED_TITLE, COPY_FAILED_MESSAGE, COPY_FAILED_TITLE } from './translations';
import { usePluginServices } from './use_plugin_services';

/** Returns a function that copies text to the clipboard and reports the outcome in a toast. */
export const useCopyToClipboard = (): ((text: string) => Promise<void>) => {
  const { notifications } = usePluginServices();

  return useCallback(
    async (text: string) => {
      // `navigator.clipboard` is undefined outside secure contexts, such as Kibana on plain HTTP.
      if (!navigator.clipboard) {
        notifications.toasts.addDanger({ title: COPY_FAILED_TITLE, text: COPY_FAILED_MESSAGE });
        return;
      }

      try {
        await navigator.clipboard.writeText(text);
        notifications.toasts.addSuccess({
          title: COPIED_TITLE,
          'data-test-subj': 'simpleHttpInvestigationCopiedToast',
        });
      } catch (error) {
        notifications.toasts.addError(toError(error), {
          title: COPY_FAILED_TITLE,
          toastMessage: COPY_FAILED_MESSAGE,
        });
      }
    },
    [notifications]
  );
};
