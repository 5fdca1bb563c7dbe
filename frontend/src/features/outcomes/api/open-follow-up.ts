import { useFollowUpWrite } from './use-follow-up-write'

/** `BUYER`, once the procurement is in implementation (`409 follow-up.phase` before). */
export const useOpenFollowUp = (procurementId: string) => useFollowUpWrite<Record<string, never>>(procurementId, 'POST', () => '')
