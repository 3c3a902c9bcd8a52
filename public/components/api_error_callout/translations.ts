import { i18n } from '../../i18n';

export const RETRY = i18n.translate('simpleHttpInvestigation.apiErrorCallout.retry', {
  defaultMessage: 'Retry',
});

export const ENGINE_UNAVAILABLE = i18n.translate(
  'simpleHttpInvestigation.apiErrorCallout.engineUnavailable',
  {
    defaultMessage:
      'The search engine is unreachable (HTTP 503). Check that Elasticsearch, or the standalone engine, is running, then retry.',
  }
);

export const NO_RESPONSE = i18n.translate('simpleHttpInvestigation.apiErrorCallout.noResponse', {
  defaultMessage: 'No response from Kibana. Check the network connection, then retry.',
});

export const statusLine = (statusCode: number, message: string) =>
  i18n.translate('simpleHttpInvestigation.apiErrorCallout.statusLine', {
    defaultMessage: 'HTTP {statusCode}: {message}',
    values: { statusCode, message },
  });
