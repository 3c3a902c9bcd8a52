import {
  EuiDescriptionList,
  EuiFlexGroup,
  EuiFlexItem,
  EuiHorizontalRule,
  EuiPanel,
  EuiSpacer,
  EuiTitle,
} from '@elastic/eui';

import type { Investigation } from '../../../common/api/investigations';
import { InvestigationStatusBadge } from '../../components/badges/investigation_status_badge';
import { EmptyValue } from '../../components/empty_value/empty_value';
import { FormattedTime } from '../../components/formatted_time/formatted_time';
import { ReviewCommentList } from '../../components/investigation_status/review_comments';
import { ReviewActions } from '../../components/review_actions/review_actions';
import { VerdictSummary } from '../../components/verdict_form/verdict_summary';
import * as i18n from './translations';

export interface ReviewSummaryPanelProps {
  investigation: Investigation;
  onUpdated: (investigation: Investigation) => void;
}

/** Renders the investigation's status, analyst, verdict, review comments and review buttons. */
export const ReviewSummaryPanel = ({ investigation, onUpdated }: ReviewSummaryPanelProps) => {
  const details = [
    {
      title: i18n.FIELD_STATUS,
      description: <InvestigationStatusBadge status={investigation.status} />,
    },
    { title: i18n.FIELD_ANALYST, description: investigation.analyst },
    { title: i18n.FIELD_ASSIGNEE, description: investigation.assignee ?? <EmptyValue /> },
    {
      title: i18n.FIELD_SUBMITTED,
      description: <FormattedTime value={investigation.submitted_at} />,
    },
    {
      title: i18n.FIELD_REVIEWED,
      description: investigation.reviewed_by ? (
        <>
          {i18n.reviewedBy(investigation.reviewed_by)}{' '}
          <FormattedTime value={investigation.reviewed_at} />
        </>
      ) : (
        <EmptyValue />
      ),
    },
  ];

  return (
    <EuiPanel hasBorder data-test-subj="simpleHttpInvestigationReviewSummary">
      <EuiFlexGroup gutterSize="l" wrap alignItems="flexStart">
        <EuiFlexItem css={{ minWidth: 280 }}>
          <EuiTitle size="xs">
            <h2>{i18n.INVESTIGATION_TITLE}</h2>
          </EuiTitle>
          <EuiSpacer size="s" />
          <EuiDescriptionList type="column" compressed listItems={details} columnWidths={[1, 2]} />
        </EuiFlexItem>
        <EuiFlexItem css={{ minWidth: 280 }}>
          <EuiTitle size="xs">
            <h2>{i18n.VERDICT_TITLE}</h2>
          </EuiTitle>
          <EuiSpacer size="s" />
          <VerdictSummary values={investigation} />
        </EuiFlexItem>
      </EuiFlexGroup>
      {investigation.status === 'submitted' && (
        <>
          <EuiHorizontalRule margin="m" />
          <ReviewActions investigation={investigation} onUpdated={onUpdated} />
        </>
      )}
      {investigation.review_comments.length > 0 && (
        <>
          <EuiHorizontalRule margin="m" />
          <ReviewCommentList comments={investigation.review_comments} />
        </>
      )}
    </EuiPanel>
  );
};
