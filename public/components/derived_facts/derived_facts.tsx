import { EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';

import type { DerivedFact } from '../../../common/api/evidence';
import { FactBadge } from './fact_badge';
import * as i18n from './translations';

export interface DerivedFactsProps {
  facts: DerivedFact[];
}

/** Renders the facts the server derived from the events, concerning ones first. */
export const DerivedFacts = ({ facts }: DerivedFactsProps) => {
  const concerning = facts.filter((fact) => fact.concerning);
  const ordered = [...concerning, ...facts.filter((fact) => !fact.concerning)];

  return (
    <EuiPanel hasBorder data-test-subj="simpleHttpInvestigationDerivedFacts">
      <EuiTitle size="xs">
        <h2>{i18n.TITLE}</h2>
      </EuiTitle>
      <EuiText size="xs" color="subdued">
        <p>{i18n.DESCRIPTION}</p>
      </EuiText>
      <EuiSpacer size="s" />
      {ordered.length === 0 ? (
        <EuiText size="s" color="subdued">
          <p>{i18n.NO_FACTS}</p>
        </EuiText>
      ) : (
        <EuiFlexGroup gutterSize="s" wrap responsive={false}>
          {ordered.map((fact) => (
            <EuiFlexItem grow={false} key={fact.id} css={{ maxWidth: '100%' }}>
              <FactBadge fact={fact} />
            </EuiFlexItem>
          ))}
        </EuiFlexGroup>
      )}
    </EuiPanel>
  );
};
