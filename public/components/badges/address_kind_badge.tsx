import { EuiBadge, EuiToolTip } from '@elastic/eui';

import type { AddressKind } from '../../../common/api/evidence';
import { ADDRESS_KIND_LABELS, ADDRESS_KIND_TOOLTIPS } from './translations';

const COLOR_BY_KIND: Record<AddressKind, string> = {
  loopback: 'hollow',
  private: 'default',
  public: 'warning',
};

export interface AddressKindBadgeProps {
  kind: AddressKind;
}

/**
 * Renders whether an IP address is loopback, private or public, with public in the warning
 * colour.
 */
export const AddressKindBadge = ({ kind }: AddressKindBadgeProps) => (
  <EuiToolTip content={ADDRESS_KIND_TOOLTIPS[kind]}>
    <EuiBadge
      color={COLOR_BY_KIND[kind]}
      iconType={kind === 'public' ? 'globe' : undefined}
      tabIndex={0}
      data-test-subj={`simpleHttpInvestigationAddressKind-${kind}`}
    >
      {ADDRESS_KIND_LABELS[kind]}
    </EuiBadge>
  </EuiToolTip>
);
