import type { ChecklistsResponse } from '../../../common/api/checklists';
import type { DerivedFact } from '../../../common/api/evidence';
import {
  parseInvestigationId,
  type Investigation,
  type InvestigationHistoryResponse,
} from '../../../common/api/investigations';
import { MAX_HISTORY_RECORDS } from '../../../common/constants';
import { buildInvestigationReport } from '../../../common/investigations/report';
import { readHistory } from '../audit/audit_store';
import { getAlertEvidence } from '../evidence/get_alert_evidence';
import { NotFoundError } from './errors';
import { readInvestigatedAlert } from './investigated_alert';
import type { InvestigationServices } from './investigation_services';
import { readInvestigation } from './investigation_store';

/**
 * Reads an investigation by id. An id of another space is not found, so a request cannot
 * read another space's investigations.
 */
export async function requireInvestigationById(
  services: InvestigationServices,
  id: string
): Promise<Investigation> {
  const parsed = parseInvestigationId(id);
  const investigation =
    parsed?.spaceId === services.spaceId
      ? await readInvestigation(services.internalClient, id)
      : null;
  if (investigation === null) {
    throw new NotFoundError(`Investigation [${id}] was not found in space [${services.spaceId}]`);
  }
  return investigation;
}

/** Lists the audit records of an investigation and of its alert, oldest first. */
export async function getInvestigationHistory(
  services: InvestigationServices,
  id: string
): Promise<InvestigationHistoryResponse> {
  const investigation = await requireInvestigationById(services, id);
  const { records, total } = await readHistory(services.internalClient, {
    spaceId: services.spaceId,
    investigationId: investigation.id,
    alertId: investigation.alert_id,
  });
  return {
    investigation_id: investigation.id,
    records,
    total,
    truncated: total > MAX_HISTORY_RECORDS,
  };
}

/**
 * Writes the Markdown report of an investigation with the step texts of the alert's
 * current checklists and the facts of its evidence. When the alert is gone the steps are
 * listed by id, and when the evidence cannot be read the report states that.
 */
export async function getInvestigationReport(
  services: InvestigationServices,
  id: string
): Promise<{ alertId: string; markdown: string }> {
  const investigation = await requireInvestigationById(services, id);
  const alert = await readInvestigatedAlert(
    services.userClient,
    services.spaceId,
    investigation.alert_id
  );
  const checklists: ChecklistsResponse = alert?.checklists ?? {
    alert_id: investigation.alert_id,
    rule_id: investigation.rule_id,
    rule_name: investigation.rule_name,
    rule_version: null,
    guide_hash: investigation.guide_hash,
    sections: [],
  };

  let facts: DerivedFact[] | undefined;
  try {
    const evidence = await getAlertEvidence({
      esClient: services.userClient,
      spaceId: services.spaceId,
      alertId: investigation.alert_id,
    });
    facts = evidence?.facts;
  } catch (error) {
    services.logger.warn(
      `Writing the report of investigation [${id}] without evidence facts, because reading the evidence failed: ${error instanceof Error ? error.message : String(error)}`
    );
  }

  const markdown = buildInvestigationReport({
    investigation,
    checklists,
    facts,
    generatedAt: services.now(),
  });
  return { alertId: investigation.alert_id, markdown };
}
