import { useFollowUpWrite } from './use-follow-up-write'

export interface FollowUpFacts {
  deliveryQuality?: number | null
  deliveryComment?: string | null
  adoptionPercent?: number | null
  yearlyCostPerPupilSek?: number | null
  openFormatExport?: boolean | null
  exitPlanDocumented?: boolean | null
}

/** `BUYER`: delivery and support, adoption, yearly cost per pupil, the exit check. */
export const useRecordFacts = (procurementId: string) => useFollowUpWrite<FollowUpFacts>(procurementId, 'PUT', () => '/facts')
