import { useEvaluationWrite } from './use-evaluation-write'

export const useAward = (procurementId: string) =>
  useEvaluationWrite<{ vendorOrganisationId: string; reasoning: string }>(procurementId, 'POST', '/award')
