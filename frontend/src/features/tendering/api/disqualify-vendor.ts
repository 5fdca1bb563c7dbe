import { useEvaluationWrite } from './use-evaluation-write'

export const useDisqualify = (procurementId: string) =>
  useEvaluationWrite<{ vendorOrganisationId: string; reason: string }>(procurementId, 'POST', '/disqualifications')
