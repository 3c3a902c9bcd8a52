import { EMPTY_VALUE, EMPTY_VALUE_LABEL } from './translations';

/** Renders the placeholder for a missing field value. */
export const EmptyValue = () => <span aria-label={EMPTY_VALUE_LABEL}>{EMPTY_VALUE}</span>;
