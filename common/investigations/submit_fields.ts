import type { InvestigationDocument, Verdict } from '../api/investigations';

/** Verdicts that find the server legitimate, so the alert closes with a category and reason. */
export const FALSE_POSITIVE_VERDICTS: readonly Verdict[] = ['false_positive', 'benign_true_positive'];

/**
 * Checks the verdict fields a submission needs: a verdict, and for a false positive or a
 * benign true positive a false positive category and a closing reason. Other verdicts
 * must not carry a false positive category.
 */
export function checkSubmitFields(
  investigation: InvestigationDocument,
  subject: string
): { allowed: true } | { allowed: false; reason: string } {
  const { verdict } = investigation;
  if (verdict === null) {
    return { allowed: false, reason: `${subject} cannot be submitted without a verdict. Set the verdict first.` };
  }
  if (FALSE_POSITIVE_VERDICTS.includes(verdict)) {
    if (investigation.false_positive_category === null) {
      return {
        allowed: false,
        reason: `${subject} cannot be submitted with verdict ${verdict} without a false_positive_category. Set the category first.`,
      };
    }
    if ((investigation.closing_reason ?? '').trim() === '') {
      return {
        allowed: false,
        reason: `${subject} cannot be submitted with verdict ${verdict} without a closing_reason. Say why the alert can be closed.`,
      };
    }
    return { allowed: true };
  }
  if (investigation.false_positive_category !== null) {
    return {
      allowed: false,
      reason: `${subject} cannot be submitted with verdict ${verdict} and a false_positive_category. Clear the category, which applies only to false_positive and benign_true_positive.`,
    };
  }
  return { allowed: true };
}
