import { useEvaluationWrite } from './use-evaluation-write'

/** After the standstill period: the contract is signed and the procurement moves to implementation. */
export const useSignContract = (procurementId: string) => useEvaluationWrite<undefined>(procurementId, 'POST', '/contract')
