import { useFollowUpWrite } from './use-follow-up-write'

/** `BUYER`: the survey closes and the figures are final. */
export const useCloseFollowUp = (procurementId: string) => useFollowUpWrite<Record<string, never>>(procurementId, 'POST', () => '/close')
