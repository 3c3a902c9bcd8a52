import type { InvestigationDocument } from '../api/investigations';
import {
  TRUE_POSITIVE_CLOSING_REASON,
  getAlertChangeOnStart,
  getAlertChangeOnUpdate,
  type AlertWorkflowChange,
} from './alert_workflow';
import { CHECKLISTS, buildInvestigation, withCheckedSteps } from './test_investigations';

const acknowledged = { status: 'acknowledged', reason: null };
const allResponse = ['response-1', 'response-2'];

describe('getAlertChangeOnStart', () => {
  it.each([
    ['open', { status: 'acknowledged', reason: null }],
    ['acknowledged', null],
    ['closed', null],
  ])('%s alert: %j', (status, expected) => {
    expect(getAlertChangeOnStart({ status, reason: null })).toEqual(expected);
  });
});

describe('getAlertChangeOnUpdate', () => {
  const cases: Array<[string, InvestigationDocument, AlertWorkflowChange | null]> = [
    ['in progress', buildInvestigation({ verdict: 'false_positive' }), null],
    ['submitted false positive', buildInvestigation({ verdict: 'false_positive', status: 'submitted' }), null],
    [
      'approved false positive',
      buildInvestigation({ verdict: 'false_positive', status: 'approved', closing_reason: 'Dev preview' }),
      { status: 'closed', reason: 'Dev preview' },
    ],
    [
      'approved benign true positive',
      buildInvestigation({ verdict: 'benign_true_positive', status: 'approved', closing_reason: 'Training lab' }),
      { status: 'closed', reason: 'Training lab' },
    ],
    ['approved true positive, response open', buildInvestigation({ verdict: 'true_positive', status: 'approved' }), null],
    [
      'approved true positive, response done',
      withCheckedSteps(buildInvestigation({ verdict: 'true_positive', status: 'approved' }), allResponse),
      { status: 'closed', reason: TRUE_POSITIVE_CLOSING_REASON },
    ],
    [
      'approved true positive with a closing reason',
      withCheckedSteps(
        buildInvestigation({ verdict: 'true_positive', status: 'approved', closing_reason: 'Host rebuilt' }),
        allResponse
      ),
      { status: 'closed', reason: 'Host rebuilt' },
    ],
    ['approved undetermined', buildInvestigation({ verdict: 'undetermined', status: 'approved' }), null],
    [
      'submitted true positive, response done',
      withCheckedSteps(buildInvestigation({ verdict: 'true_positive', status: 'submitted' }), allResponse),
      null,
    ],
  ];

  it.each(cases)('%s', (_name, investigation, expected) => {
    expect(getAlertChangeOnUpdate(investigation, CHECKLISTS, acknowledged)).toEqual(expected);
  });

  it('skips an alert that already has the target status and reason', () => {
    const investigation = buildInvestigation({ verdict: 'false_positive', status: 'approved', closing_reason: 'Dev' });
    expect(getAlertChangeOnUpdate(investigation, CHECKLISTS, { status: 'closed', reason: 'Dev' })).toBeNull();
  });
});
