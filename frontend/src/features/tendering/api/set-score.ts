import { useEvaluationWrite } from './use-evaluation-write'

export const useScore = (procurementId: string) =>
  useEvaluationWrite<{ vendorOrganisationId: string; requirementId: string; score: number }>(procurementId, 'PUT', '/scores')
