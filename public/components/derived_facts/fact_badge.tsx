import { EuiBadge, EuiToolTip } from '@elastic/eui';

import type { DerivedFact } from '../../../common/api/evidence';
import { formatFactValue } from './format_fact_value';
import { CONCERNING_TOOLTIP, FACT_LABELS, factText } from './translations';

export interface FactBadgeProps {
  fact: DerivedFact;
}

/** Renders a derived fact as "label: value", in the warning colour with an icon when concerning. */
export const FactBadge = ({ fact }: FactBadgeProps) => {
  const text = factText(FACT_LABELS[fact.id] ?? fact.id, formatFactValue(fact));
  const badge = (
    <EuiBadge
      color={fact.concerning ? 'warning' : 'hollow'}
      iconType={fact.concerning ? 'warning' : undefined}
      tabIndex={fact.concerning ? 0 : undefined}
      data-test-subj={`simpleHttpInvestigationFact-${fact.id}`}
      data-concerning={fact.concerning}
    >
      {text}
    </EuiBadge>
  );

  return fact.concerning ? <EuiToolTip content={CONCERNING_TOOLTIP}>{badge}</EuiToolTip> : badge;
};
