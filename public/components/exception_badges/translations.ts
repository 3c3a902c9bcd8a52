import { i18n } from '../../i18n';
import type { ExceptionStatus } from '../../../common/api/exceptions';

export const NEVER_EXPIRES = i18n.translate(
  'simpleHttpInvestigation.exceptionBadges.neverExpires',
  { defaultMessage: 'Never expires' }
);

export const expiresAt = (time: string) =>
  i18n.translate('simpleHttpInvestigation.exceptionBadges.expiresAt', {
    defaultMessage: 'Expires {time}',
    values: { time },
  });

export const moreExceptions = (count: number) =>
  i18n.translate('simpleHttpInvestigation.exceptionBadges.moreExceptions', {
    defaultMessage: '+{count}',
    values: { count },
  });

export const moreExceptionsLabel = (count: number) =>
  i18n.translate('simpleHttpInvestigation.exceptionBadges.moreExceptionsLabel', {
    defaultMessage: '{count, plural, one {# more exception} other {# more exceptions}}',
    values: { count },
  });

export const EXCEPTION_STATUS_LABELS: Record<ExceptionStatus, string> = {
  proposed: i18n.translate('simpleHttpInvestigation.exceptionBadges.statusProposed', {
    defaultMessage: 'Proposed',
  }),
  active: i18n.translate('simpleHttpInvestigation.exceptionBadges.statusActive', {
    defaultMessage: 'Active',
  }),
  expired: i18n.translate('simpleHttpInvestigation.exceptionBadges.statusExpired', {
    defaultMessage: 'Expired',
  }),
  rejected: i18n.translate('simpleHttpInvestigation.exceptionBadges.statusRejected', {
    defaultMessage: 'Rejected',
  }),
};
